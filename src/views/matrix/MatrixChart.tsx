/**
 * The asymmetry matrix drawn as React SVG over d3 band scales (see matrix-layout.ts): sortable
 * column headers (the technology column, composite A, every indicator), technology rows, cells
 * coloured by a_i on the diverging parity scale (hatched when there is no value), the legend,
 * one tooltip, and one Tab stop with roving focus over headers and cells (arrows move; Enter or
 * Space sorts on a header and opens the comparison table on a cell). ARIA grid semantics, with
 * aria-sort on the headers, so screen readers announce the order.
 */
import { useId, useMemo, type KeyboardEvent } from 'react';
import { asymmetryColor, textColorOn } from '../../charts/colors';
import { AsymmetryLegendGroup, HatchPattern, LEGEND_SIZE, type LegendLabels } from '../../charts/heatmap/AsymmetryLegend';
import { ChartTooltip } from '../../charts/heatmap/ChartTooltip';
import { useRovingGrid } from '../../charts/heatmap/roving';
import { useChartTooltip, type TooltipContent } from '../../charts/heatmap/tooltip';
import { MATRIX_SIZES, matrixLayout } from './matrix-layout';
import { SORT_TECHNOLOGY, type MatrixSort } from './matrix-series';
import type { MatrixDrawCell } from './matrix-text';
import '../../charts/heatmap/heatmap.css';

/** A column header. */
export interface MatrixHeader {
  /** Sort key. */
  key: string;
  /** Full label. */
  label: string;
  /** Tooltip of the header (full name, weight…). */
  tooltip: TooltipContent | null;
}

interface Props {
  /** Accessible name of the grid. */
  label: string;
  /** Label of the row-header column (sorts by {@link SORT_TECHNOLOGY}). */
  rowHeader: string;
  /** Rows (technologies) top to bottom, in the order shown. */
  rows: { key: string; label: string }[];
  /** Value columns left to right (composite first). */
  columns: MatrixHeader[];
  /** Cells by row and column key. */
  cells: MatrixDrawCell[];
  /** Current sort, or null for the engine's order. */
  sort: MatrixSort | null;
  /** Spoken header label, e.g. "Citations (activate to sort)". */
  headerAria: (label: string) => string;
  /** Called when a header is activated (click, Enter, Space). */
  onSort: (key: string) => void;
  /** Called when a cell is activated. */
  onActivate: (cell: MatrixDrawCell) => void;
  /** Legend labels. */
  legend: LegendLabels;
}

const INK = '#1b2330';
const MUTED_INK = '#4f5b6b';

function cellKey(row: string, column: string): string {
  return `${row}\u0000${column}`;
}

/** Up and down triangles; the active direction dark, both grey when the column is not sorted. */
function SortArrow({ x, y, direction }: { x: number; y: number; direction: MatrixSort['direction'] | null }) {
  const up = direction === 'ascending' ? INK : direction ? 'transparent' : '#9aa3b0';
  const down = direction === 'descending' ? INK : direction ? 'transparent' : '#9aa3b0';
  return (
    <g aria-hidden="true">
      <path d={`M${x - 5},${y - 2} L${x + 5},${y - 2} L${x},${y - 9} Z`} fill={up} />
      <path d={`M${x - 5},${y + 2} L${x + 5},${y + 2} L${x},${y + 9} Z`} fill={down} />
    </g>
  );
}

