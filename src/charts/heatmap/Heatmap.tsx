/**
 * A heatmap of asymmetries drawn as React SVG over d3 band scales: one coloured cell per
 * row × column (diverging colour centred on parity, text colour chosen for contrast), hatched
 * cells for missing values, the legend under the grid, one tooltip, and roving keyboard focus
 * (one Tab stop; arrows move; Enter or Space activates a cell).
 */
import { memo, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { asymmetryColor, textColorOn } from '../colors';
import { AsymmetryLegendGroup, HatchPattern, LEGEND_SIZE, type LegendLabels } from './AsymmetryLegend';
import { ChartTooltip } from './ChartTooltip';
import { heatmapLayout, type HeatmapLayout } from './layout';
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
  /**
   * Tooltip, or a function that composes it when the cell is hovered or focused (a big chart's
   * thousand tooltips need not be written on every parameter change).
   */
  tooltip: TooltipContent | (() => TooltipContent);
}

function tooltipOf(cell: HeatmapCell): TooltipContent {
  return typeof cell.tooltip === 'function' ? cell.tooltip() : cell.tooltip;
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

/** The row's cell handlers, stable across renders (see Heatmap). */
interface RowEvents {
  focus: (rowIndex: number, columnIndex: number, key: string, target: Element) => void;
  enter: (key: string, target: Element) => void;
  leave: (key: string) => void;
  activate: (key: string) => void;
  keyDown: (event: KeyboardEvent, key: string) => void;
}

interface RowProps {
  row: HeatmapAxisItem;
  rowIndex: number;
  columns: HeatmapAxisItem[];
  /** The row's cells, one per column (undefined: missing). */
  cells: (HeatmapCell | undefined)[];
  layout: HeatmapLayout;
  scale: number;
  hatch: string;
  noData: string;
  active: boolean;
  /** Column of the roving Tab stop when it is in this row, else −1. */
  focusColumn: number;
  /** Key of the cell whose tooltip shows, when it is in this row. */
  tipKey: string | null;
  tipId: string;
  events: RowEvents;
}

/** Same drawing: a cell's tooltip is read when shown, so only what is drawn is compared. */
function sameRow(a: RowProps, b: RowProps): boolean {
  if (
    a.row !== b.row || a.rowIndex !== b.rowIndex || a.columns !== b.columns || a.layout !== b.layout || a.scale !== b.scale ||
    a.hatch !== b.hatch || a.noData !== b.noData || a.active !== b.active || a.focusColumn !== b.focusColumn ||
    a.tipKey !== b.tipKey || a.tipId !== b.tipId || a.events !== b.events || a.cells.length !== b.cells.length
  ) {
    return false;
  }
  return a.cells.every((cell, index) => {
    const other = b.cells[index];
    if (cell === other) return true;
    return cell !== undefined && other !== undefined && cell.value === other.value && cell.text === other.text && cell.ariaLabel === other.ariaLabel;
  });
}

const HeatmapRow = memo(function HeatmapRow({ row, rowIndex, columns, cells, layout, scale, hatch, noData, active, focusColumn, tipKey, tipId, events }: RowProps) {
  const y = layout.y(row.key) ?? 0;
  return (
    <g>
      <text x={layout.margin.left - 10} y={y + layout.y.bandwidth() / 2} dy="0.35em" textAnchor="end" fontSize={14} fill="#1b2330">
        {row.label}
      </text>
      {columns.map((column, columnIndex) => {
        const cell = cells[columnIndex];
        const key = cellKey(row.key, column.key);
        const x = layout.x(column.key) ?? 0;
        const fill = cell && cell.value !== null ? asymmetryColor(cell.value / scale) : `url(#${hatch})`;
        const ink = cell && cell.value !== null ? textColorOn(asymmetryColor(cell.value / scale)) : '#4f5b6b';
        return (
          <g
            key={column.key}
            className={active ? 'heatmap-cell heatmap-cell-active' : 'heatmap-cell'}
            data-roving={`${rowIndex}:${columnIndex}`}
            tabIndex={columnIndex === focusColumn ? 0 : -1}
            role={active ? 'button' : 'img'}
            aria-label={cell?.ariaLabel ?? `${row.label}, ${column.label}: ${noData}`}
            aria-describedby={tipKey === key ? tipId : undefined}
            onFocus={(event) => events.focus(rowIndex, columnIndex, key, event.currentTarget)}
            onBlur={() => events.leave(key)}
            onMouseEnter={(event) => events.enter(key, event.currentTarget)}
            onMouseLeave={() => events.leave(key)}
            onClick={() => events.activate(key)}
            onKeyDown={(event) => events.keyDown(event, key)}
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
              {cell?.text ?? noData}
            </text>
          </g>
        );
      })}
    </g>
  );
}, sameRow);

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

  // Rows are memoised (a parameter change redraws only the rows whose cells look different), so
  // their handlers are stable and read the latest cells and callbacks from here.
  const latest = useRef({ byKey, onActivate, show, hide, onMarkFocus: roving.onMarkFocus });
  useLayoutEffect(() => {
    latest.current = { byKey, onActivate, show, hide, onMarkFocus: roving.onMarkFocus };
  });
  const events = useMemo<RowEvents>(() => {
    const activate = (key: string) => {
      const { byKey: cells, onActivate: callback } = latest.current;
      const cell = cells.get(key);
      if (cell && callback) callback(cell);
    };
    return {
      focus: (rowIndex, columnIndex, key, target) => {
        latest.current.onMarkFocus(rowIndex, columnIndex);
        const cell = latest.current.byKey.get(key);
        if (cell) latest.current.show(key, target, tooltipOf(cell));
      },
      enter: (key, target) => {
        const cell = latest.current.byKey.get(key);
        if (cell) latest.current.show(key, target, tooltipOf(cell));
      },
      leave: (key) => latest.current.hide(key),
      activate,
      keyDown: (event, key) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          activate(key);
        } else if (event.key === 'Escape') latest.current.hide();
      },
    };
  }, []);

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
          {rows.map((row, rowIndex) => (
            <HeatmapRow
              key={row.key}
              row={row}
              rowIndex={rowIndex}
              columns={columns}
              cells={columns.map((column) => byKey.get(cellKey(row.key, column.key)))}
              layout={layout}
              scale={scale}
              hatch={hatch}
              noData={legend.noData}
              active={onActivate !== undefined}
              focusColumn={columns.findIndex((_, columnIndex) => roving.tabIndexOf(rowIndex, columnIndex) === 0)}
              tipKey={tip?.key.startsWith(`${row.key}\u0000`) ? tip.key : null}
              tipId={tipId}
              events={events}
            />
          ))}
          <AsymmetryLegendGroup labels={legend} x={layout.margin.left - 8} y={layout.height - LEGEND_SIZE.height} idPrefix={id} scale={scale} />
        </svg>
      </div>
      <ChartTooltip id={tipId} tip={tip} />
    </div>
  );
}
