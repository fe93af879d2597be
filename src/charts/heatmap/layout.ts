/**
 * Geometry of a heatmap (pure, no DOM): band scales for rows and columns, margins sized to the
 * labels, and the total size. Text widths are estimated (Latin ≈ 0.6 em, CJK = 1 em) because
 * the layout must be known before anything is drawn and must be the same in tests.
 */
import { scaleBand, type ScaleBand } from 'd3-scale';

/** Estimated width in px of `text` at `fontSize` px (system sans-serif). */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // CJK, kana, full-width forms: one em; everything else about 0.6 em.
    width += code >= 0x2e80 ? fontSize : fontSize * 0.6;
  }
  return Math.ceil(width);
}

/** Options of {@link heatmapLayout}. */
export interface HeatmapLayoutOptions {
  /** Smallest cell width, px. */
  minCellWidth: number;
  /** Cell height, px. */
  cellHeight: number;
  /** Label font size, px. */
  fontSize: number;
  /** Space below the grid (legend), px. */
  bottom: number;
}

/** The computed geometry. */
export interface HeatmapLayout {
  /** Column key → x of its band. */
  x: ScaleBand<string>;
  /** Row key → y of its band. */
  y: ScaleBand<string>;
  /** Space for row labels (left) and column labels (top), px. */
  margin: { top: number; left: number; right: number; bottom: number };
  /** Total SVG width, px. */
  width: number;
  /** Total SVG height, px. */
  height: number;
}

/** Default options: 14px labels, cells at least 120 × 34 px. */
export const HEATMAP_DEFAULTS: HeatmapLayoutOptions = { minCellWidth: 120, cellHeight: 34, fontSize: 14, bottom: 0 };

/** Lay out `rows` × `columns` (key and label each). */
export function heatmapLayout(
  rows: { key: string; label: string }[],
  columns: { key: string; label: string }[],
  options: Partial<HeatmapLayoutOptions> = {},
): HeatmapLayout {
  const { minCellWidth, cellHeight, fontSize, bottom } = { ...HEATMAP_DEFAULTS, ...options };
  const rowLabel = Math.max(0, ...rows.map((row) => textWidth(row.label, fontSize)));
  const columnLabel = Math.max(0, ...columns.map((column) => textWidth(column.label, fontSize)));
  const cellWidth = Math.max(minCellWidth, columnLabel + 16);
  const margin = { top: fontSize + 16, left: rowLabel + 16, right: 8, bottom };
  const x = scaleBand<string>()
    .domain(columns.map((column) => column.key))
    .range([margin.left, margin.left + cellWidth * columns.length])
    .paddingInner(0.04);
  const y = scaleBand<string>()
    .domain(rows.map((row) => row.key))
    .range([margin.top, margin.top + cellHeight * rows.length])
    .paddingInner(0.08);
  return {
    x,
    y,
    margin,
    width: margin.left + cellWidth * columns.length + margin.right,
    height: margin.top + cellHeight * rows.length + bottom,
  };
}
