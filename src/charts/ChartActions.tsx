/**
 * A chart's exports: SVG (standalone file), PNG at twice the chart's size, and the data table
 * as CSV. The work happens in src/export; this component only wires buttons to it and says
 * plainly when an export fails.
 */
import { useState, type RefObject } from 'react';
import type { DataTableSpec } from './DataTable';
import { useT } from '../app/i18n-hooks';
import { useReadOnly } from '../store/store';
import { downloadBlob, downloadText, fileSlug } from '../export/download';

// The exporters load on first use: a chart that is only looked at does not carry them.
const chartFigure = () => import('../export/chart-figure');
const chartPng = () => import('../export/chart-png');
const tableSpecCsv = async () => (await import('../export/table-spec-csv')).tableSpecCsv;

interface Props {
  /** Stable id used in file names. */
  exportName: string;
  /** Chart title (in the files and the buttons' accessible names). */
  title: string;
  /** The element the chart is drawn in. */
  figure: RefObject<HTMLDivElement | null>;
  /** The data behind the chart. */
  table: DataTableSpec;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ChartActions({ exportName, title, figure, table }: Props) {
  const t = useT();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = fileSlug(exportName);
  const readOnly = useReadOnly();

  const run = async (work: () => Promise<void> | void) => {
    setFailure(null);
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setFailure(reasonOf(error));
    } finally {
      setBusy(false);
    }
  };
  const drawn = async () => {
    if (!figure.current) throw new Error('the chart is not drawn yet');
    return (await chartFigure()).chartSvgFromFigure(figure.current, title);
  };

  // A briefing slide shows the chart, not its controls.
  if (readOnly) return null;
  return (
    <>
      <button
        type="button"
        aria-label={t('export.chart.svgName', { title })}
        disabled={busy}
        onClick={() => void run(async () => downloadText((await drawn()).text, `${name}.svg`, 'image/svg+xml'))}
      >
        {t('export.chart.svg')}
      </button>
      <button
        type="button"
        aria-label={t('export.chart.pngName', { title })}
        disabled={busy}
        onClick={() =>
          void run(async () => {
            const svg = await drawn();
            downloadBlob(await (await chartPng()).svgToPng(svg.text, svg.width, svg.height), `${name}.png`);
          })
        }
      >
        {t('export.chart.png')}
      </button>
      <button
        type="button"
        aria-label={t('export.chart.csvName', { title })}
        onClick={() => void run(async () => downloadText((await tableSpecCsv())(table), `${name}.csv`, 'text/csv', { bom: true }))}
      >
        {t('export.chart.csv')}
      </button>
      {failure ? (
        <p className="chart-export-failure" role="alert">
          {t('export.chart.failed', { reason: failure })}
        </p>
      ) : null}
    </>
  );
}
