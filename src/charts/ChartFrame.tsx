/**
 * The frame every chart sits in: title, the chart, its data table as a text alternative (one
 * click away), and the chart's actions. Keeping these here means every chart gets the same
 * exports and alternatives without repeating them.
 *
 * A hidden table stays in the accessibility tree up to {@link HIDDEN_TABLE_MAX_ROWS} rows.
 * Above that (the overview at 20 countries × 64 technologies: ~1,000 rows, 11k nodes) it is
 * rendered only when shown, and screen readers find a line saying how many rows it has and
 * which button shows it: re-rendering thousands of invisible cells on every slider move made
 * parameter changes visibly stutter.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../app/i18n-hooks';
import { DataTable, type DataTableSpec } from './DataTable';
import { ChartActions } from './ChartActions';

/** Largest data table kept rendered (for screen readers) while hidden. */
export const HIDDEN_TABLE_MAX_ROWS = 300;

interface Props {
  /** Stable id used in export file names (e.g. `ranking-CHN`). */
  exportName: string;
  /** Title shown above the chart (and in exports). */
  title: string;
  /** One line saying how to read the chart. */
  subtitle?: string;
  /** The data behind the chart. */
  table: DataTableSpec;
  /** The chart itself. */
  children: ReactNode;
  /** Notes under the chart (sources, flags). */
  footer?: ReactNode;
}

export function ChartFrame({ exportName, title, subtitle, table, children, footer }: Props) {
  const t = useT();
  const id = useId();
  const figure = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  return (
    <figure className="chart-frame card" aria-labelledby={`${id}-title`}>
      <div className="chart-frame-header">
        <div>
          <h3 id={`${id}-title`}>{title}</h3>
          {subtitle ? <p className="help">{subtitle}</p> : null}
        </div>
        <div className="chart-frame-actions">
          <button type="button" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable(!showTable)}>
            {t(showTable ? 'chart.hideTable' : 'chart.showTable')}
          </button>
          <ChartActions exportName={exportName} title={title} figure={figure} table={table} />
        </div>
      </div>
      <div className="chart-frame-body" ref={figure}>
        {children}
      </div>
      <div id={`${id}-table`} className={showTable ? 'chart-table' : 'chart-table visually-hidden'}>
        {showTable || table.rows.length <= HIDDEN_TABLE_MAX_ROWS ? (
          <DataTable spec={table} focusable={showTable} />
        ) : (
          <p>{t('chart.tableOnRequest', { count: table.rows.length })}</p>
        )}
      </div>
      {footer ? <figcaption className="chart-footer">{footer}</figcaption> : null}
    </figure>
  );
}
