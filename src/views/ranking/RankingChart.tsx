/**
 * The ranking as horizontal bars (recharts): one bar of D per technology in rank order, class
 * colours, the value at the bar's end, and on the right the Monte Carlo rank interval and
 * P(durable). Bars are focusable (one Tab stop, arrows move) and named "1. AI — Durable, D 0.42";
 * hover or focus shows the tooltip.
 */
import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Dataset } from '../../model/dataset';
import { formatNumber } from '../../i18n/format';
import { ChartTooltip } from '../../charts/heatmap/ChartTooltip';
import { useRovingGrid } from '../../charts/heatmap/roving';
import { useChartTooltip } from '../../charts/heatmap/tooltip';
import { scoreTicks, type RankingSeries } from './ranking-series';
import { ClassLegend } from './ClassLegend';
import { barLabel, formatScore, rankingTooltip, uncertaintyCell, type RankingTextContext } from './ranking-text';

interface Props {
  /** The ranking of the focus rival. */
  series: RankingSeries;
  /** Dataset (provenance in tooltips). */
  dataset: Dataset;
  /** Texts. */
  context: RankingTextContext;
  /** The Monte Carlo is on but has not answered yet. */
  pending: boolean;
  /** Show the Monte Carlo column. */
  showUncertainty: boolean;
}

const ROW_HEIGHT = 46;
const AXIS_HEIGHT = 56;
const INK = '#1b2330';

/** What recharts hands a custom bar shape or label (the parts used here). */
interface MarkProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  index?: number;
}

function box(props: MarkProps) {
  const x = Number(props.x ?? 0);
  const width = Number(props.width ?? 0);
  return { left: Math.min(x, x + width), right: Math.max(x, x + width), y: Number(props.y ?? 0), height: Number(props.height ?? 0) };
}

export function RankingChart({ series, dataset, context, pending, showUncertainty }: Props) {
  const { t, locale } = context;
  const tipId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-tip`;
  const { container, tip, show, hide } = useChartTooltip<HTMLDivElement>();
  const roving = useRovingGrid<HTMLDivElement>(series.rows.length, 1, container);
  const data = useMemo(
    () =>
      series.rows.map((row) => ({
        key: row.technology,
        label: `${row.rank}. ${row.name}`,
        score: row.score,
        mc: uncertaintyCell(row, pending, context),
        aria: barLabel(row, context),
        tooltip: rankingTooltip(row, series, dataset, context),
        color: row.color,
      })),
    [series, pending, context, dataset],
  );
  const height = data.length * ROW_HEIGHT + AXIS_HEIGHT;

  const renderBar = (props: MarkProps) => {
    const index = props.index ?? 0;
    const item = data[index];
    if (!item) return <g />;
    const { left, right, y, height: barHeight } = box(props);
    return (
      <g
        className="ranking-bar"
        role="img"
        aria-label={item.aria}
        aria-describedby={tip?.key === item.key ? tipId : undefined}
        data-roving={`${index}:0`}
        tabIndex={roving.tabIndexOf(index, 0)}
        onFocus={(event) => {
          roving.onMarkFocus(index, 0);
          show(item.key, event.currentTarget, item.tooltip);
        }}
        onBlur={() => hide(item.key)}
        onMouseEnter={(event) => show(item.key, event.currentTarget, item.tooltip)}
        onMouseLeave={() => hide(item.key)}
        onKeyDown={(event) => event.key === 'Escape' && hide()}
      >
        <rect x={left} y={y} width={Math.max(right - left, 1)} height={barHeight} fill={item.color} rx={2} />
      </g>
    );
  };

  const renderValue = (props: MarkProps) => {
    const item = data[props.index ?? 0];
    if (!item) return null;
    const { left, right, y, height: barHeight } = box(props);
    const negative = item.score < 0;
    return (
      <text x={negative ? left - 6 : right + 6} y={y + barHeight / 2} dy="0.35em" textAnchor={negative ? 'end' : 'start'} fontSize={14} fill={INK}>
        {formatScore(item.score, locale)}
      </text>
    );
  };

  return (
    <div className="ranking-chart" ref={container} onKeyDown={roving.onKeyDown}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 1000, height }}>
        <BarChart data={data} layout="vertical" margin={{ top: 28, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false} barCategoryGap="22%">
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="#c9d0da" />
          <XAxis
            type="number"
            dataKey="score"
            domain={series.domain}
            ticks={scoreTicks(series.domain)}
            allowDataOverflow
            tick={{ fontSize: 14, fill: INK }}
            tickFormatter={(value: number) => formatNumber(value, locale, 2)}
            label={{ value: t('ranking.axis.d'), position: 'insideBottom', offset: -2, fontSize: 14, fill: INK }}
            height={48}
          />
          <YAxis yAxisId="name" type="category" dataKey="label" width={300} interval={0} tick={{ fontSize: 14, fill: INK }} tickLine={false} />
          {showUncertainty ? (
            <YAxis
              yAxisId="mc"
              type="category"
              dataKey="mc"
              orientation="right"
              width={190}
              interval={0}
              tick={{ fontSize: 14, fill: INK }}
              tickLine={false}
              axisLine={false}
              label={{ value: t('ranking.axis.mc'), position: 'insideTopRight', offset: 0, dy: -24, fontSize: 13, fill: '#4f5b6b' }}
            />
          ) : null}
          <ReferenceLine x={0} yAxisId="name" stroke={INK} />
          <Bar dataKey="score" yAxisId="name" isAnimationActive={false} shape={renderBar}>
            <LabelList dataKey="score" content={renderValue} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <ChartTooltip id={tipId} tip={tip} />
      <ClassLegend />
    </div>
  );
}
