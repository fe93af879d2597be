/**
 * The runway as React SVG over a d3 linear scale of years: one bar per technology from 0 to
 * min(T, Hmax), class colours, an arrow past Hmax for runways beyond the projection, T at the
 * bar's end, group headings (leads, ties, lags), and the horizon H as a labelled vertical line.
 * Bars are focusable (one Tab stop, arrows move) and show the tooltip on hover or focus.
 */
import { useId, useMemo } from 'react';
import type { Dataset } from '../../model/dataset';
import { formatNumber } from '../../i18n/format';
import { ChartTooltip } from '../../charts/heatmap/ChartTooltip';
import { useRovingGrid } from '../../charts/heatmap/roving';
import { useChartTooltip } from '../../charts/heatmap/tooltip';
import { ClassLegend } from '../ranking/ClassLegend';
import { RUNWAY_SIZE, runwayLayout, type RunwaySeries } from './runway-series';
import { barYears, groupHeading, runwayBarLabel, runwayTooltip, type RunwayTextContext } from './runway-text';

interface Props {
  series: RunwaySeries;
  dataset: Dataset;
  context: RunwayTextContext;
  /** Accessible name of the chart. */
  label: string;
}

const INK = '#1b2330';
const MUTED = '#4f5b6b';

export function RunwayChart({ series, dataset, context, label }: Props) {
  const { t, locale } = context;
  const tipId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-tip`;
  const layout = useMemo(() => runwayLayout(series), [series]);
  const barCount = layout.lines.filter((line) => line.kind === 'bar').length;
  const { container, tip, show, hide } = useChartTooltip<HTMLDivElement>();
  const roving = useRovingGrid<HTMLDivElement>(barCount, 1, container);
  const { x, plot } = layout;
  const horizonX = x(Math.min(series.horizon, series.maxYears));
  const size = RUNWAY_SIZE;

  return (
    <div className="runway-chart" ref={container} onKeyDown={roving.onKeyDown}>
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={label}
        className="runway-svg"
        fontFamily="system-ui, sans-serif"
      >
        {layout.ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={plot.top} y2={plot.bottom} stroke="#e3e6ea" />
            <text x={x(tick)} y={plot.bottom + 20} textAnchor="middle" fontSize={14} fill={INK}>
              {formatNumber(tick, locale, 0)}
            </text>
          </g>
        ))}
        <line x1={x(0)} x2={x(0)} y1={plot.top} y2={plot.bottom} stroke={INK} />
        <line x1={x(0)} x2={x(series.maxYears)} y1={plot.bottom} y2={plot.bottom} stroke={INK} />
        <text x={(x(0) + x(series.maxYears)) / 2} y={plot.bottom + 44} textAnchor="middle" fontSize={14} fill={INK}>
          {t('runway.axis')}
        </text>
        {layout.lines.map((line) => {
          if (line.kind === 'heading') {
            return (
              <text
                key={`heading-${line.group}`}
                x={16}
                y={line.y + size.heading - 12}
                fontSize={15}
                fontWeight={700}
                fill={INK}
                paintOrder="stroke"
                stroke="#ffffff"
                strokeWidth={6}
              >
                {groupHeading(line.group, series, t)}
              </text>
            );
          }
          const { bar, index, y } = line;
          const top = y + (size.row - size.bar) / 2;
          const end = x(bar.years);
          const width = Math.max(end - x(0), 2);
          const tooltip = runwayTooltip(bar, series, dataset, context);
          return (
            <g
              key={bar.technology}
              className="runway-bar"
              role="img"
              aria-label={runwayBarLabel(bar, context)}
              aria-describedby={tip?.key === bar.technology ? tipId : undefined}
              data-roving={`${index}:0`}
              tabIndex={roving.tabIndexOf(index, 0)}
              onFocus={(event) => {
                roving.onMarkFocus(index, 0);
                show(bar.technology, event.currentTarget, tooltip);
              }}
              onBlur={() => hide(bar.technology)}
              onMouseEnter={(event) => show(bar.technology, event.currentTarget, tooltip)}
              onMouseLeave={() => hide(bar.technology)}
              onKeyDown={(event) => event.key === 'Escape' && hide()}
            >
              <rect className="runway-row" x={0} y={y} width={layout.width} height={size.row} fill="transparent" />
              <text x={size.left - 12} y={y + size.row / 2} dy="0.35em" textAnchor="end" fontSize={14} fill={INK}>
                {bar.name}
              </text>
              <rect className="runway-mark" x={x(0)} y={top} width={width} height={size.bar} fill={bar.color} rx={2} />
              {bar.open ? (
                <path
                  className="runway-open"
                  d={`M${end},${top} L${end + size.openEnd},${top + size.bar / 2} L${end},${top + size.bar} Z`}
                  fill={bar.color}
                  fillOpacity={0.55}
                />
              ) : null}
              <text
                x={end + (bar.open ? size.openEnd : 0) + 8}
                y={y + size.row / 2}
                dy="0.35em"
                fontSize={14}
                fontWeight={600}
                fill={INK}
              >
                {barYears(bar, context)}
              </text>
            </g>
          );
        })}
        <line className="runway-horizon" x1={horizonX} x2={horizonX} y1={plot.top} y2={plot.bottom} stroke={INK} strokeWidth={2} strokeDasharray="6 4" />
        <text x={horizonX} y={plot.top - 8} textAnchor="middle" fontSize={14} fontWeight={700} fill={INK}>
          {t('runway.horizon', { h: formatNumber(series.horizon, locale) })}
        </text>
        <text x={x(series.maxYears)} y={plot.top - 8} textAnchor="middle" fontSize={13} fill={MUTED}>
          Hmax
        </text>
      </svg>
      <ChartTooltip id={tipId} tip={tip} />
      <ClassLegend />
    </div>
  );
}
