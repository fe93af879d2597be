/**
 * Legend of the diverging asymmetry scale: −1 (lag) … 0 (parity) … +1 (advantage), and the
 * hatched "no data" swatch. An SVG group, so a chart can draw it inside its own SVG (and export
 * it with the chart); {@link AsymmetryLegend} wraps it in its own SVG for HTML charts.
 */
import { asymmetryColor } from '../colors';

/** Labels of the legend (localised by the caller). */
export interface LegendLabels {
  /** Below −1. */
  lag: string;
  /** Below 0. */
  parity: string;
  /** Below +1. */
  advantage: string;
  /** Beside the hatched swatch. */
  noData: string;
}

/** Width and height the legend group needs, px. */
export const LEGEND_SIZE = { width: 460, height: 58 };

const STOPS = Array.from({ length: 11 }, (_, index) => -1 + index * 0.2);
const TICKS = [-1, -0.5, 0, 0.5, 1];
const BAR = { x: 8, y: 4, width: 300, height: 14 };

function tickText(value: number, scale = 1): string {
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${Number((Math.abs(value) * scale).toPrecision(3))}`;
}

/**
 * The legend as an SVG group at (x, y); `idPrefix` keeps gradient/pattern ids unique; `scale`
 * (default 1) is the value drawn at full colour, so tick labels read −scale … +scale.
 */
export function AsymmetryLegendGroup({ labels, x, y, idPrefix, scale = 1 }: { labels: LegendLabels; x: number; y: number; idPrefix: string; scale?: number }) {
  const gradient = `${idPrefix}-legend-gradient`;
  const hatch = `${idPrefix}-legend-hatch`;
  const at = (value: number) => BAR.x + ((value + 1) / 2) * BAR.width;
  return (
    <g transform={`translate(${x},${y})`} className="asymmetry-legend" aria-hidden="true">
      <defs>
        <linearGradient id={gradient} x1="0" x2="1" y1="0" y2="0">
          {STOPS.map((value) => (
            <stop key={value} offset={`${((value + 1) / 2) * 100}%`} stopColor={asymmetryColor(value)} />
          ))}
        </linearGradient>
        <HatchPattern id={hatch} />
      </defs>
      <rect x={BAR.x} y={BAR.y} width={BAR.width} height={BAR.height} fill={`url(#${gradient})`} stroke="#8a94a3" strokeWidth={0.5} />
      {TICKS.map((value) => (
        <g key={value}>
          <line x1={at(value)} x2={at(value)} y1={BAR.y + BAR.height} y2={BAR.y + BAR.height + 4} stroke="#4f5b6b" />
          <text x={at(value)} y={BAR.y + BAR.height + 17} textAnchor="middle" fontSize={12} fill="#1b2330">
            {tickText(value, scale)}
          </text>
        </g>
      ))}
      <text x={at(-1)} y={BAR.y + BAR.height + 33} textAnchor="start" fontSize={13} fill="#1b2330">
        {labels.lag}
      </text>
      <text x={at(0)} y={BAR.y + BAR.height + 33} textAnchor="middle" fontSize={13} fill="#1b2330">
        {labels.parity}
      </text>
      <text x={at(1)} y={BAR.y + BAR.height + 33} textAnchor="end" fontSize={13} fill="#1b2330">
        {labels.advantage}
      </text>
      <rect x={BAR.x + BAR.width + 24} y={BAR.y} width={22} height={BAR.height} fill={`url(#${hatch})`} stroke="#8a94a3" strokeWidth={0.5} />
      <text x={BAR.x + BAR.width + 52} y={BAR.y + BAR.height - 2} fontSize={13} fill="#1b2330">
        {labels.noData}
      </text>
    </g>
  );
}

/** Grey diagonal hatching for cells without data (readable in greyscale print). */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={8} height={8} patternTransform="rotate(45)">
      <rect width={8} height={8} fill="#eef0f3" />
      <line x1={0} y1={0} x2={0} y2={8} stroke="#b8bfca" strokeWidth={3} />
    </pattern>
  );
}

/** The legend in its own SVG (for charts drawn in HTML). */
export function AsymmetryLegend({ labels, idPrefix, title }: { labels: LegendLabels; idPrefix: string; title: string }) {
  return (
    <svg
      className="asymmetry-legend-svg"
      width={LEGEND_SIZE.width}
      height={LEGEND_SIZE.height}
      viewBox={`0 0 ${LEGEND_SIZE.width} ${LEGEND_SIZE.height}`}
      role="img"
      aria-label={`${title}: −1 ${labels.lag}, 0 ${labels.parity}, +1 ${labels.advantage}`}
    >
      <AsymmetryLegendGroup labels={labels} x={0} y={0} idPrefix={idPrefix} />
    </svg>
  );
}
