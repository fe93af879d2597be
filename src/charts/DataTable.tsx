/** A plain data table: the text alternative behind a chart, and the source of its CSV export. */

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
            <tr key={index}>
              {spec.columns.map((column) => (
                <td key={column.key} className={column.numeric ? 'num' : undefined}>
                  {row[column.key] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
