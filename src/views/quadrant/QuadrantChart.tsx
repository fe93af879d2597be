/**
 * The quadrant as a recharts scatter: A today across, momentum up, bubbles sized by relevance
 * and coloured by class, the four quadrants and the parity band labelled, and the T = H line
 * at constant momentum dashed. Bubbles are focusable (one Tab stop, arrows move) and show the
 * tooltip on hover or focus.
 */
import { useId, useMemo } from 'react';
import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { Dataset } from '../../model/dataset';
import { formatAsymmetry, formatNumber } from '../../i18n/format';
import { ChartTooltip } from '../../charts/heatmap/ChartTooltip';
import { useRovingGrid } from '../../charts/heatmap/roving';
import { useChartTooltip } from '../../charts/heatmap/tooltip';
import { ClassLegend } from '../ranking/ClassLegend';
import { X_EDGE, type QuadrantRegion, type QuadrantSeries } from './quadrant-series';
import { pointLabel, quadrantTooltip, type QuadrantTextContext } from './quadrant-text';

interface Props {
  series: QuadrantSeries;
  dataset: Dataset;
  context: QuadrantTextContext;
  /** Parity band ε. */
  parityBand: number;
}

const HEIGHT = 640;
const INK = '#1b2330';
const MUTED = '#4f5b6b';
const LINE_HEIGHT = 17;

/** What recharts hands a custom label: the box it belongs to. */
interface LabelProps {
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
}

/** What recharts hands a custom scatter shape (the parts used here). */
interface PointProps {
  cx?: number;
  cy?: number;
  index?: number;
}

