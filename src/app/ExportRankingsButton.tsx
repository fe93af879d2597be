/**
 * "Export rankings (CSV)": every rival's ranking for the current side and parameters, with
 * exactly the columns and numbers of the CLI (both call rankingsCsv).
 */
import { rankingsCsv } from '../export/rankings-csv';
import { downloadText, fileSlug } from '../export/download';
import { useAnalysis } from '../store/selectors';
import { useT } from './i18n-hooks';

export function ExportRankingsButton() {
  const t = useT();
  const analysis = useAnalysis();
  const disabled = analysis.status !== 'ok';
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={() => {
        if (analysis.status !== 'ok') return;
        const { result } = analysis;
        downloadText(rankingsCsv(result), `rankings-${fileSlug(result.side.label)}-${result.year}.csv`, 'text/csv');
      }}
    >
      {t('export.rankingsCsv')}
    </button>
  );
}
