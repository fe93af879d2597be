/**
 * Geometry of the asymmetry matrix (pure, no DOM): d3 band scales for the technology rows and
 * the columns (composite A, then one per indicator), column headers wrapped onto a few lines so
 * long indicator names ("International patent families granted (by field)") fit a narrow column,
 * and the total size. Text widths are estimated as in the heatmap (Latin ≈ 0.6 em, CJK = 1 em).
 */
import { scaleBand, type ScaleBand } from 'd3-scale';
import { textWidth } from '../../charts/heatmap/layout';

/** Sizes, px. */
export const MATRIX_SIZES = {
  /** Label and cell text size (legible at 1920×1080 from a meeting-room distance). */
  fontSize: 14,
  /** Line height of wrapped header lines. */
  lineHeight: 18,
  /** Width of every value column. */
  columnWidth: 140,
  /** Row height. */
  rowHeight: 34,
  /** Most header lines; longer names end with "…" (the full name is in the tooltip and table). */
  maxHeaderLines: 5,
  /** Room kept at the right of a header for the sort arrow. */
  arrowWidth: 16,
};

const OPENING = '（「『【〔［';
const CLOSING = '）」』】〕］、。，・ーぁぃぅぇぉっゃゅょァィゥェォッャュョ';
const CJK_OR_WORD = new RegExp(`[${OPENING}]?(?:[^\\s\\u2e80-\\uffff-]+-?|[\\u2e80-\\uffff])[${CLOSING}]*\\s*|-\\s*|\\s+`, 'gu');

/** Split `text` into lines no wider than `width` px at `fontSize` (words, or characters of CJK). */
export function wrapLabel(text: string, width: number, fontSize: number, maxLines: number): string[] {
  // Tokens: Latin words with their trailing space, split after hyphens ("Battle-" "network");
  // each CJK character on its own, keeping opening brackets with the next character and closing
  // brackets, commas, small kana and ー with the previous one (kinsoku: no line starts with "）").
  const tokens = text.match(CJK_OR_WORD) ?? [];
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const token of tokens) {
    if (textWidth((line + token).trimEnd(), fontSize) <= width) {
      line += token;
      continue;
    }
    push();
    // A single word wider than the line is cut into pieces that fit.
    let rest = token;
    while (textWidth(rest.trimEnd(), fontSize) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && textWidth(rest.slice(0, cut), fontSize) > width) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** The computed geometry. */
export interface MatrixLayout {
  /** Column key → x of its band. */
  x: ScaleBand<string>;
  /** Row key → y of its band. */
  y: ScaleBand<string>;
  /** Wrapped header lines per column key. */
  headerLines: Map<string, string[]>;
  /** Row-label column width (left) and header height (top), px. */
  margin: { top: number; left: number; bottom: number; right: number };
  /** Total SVG width, px. */
  width: number;
  /** Total SVG height, px. */
  height: number;
}

/** Lay out rows × columns; `rowHeader` is the label of the row-label column (sortable too). */
export function matrixLayout(
  rows: { key: string; label: string }[],
  columns: { key: string; label: string }[],
  rowHeader: string,
  bottom: number,
): MatrixLayout {
  const { fontSize, lineHeight, columnWidth, rowHeight, maxHeaderLines, arrowWidth } = MATRIX_SIZES;
  const wrapWidth = columnWidth - 12 - arrowWidth;
  const headerLines = new Map(columns.map((column) => [column.key, wrapLabel(column.label, wrapWidth, fontSize, maxHeaderLines)]));
  const lines = Math.max(1, ...[...headerLines.values()].map((item) => item.length));
  const left = Math.max(160, ...rows.map((row) => textWidth(row.label, fontSize)), textWidth(rowHeader, fontSize)) + 16 + arrowWidth;
  const margin = { top: lines * lineHeight + 16, left, bottom, right: 8 };
  const x = scaleBand<string>()
    .domain(columns.map((column) => column.key))
    .range([left, left + columnWidth * columns.length])
    .paddingInner(0.04);
  const y = scaleBand<string>()
    .domain(rows.map((row) => row.key))
    .range([margin.top, margin.top + rowHeight * rows.length])
    .paddingInner(0.08);
  return {
    x,
    y,
    headerLines,
    margin,
    width: left + columnWidth * columns.length + margin.right,
    height: margin.top + rowHeight * rows.length + bottom,
  };
}
