/**
 * The trends line chart (recharts, render only): solid reported values, dashed projections,
 * the assessment year marked, hollow dots for years where a member did not report, a triangle
 * where the value at y0 stands on a stale value, and a tooltip with each line's provenance.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale, useT } from '../../app/i18n-hooks';
import type { Dataset } from '../../model/dataset';
import { useElementWidth } from './use-width';
import type { TrendLine, TrendsSeries } from './trends-series';
import { axisTick, lineName, yearTooltip, type TrendsTextContext } from './trends-text';

interface Props {
  /** What to draw. */
  series: TrendsSeries;
  /** For names and provenance. */
  dataset: Dataset;
  /** Logarithmic value axis. */
  log: boolean;
  /** Trend window W, for the tooltip's slope line. */
  trendWindow: number;
  /** Accessible name of the chart. */
  label: string;
}

const HEIGHT = 560;

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { year: number };
}

/** Dot of a reported point: filled, or hollow when some member did not report. */
function reportedDot(series: TrendsSeries, line: TrendLine) {
  function ReportedDot({ cx, cy, payload }: DotProps) {
    if (cx === undefined || cy === undefined || !payload) return <g />;
    const partial = (series.provenance[line.key]?.[payload.year]?.missing.length ?? 0) > 0;
    const r = line.role === 'side' ? 4.5 : 3.5;
    return <circle cx={cx} cy={cy} r={r} fill={partial ? '#ffffff' : line.color} stroke={line.color} strokeWidth={2} />;
  }
  return ReportedDot;
}

/** Dot of a projection: only at y0 (a circle, or a triangle when the value there is stale). */
function projectionDot(line: TrendLine) {
  function ProjectionDot({ cx, cy, payload }: DotProps) {
    if (cx === undefined || cy === undefined || payload?.year !== line.year) return <g />;
    if (!line.staleAtYear) return <circle cx={cx} cy={cy} r={5} fill="#ffffff" stroke={line.color} strokeWidth={2} />;
    return <path d={`M${cx},${cy - 8} L${cx + 7},${cy + 5} L${cx - 7},${cy + 5} Z`} fill="#ffffff" stroke={line.color} strokeWidth={2.5} />;
  }
  return ProjectionDot;
}

export function TrendsChart({ series, dataset, log, trendWindow, label }: Props) {
  const t = useT();
  const locale = useLocale();
  const { ref, width } = useElementWidth<HTMLDivElement>(1200);
  const context: TrendsTextContext = { dataset, locale, t, trendWindow };
  const ordinal = series.indicator.kind === 'ordinal';
  const levels = series.indicator.levels ?? [];
  const years = series.rows.map((row) => row.year);
  // A log axis cannot place 0: zeros are left out of the drawing (the table keeps them).
  const rows = log && series.hasZeros ? series.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key !== 'year' && value !== null && value <= 0 ? null : value]))) : series.rows;
  const domain: [number, number] = [Math.min(...years), Math.max(...years)];
  return (
    <div className="trends-chart" ref={ref} role="group" aria-label={label}>
      <LineChart width={width} height={HEIGHT} data={rows} margin={{ top: 24, right: 32, bottom: 8, left: 16 }}>
        <CartesianGrid stroke="#e3e6ea" />
        <XAxis dataKey="year" type="number" domain={domain} allowDecimals={false} tick={{ fontSize: 14, fill: '#1b2330' }} tickCount={Math.min(16, domain[1] - domain[0] + 1)} />
        <YAxis
          type="number"
          scale={log ? 'log' : 'linear'}
          domain={ordinal && levels.length > 0 ? [levels[0]!.value, levels[levels.length - 1]!.value] : log ? ['auto', 'auto'] : [0, 'auto']}
          allowDataOverflow={log}
          ticks={ordinal && levels.length > 0 ? levels.map((level) => level.value) : undefined}
          tickFormatter={(value: number) => axisTick(series, value, locale)}
          tick={{ fontSize: 14, fill: '#1b2330' }}
          width={ordinal ? 170 : 80}
          label={series.unit && !ordinal ? { value: series.unit, angle: -90, position: 'insideLeft', offset: 0, fontSize: 13, fill: '#4f5b6b', dy: 60 } : undefined}
        />
        <ReferenceLine
          x={series.year}
          stroke="#4f5b6b"
          strokeWidth={1.5}
          label={{ value: t('trends.y0', { year: series.year }), position: 'top', fontSize: 14, fill: '#1b2330', fontWeight: 600 }}
        />
        <Tooltip
          isAnimationActive={false}
          content={({ active, label: year }) => {
            if (!active || typeof year !== 'number') return null;
            const { sections, common } = yearTooltip(series, year, context);
            if (sections.length === 0) return null;
            return (
              <div className="trends-tooltip">
                <strong>{year}</strong>
                {sections.map((section) => (
                  <div key={section.heading} className="trends-tooltip-section">
                    <em>{section.heading}</em>
                    {section.lines.map((line, index) => (
                      <div key={index}>{line}</div>
                    ))}
                  </div>
                ))}
                {common.length > 0 ? (
                  <div className="trends-tooltip-common">
                    {common.map((line) => (
                      <div key={line}>{line}</div>
                    ))}
                  </div>
                ) : null}
              </div>
            );
          }}
        />
        <Legend wrapperStyle={{ fontSize: 14 }} />
        {series.lines.map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={lineName(line, context)}
            stroke={line.color}
            strokeWidth={line.role === 'side' ? 3.5 : 2}
            dot={reportedDot(series, line)}
            activeDot={{ r: 6 }}
            connectNulls={false}
            isAnimationActive={false}
            type="linear"
          />
        ))}
        {series.lines.map((line) =>
          line.projectionKey ? (
            <Line
              key={line.projectionKey}
              dataKey={line.projectionKey}
              name={t('trends.projection', { name: lineName(line, context) })}
              stroke={line.color}
              strokeWidth={line.role === 'side' ? 3 : 2}
              strokeDasharray="8 6"
              dot={projectionDot(line)}
              activeDot={{ r: 5 }}
              legendType="none"
              isAnimationActive={false}
              type="linear"
            />
          ) : null,
        )}
      </LineChart>
    </div>
  );
}