export function MatrixChart({ label, rowHeader, rows, columns, cells, sort, headerAria, onSort, onActivate, legend }: Props) {
  const rawId = useId();
  const id = rawId.replace(/[^a-zA-Z0-9_-]/g, '');
  const layout = useMemo(() => matrixLayout(rows, columns, rowHeader, LEGEND_SIZE.height + 20), [rows, columns, rowHeader]);
  const byKey = useMemo(() => new Map(cells.map((cell) => [cellKey(cell.row, cell.column), cell])), [cells]);
  const { container, tip, show, hide } = useChartTooltip<HTMLDivElement>();
  const roving = useRovingGrid<HTMLDivElement>(rows.length + 1, columns.length + 1, container);
  const hatch = `${id}-hatch`;
  const tipId = `${id}-tip`;
  const width = Math.max(layout.width, LEGEND_SIZE.width + layout.margin.left);
  const { fontSize, lineHeight, arrowWidth } = MATRIX_SIZES;
  const bandWidth = layout.x.bandwidth();
  const bandHeight = layout.y.bandwidth();
  const headerTop = 4;
  const headerBottom = layout.margin.top - 6;

  const ariaSort = (key: string): MatrixSort['direction'] | 'none' => (sort?.key === key ? sort.direction : 'none');
  const onKey = (event: KeyboardEvent, action: () => void) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    } else if (event.key === 'Escape') hide();
  };
  const headerProps = (key: string, text: string, column: number, tooltip: TooltipContent | null) => ({
    role: 'columnheader',
    'aria-sort': ariaSort(key),
    'aria-label': headerAria(text),
    'aria-describedby': tip?.key === `h:${key}` ? tipId : undefined,
    'data-roving': `0:${column}`,
    tabIndex: roving.tabIndexOf(0, column),
    className: sort?.key === key ? 'matrix-header matrix-header-sorted' : 'matrix-header',
    onClick: () => onSort(key),
    onKeyDown: (event: KeyboardEvent) => onKey(event, () => onSort(key)),
    onFocus: (event: { currentTarget: Element }) => {
      roving.onMarkFocus(0, column);
      if (tooltip) show(`h:${key}`, event.currentTarget, tooltip);
    },
    onBlur: () => hide(`h:${key}`),
    onMouseEnter: (event: { currentTarget: Element }) => tooltip && show(`h:${key}`, event.currentTarget, tooltip),
    onMouseLeave: () => hide(`h:${key}`),
  });

  return (
    <div className="heatmap matrix-chart" ref={container} onKeyDown={roving.onKeyDown}>
      {/* Scrolls sideways on narrow screens; the tooltip stays outside so it is never clipped. */}
      <div className="heatmap-scroll">
        <svg
          width={width}
          height={layout.height}
          viewBox={`0 0 ${width} ${layout.height}`}
          role="grid"
          aria-label={label}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length + 1}
          className="heatmap-svg"
          fontFamily="system-ui, sans-serif"
        >
          <defs>
            <HatchPattern id={hatch} />
          </defs>
          <g role="row" aria-rowindex={1}>
            <g {...headerProps(SORT_TECHNOLOGY, rowHeader, 0, null)}>
              <rect x={4} y={headerTop} width={layout.margin.left - 10} height={headerBottom - headerTop} rx={3} className="matrix-header-box" />
              <text x={layout.margin.left - 12 - arrowWidth} y={headerBottom - 10} textAnchor="end" fontSize={fontSize} fontWeight={700} fill={INK}>
                {rowHeader}
              </text>
              <SortArrow x={layout.margin.left - 6 - arrowWidth / 2} y={headerBottom - 15} direction={sort?.key === SORT_TECHNOLOGY ? sort.direction : null} />
            </g>
            {columns.map((column, index) => {
              const x = layout.x(column.key) ?? 0;
              const lines = layout.headerLines.get(column.key) ?? [column.label];
              const centre = x + (bandWidth - arrowWidth) / 2 + 2;
              return (
                <g key={column.key} {...headerProps(column.key, column.label, index + 1, column.tooltip)}>
                  <rect x={x} y={headerTop} width={bandWidth} height={headerBottom - headerTop} rx={3} className="matrix-header-box" />
                  <text textAnchor="middle" fontSize={fontSize} fontWeight={600} fill={INK}>
                    {lines.map((line, lineIndex) => (
                      <tspan key={lineIndex} x={centre} y={headerBottom - 10 - (lines.length - 1 - lineIndex) * lineHeight}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  <SortArrow x={x + bandWidth - arrowWidth / 2 - 2} y={headerBottom - 15} direction={sort?.key === column.key ? sort.direction : null} />
                </g>
              );
            })}
          </g>
          {rows.map((row, rowIndex) => {
            const y = layout.y(row.key) ?? 0;
            const composite = byKey.get(cellKey(row.key, columns[0]?.key ?? ''));
            return (
              <g key={row.key} role="row" aria-rowindex={rowIndex + 2}>
                <g
                  role="rowheader"
                  className="matrix-rowheader"
                  data-roving={`${rowIndex + 1}:0`}
                  tabIndex={roving.tabIndexOf(rowIndex + 1, 0)}
                  onFocus={() => roving.onMarkFocus(rowIndex + 1, 0)}
                  onKeyDown={(event) => onKey(event, () => composite && onActivate(composite))}
                >
                  <rect x={4} y={y} width={layout.margin.left - 10} height={bandHeight} rx={3} className="matrix-header-box" />
                  <text x={layout.margin.left - 12} y={y + bandHeight / 2} dy="0.35em" textAnchor="end" fontSize={fontSize} fill={INK}>
                    {row.label}
                  </text>
                </g>
                {columns.map((column, columnIndex) => {
                  const cell = byKey.get(cellKey(row.key, column.key));
                  const key = cellKey(row.key, column.key);
                  const x = layout.x(column.key) ?? 0;
                  const colour = cell && cell.value !== null ? asymmetryColor(cell.value) : null;
                  return (
                    <g
                      key={column.key}
                      role="gridcell"
                      className="heatmap-cell heatmap-cell-active"
                      data-roving={`${rowIndex + 1}:${columnIndex + 1}`}
                      tabIndex={roving.tabIndexOf(rowIndex + 1, columnIndex + 1)}
                      aria-label={cell?.ariaLabel ?? `${row.label}, ${column.label}: ${legend.noData}`}
                      aria-describedby={tip?.key === key ? tipId : undefined}
                      onFocus={(event) => {
                        roving.onMarkFocus(rowIndex + 1, columnIndex + 1);
                        if (cell) show(key, event.currentTarget, cell.tooltip);
                      }}
                      onBlur={() => hide(key)}
                      onMouseEnter={(event) => cell && show(key, event.currentTarget, cell.tooltip)}
                      onMouseLeave={() => hide(key)}
                      onClick={() => cell && onActivate(cell)}
                      onKeyDown={(event) => onKey(event, () => cell && onActivate(cell))}
                    >
                      <rect
                        x={x}
                        y={y}
                        width={bandWidth}
                        height={bandHeight}
                        rx={3}
                        fill={colour ?? `url(#${hatch})`}
                        fillOpacity={cell?.muted ? 0.55 : 1}
                      />
                      <text
                        x={x + bandWidth / 2}
                        y={y + bandHeight / 2}
                        dy="0.35em"
                        textAnchor="middle"
                        fontSize={fontSize}
                        fontWeight={colour && !cell?.muted ? 600 : 400}
                        fontStyle={cell?.muted ? 'italic' : undefined}
                        fill={colour && !cell?.muted ? textColorOn(colour) : colour ? INK : MUTED_INK}
                      >
                        {cell?.text ?? '–'}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
          <AsymmetryLegendGroup labels={legend} x={layout.margin.left - 8} y={layout.height - LEGEND_SIZE.height} idPrefix={id} />
        </svg>
      </div>
      <ChartTooltip id={tipId} tip={tip} />
    </div>
  );
}
