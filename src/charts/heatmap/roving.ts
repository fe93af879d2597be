/**
 * Keyboard movement across the marks of a chart with a single tab stop (the "roving tabindex"
 * pattern of WAI-ARIA grids): Tab enters the chart at the last focused mark, arrow keys move
 * between marks, Home/End jump to the ends of a row (with Ctrl: of the whole grid). A chart of
 * 64 technologies × 12 indicators stays one Tab away from the next control.
 *
 * Marks carry `data-roving="row:column"`; the hook finds them inside `container`.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** A position in the grid of marks. */
export interface GridPosition {
  /** Row index (0-based). */
  row: number;
  /** Column index (0-based). */
  column: number;
}

/** The neighbour of `from` that `key` moves to, or null when the key does not move focus. */
export function nextPosition(key: string, from: GridPosition, rows: number, columns: number, ctrl = false): GridPosition | null {
  if (rows <= 0 || columns <= 0) return null;
  const clampRow = (row: number) => Math.min(rows - 1, Math.max(0, row));
  const clampColumn = (column: number) => Math.min(columns - 1, Math.max(0, column));
  switch (key) {
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), column: from.column };
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), column: from.column };
    case 'ArrowLeft':
      return { row: from.row, column: clampColumn(from.column - 1) };
    case 'ArrowRight':
      return { row: from.row, column: clampColumn(from.column + 1) };
    case 'Home':
      return ctrl ? { row: 0, column: 0 } : { row: from.row, column: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, column: columns - 1 } : { row: from.row, column: columns - 1 };
    case 'PageUp':
      return { row: clampRow(from.row - 10), column: from.column };
    case 'PageDown':
      return { row: clampRow(from.row + 10), column: from.column };
    default:
      return null;
  }
}

/** What {@link useRovingGrid} gives a chart. */
export interface RovingGrid<E extends Element> {
  /** Attach to the element that contains the marks. */
  container: RefObject<E | null>;
  /** tabIndex of the mark at (row, column): 0 for the active mark, −1 for the others. */
  tabIndexOf: (row: number, column: number) => 0 | -1;
  /** Call from a mark's onFocus: it becomes the active mark. */
  onMarkFocus: (row: number, column: number) => void;
  /** Attach to the container's onKeyDown. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/** Roving focus over a rows × columns grid of marks. */
export function useRovingGrid<E extends Element>(
  rows: number,
  columns: number,
  sharedContainer?: RefObject<E | null>,
): RovingGrid<E> {
  const ownContainer = useRef<E | null>(null);
  // A chart that also has a tooltip passes one ref for both, so one element serves both hooks.
  const container = sharedContainer ?? ownContainer;
  const [active, setActive] = useState<GridPosition>({ row: 0, column: 0 });
  // Keep the active mark inside the grid when the grid shrinks (fewer technologies, …).
  const row = Math.min(active.row, Math.max(0, rows - 1));
  const column = Math.min(active.column, Math.max(0, columns - 1));
  const tabIndexOf = useCallback((r: number, c: number) => (r === row && c === column ? 0 : -1), [row, column]);
  const onMarkFocus = useCallback((r: number, c: number) => {
    setActive((current) => (current.row === r && current.column === c ? current : { row: r, column: c }));
  }, []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const target = (event.target as Element).closest('[data-roving]');
      const at = target?.getAttribute('data-roving')?.split(':').map(Number);
      const from = at && at.length === 2 ? { row: at[0]!, column: at[1]! } : { row, column };
      const next = nextPosition(event.key, from, rows, columns, event.ctrlKey || event.metaKey);
      if (!next) return;
      event.preventDefault();
      const mark = container.current?.querySelector<HTMLElement | SVGElement>(`[data-roving="${next.row}:${next.column}"]`);
      mark?.focus();
    },
    [row, column, rows, columns, container],
  );
  return { container, tabIndexOf, onMarkFocus, onKeyDown };
}