export function QuadrantChart({ series, dataset, context, parityBand }: Props) {
  const { t, locale, horizon } = context;
  const tipId = `${useId().replace(/[^a-zA-Z0-9_-]/g, '')}-tip`;
  const { container, tip, show, hide } = useChartTooltip<HTMLDivElement>();
  const roving = useRovingGrid<HTMLDivElement>(series.points.length, 1, container);
  const marks = useMemo(
    () => series.points.map((point) => ({ point, aria: pointLabel(point, context), tooltip: quadrantTooltip(point, series, dataset, context) })),
    [series, dataset, context],
  );
  const [low, high] = series.yDomain;
  const ticks = [low, low / 2, 0, high / 2, high];

  const regionLabel = (region: QuadrantRegion, corner: 'tl' | 'tr' | 'bl' | 'br') =>
    function RegionLabel({ viewBox }: LabelProps) {
      const x = viewBox?.x ?? 0;
      const y = viewBox?.y ?? 0;
      const width = viewBox?.width ?? 0;
      const height = viewBox?.height ?? 0;
      const right = corner === 'tr' || corner === 'br';
      const top = corner === 'tl' || corner === 'tr';
      const tx = right ? x + width - 10 : x + 10;
      const ty = top ? y + 20 : y + height - 30;
      return (
        <text x={tx} y={ty} textAnchor={right ? 'end' : 'start'} fontSize={14} fill={MUTED}>
          <tspan x={tx} fontWeight={600} fill={INK}>
            {t(`quadrant.region.${region}`)}
          </tspan>
          <tspan x={tx} dy={LINE_HEIGHT}>
            → {t(`quadrant.regionHelp.${region}`)}
          </tspan>
        </text>
      );
    };

  // The line runs from top left to bottom right: its box's top-left corner is its left end.
  const horizonLabel = ({ viewBox }: LabelProps) => (
    <text x={(viewBox?.x ?? 0) + 8} y={(viewBox?.y ?? 0) - 8} fontSize={13} fill={MUTED}>
      {t('quadrant.horizonLine', { h: horizon })}
    </text>
  );

  const renderPoint = (props: PointProps) => {
    const index = props.index ?? 0;
    const mark = marks[index];
    if (!mark || props.cx === undefined || props.cy === undefined) return <g />;
    const { point } = mark;
    const dy = (point.labelIndex - (point.labelCount - 1) / 2) * LINE_HEIGHT;
    const offset = point.radius + 6;
    return (
      <g
        className="quadrant-point"
        role="img"
        aria-label={mark.aria}
        aria-describedby={tip?.key === point.technology ? tipId : undefined}
        data-roving={`${index}:0`}
        tabIndex={roving.tabIndexOf(index, 0)}
        onFocus={(event) => {
          roving.onMarkFocus(index, 0);
          show(point.technology, event.currentTarget, mark.tooltip);
        }}
        onBlur={() => hide(point.technology)}
        onMouseEnter={(event) => show(point.technology, event.currentTarget, mark.tooltip)}
        onMouseLeave={() => hide(point.technology)}
        onKeyDown={(event) => event.key === 'Escape' && hide()}
      >
        <circle cx={props.cx} cy={props.cy} r={point.radius} fill={point.color} fillOpacity={0.85} stroke="#ffffff" strokeWidth={1.5} />
        <text
          x={point.labelLeft ? props.cx - offset : props.cx + offset}
          y={props.cy + dy}
          dy="0.35em"
          textAnchor={point.labelLeft ? 'end' : 'start'}
          fontSize={14}
          fill={INK}
          paintOrder="stroke"
          stroke="#ffffff"
          strokeWidth={3}
        >
          {point.name}
        </text>
      </g>
    );
  };

  return (
    <div className="quadrant-chart" ref={container} onKeyDown={roving.onKeyDown}>
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: 1000, height: HEIGHT }}>
        <ScatterChart margin={{ top: 16, right: 24, bottom: 24, left: 16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e6ea" />
          <ReferenceArea x1={parityBand} x2={X_EDGE} y1={0} y2={high} fill="#0072b2" fillOpacity={0.04} stroke="none" label={regionLabel('lead-gaining', 'tr')} />
          <ReferenceArea x1={parityBand} x2={X_EDGE} y1={low} y2={0} fill="#56b4e9" fillOpacity={0.06} stroke="none" label={regionLabel('lead-shrinking', 'br')} />
          <ReferenceArea x1={-X_EDGE} x2={-parityBand} y1={0} y2={high} fill="#e69f00" fillOpacity={0.05} stroke="none" label={regionLabel('lag-closing', 'tl')} />
          <ReferenceArea x1={-X_EDGE} x2={-parityBand} y1={low} y2={0} fill="#d55e00" fillOpacity={0.05} stroke="none" label={regionLabel('lag-widening', 'bl')} />
          <ReferenceArea
            x1={-parityBand}
            x2={parityBand}
            y1={low}
            y2={high}
            fill="#8c8c8c"
            fillOpacity={0.18}
            stroke="none"
            label={{ value: `${t('quadrant.region.parity')} (ε = ${formatNumber(parityBand, locale)})`, position: 'insideTop', fontSize: 13, fill: MUTED, dy: -14 }}
          />
          <XAxis
            type="number"
            dataKey="x"
            domain={series.xDomain}
            ticks={[-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1]}
            tick={{ fontSize: 14, fill: INK }}
            tickFormatter={(value: number) => formatAsymmetry(value, locale)}
            label={{ value: t('quadrant.axis.a', { side: series.sideName, rival: series.rivalName }), position: 'insideBottom', offset: -16, fontSize: 14, fill: INK }}
            height={52}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={series.yDomain}
            ticks={ticks}
            allowDataOverflow
            tick={{ fontSize: 14, fill: INK }}
            tickFormatter={(value: number) => formatAsymmetry(value, locale, 3)}
            label={{ value: t('quadrant.axis.momentum'), angle: -90, position: 'insideLeft', offset: 0, dx: -4, fontSize: 14, fill: INK, style: { textAnchor: 'middle' } }}
            width={96}
          />
          <ReferenceLine x={0} stroke={INK} />
          <ReferenceLine y={0} stroke={INK} />
          <ReferenceLine
            segment={series.horizonLine}
            stroke={INK}
            strokeDasharray="6 4"
            label={horizonLabel}
          />
          <Scatter data={series.points} isAnimationActive={false} shape={renderPoint} />
        </ScatterChart>
      </ResponsiveContainer>
      <ChartTooltip id={tipId} tip={tip} />
      <ClassLegend />
    </div>
  );
}
