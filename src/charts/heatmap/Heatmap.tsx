/**
 * A heatmap of asymmetries drawn as React SVG over d3 band scales: one coloured cell per
 * row × column (diverging colour centred on parity, text colour chosen for contrast), hatched
 * cells for missing values, the legend under the grid, one tooltip, and roving keyboard focus
 * (one Tab stop; arrows move; Enter or Space activates a cell).
 */
import { useId, useMemo, type KeyboardEvent } from 'react';
import { asymmetryColor, textColorOn } from '../colors';
import { AsymmetryLegendGroup, HatchPattern, LEGEND_SIZE, type LegendLabels } from './AsymmetryLegend';
import { ChartTooltip } from './ChartTooltip';
import { heatmapLayout } from './layout';
import { useRovingGrid } from './roving';
import { useChartTooltip, type TooltipContent } from './tooltip';
import './heatmap.css';

/** A row or column of the heatmap. */
export interface HeatmapAxisItem {
  /** Stable key. */
  key: string;
  /** Label drawn beside the grid. */
  label: string;
}

/** One cell. */
export interface HeatmapCell {
  /** Row key. */
  row: string;
  /** Column key. */
  column: string;
  /** Value in [−1, 1] (colour), or null when missing (hatched). */
  value: number | null;
  /** Text drawn in the cell (e.g. "+0.33", or the "no data" label). */
  text: string;
  /** What a screen reader announces for the cell. */
  ariaLabel: string;
  /** Tooltip. */
  tooltip: TooltipContent;
}

interface Props {
  /** Accessible name of the chart. */
  label: string;
  /** Rows, top to bottom. */
  rows: HeatmapAxisItem[];
  /** Columns, left to right. */
  columns: HeatmapAxisItem[];
  /** Cells (missing combinations are drawn as empty hatched cells). */
  cells: HeatmapCell[];
  /** Legend labels. */
  legend: LegendLabels;
  /** Called on click, Enter or Space on a cell. */
  onActivate?: (cell: HeatmapCell) => void;
  /**
   * The |value| drawn at full colour (default 1: values are asymmetries in [−1, 1]). Charts of
   * smaller quantities (a partner's ΔA) pass their own so the colours stay readable; the
   * legend's ticks follow.
   */
  scale?: number;
}

function cellKey(row: string, column: string): string {
  return `${row}\u0000${column}`;
}

export function Heatmap({ label, rows, columns, cells, legend, onActivate, scale = 1 }: Props) {
  const rawId = useId();
  const id = rawId.replace(/[^a-zA-Z0-9_-]/g, '');
  const layout = useMemo(() => heatmapLayout(rows, columns, { bottom: LEGEND_SIZE.height + 16 }), [rows, columns]);
  const byKey = useMemo(() => new Map(cells.map((cell) => [cellKey(cell.row, cell.column), cell])), [cells]);
  const { container, tip, show, hide } = useChartTooltip<HTMLDivElement>();
  const roving = useRovingGrid<HTMLDivElement>(rows.length, columns.length, container);
  const hatch = `${id}-hatch`;
  const tipId = `${id}-tip`;
  const width = Math.max(layout.width, LEGEND_SIZE.width + layout.margin.left);

  const activate = (cell: HeatmapCell | undefined) => {
    if (cell && onActivate) onActivate(cell);
  };
  const onCellKey = (event: KeyboardEvent, cell: HeatmapCell | undefined) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(cell);
    } else if (event.key === 'Escape') hide();
  };

  return (
    <div
      className="heatmap"
      ref={container}
      onKeyDown={roving.onKeyDown}
    >
      {/* Scrolls sideways on narrow screens; the tooltip stays outside so it is never clipped. */}
      <div className="heatmap-scroll">
        <svg
          width={width}
          height={layout.height}
          viewBox={`0 0 ${width} ${layout.height}`}
          role="group"
          aria-label={label}
          className="heatmap-svg"
          fontFamily="system-ui, sans-serif"
        >
          <defs>
            <HatchPattern id={hatch} />
          </defs>
          {columns.map((column) => (
            <text
              key={column.key}
              x={(layout.x(column.key) ?? 0) + layout.x.bandwidth() / 2}
              y={layout.margin.top - 10}
              textAnchor="middle"
              fontSize={14}
              fontWeight={600}
              fill="#1b2330"
            >
              {column.label}
            </text>
          ))}
          {rows.map((row, rowIndex) => {
            const y = layout.y(row.key) ?? 0;
            return (
              <g key={row.key}>
                <text x={layout.margin.left - 10} y={y + layout.y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize={14} fill="#1b2330">
                  {row.label}
                </text>
                {columns.map((column, columnIndex) => {
                  const cell = byKey.get(cellKey(row.key, column.key));
                  const key = cellKey(row.key, column.key);
                  const x = layout.x(column.key) ?? 0;
                  const fill = cell && cell.value !== null ? asymmetryColor(cell.value / scale) : `url(#${hatch})`;
                  const ink = cell && cell.value !== null ? textColorOn(asymmetryColor(cell.value / scale)) : '#4f5b6b';
                  return (
                    <g
                      key={column.key}
                      className={onActivate ? 'heatmap-cell heatmap-cell-active' : 'heatmap-cell'}
                      data-roving={`${rowIndex}:${columnIndex}`}
                      tabIndex={roving.tabIndexOf(rowIndex, columnIndex)}
                      role={onActivate ? 'button' : 'img'}
                      aria-label={cell?.ariaLabel ?? `${row.label}, ${column.label}: ${legend.noData}`}
                      aria-describedby={tip?.key === key ? tipId : undefined}
                      onFocus={(event) => {
                        roving.onMarkFocus(rowIndex, columnIndex);
                        if (cell) show(key, event.currentTarget, cell.tooltip);
                      }}
                      onBlur={() => hide(key)}
                      onMouseEnter={(event) => cell && show(key, event.currentTarget, cell.tooltip)}
                      onMouseLeave={() => hide(key)}
                      onClick={() => activate(cell)}
                      onKeyDown={(event) => onCellKey(event, cell)}
                    >
                      <rect x={x} y={y} width={layout.x.bandwidth()} height={layout.y.bandwidth()} fill={fill} rx={3} />
                      <text
                        x={x + layout.x.bandwidth() / 2}
                        y={y + layout.y.bandwidth() / 2}
                        dy="0.35em"
                        textAnchor="middle"
                        fontSize={14}
                        fontWeight={cell && cell.value !== null ? 600 : 400}
                        fill={ink}
                      >
                        {cell?.text ?? legend.noData}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
          <AsymmetryLegendGroup labels={legend} x={layout.margin.left - 8} y={layout.height - LEGEND_SIZE.height} idPrefix={id} scale={scale} />
        </svg>
      </div>
      <ChartTooltip id={tipId} tip={tip} />
    </div>
  );
}
