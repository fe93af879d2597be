/** A plain data table: the text alternative behind a chart, and the source of its CSV export. */
import { memo } from 'react';

/** A column of a {@link DataTableSpec}. */
export interface DataColumn {
  /** Key in each row. */
  key: string;
  /** Header text. */
  label: string;
  /** Right-align (numbers). */
  numeric?: boolean;
}

/** The data behind a chart, already formatted for reading. */
export interface DataTableSpec {
  /** Caption (what the table shows). */
  caption: string;
  /** Columns. */
  columns: DataColumn[];
  /** Rows: display text per column key. */
  rows: Record<string, string | number>[];
}

type Row = Record<string, string | number>;

/** Same cells: every column's key, alignment and text. */
function sameRow(a: { row: Row; columns: DataColumn[] }, b: { row: Row; columns: DataColumn[] }): boolean {
  if (a.columns.length !== b.columns.length) return false;
  return a.columns.every((column, index) => {
    const other = b.columns[index]!;
    return column.key === other.key && column.numeric === other.numeric && a.row[column.key] === b.row[column.key];
  });
}

/**
 * One row, memoised on what it shows: a chart's table can have a thousand rows (the overview
 * at 20 countries × 64 technologies) and a parameter change alters only some of them.
 */
const DataRow = memo(function DataRow({ row, columns }: { row: Row; columns: DataColumn[] }) {
  return (
    <tr>
      {columns.map((column) => (
        <td key={column.key} className={column.numeric ? 'num' : undefined}>
          {row[column.key] ?? ''}
        </td>
      ))}
    </tr>
  );
}, sameRow);

/**
 * `focusable`: the scroll box is a Tab stop (a wide table can then be scrolled from the keyboard);
 * false while the table is only there for screen readers, so the keyboard never lands on
 * something invisible.
 */
export function DataTable({ spec, focusable = true }: { spec: DataTableSpec; focusable?: boolean }) {
  return (
    <div className="table-scroll" tabIndex={focusable ? 0 : undefined} role="region" aria-label={spec.caption}>
      <table className="data-table">
        <caption className="visually-hidden">{spec.caption}</caption>
        <thead>
          <tr>
            {spec.columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row, index) => (
            <DataRow key={index} row={row} columns={spec.columns} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
