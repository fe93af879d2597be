/**
 * "Export rankings (CSV)": every rival's ranking for the current side and parameters, with
 * exactly the columns and numbers of the CLI (both call rankingsCsv).
 */
import { rankingsCsv } from '../export/rankings-csv';
import { downloadText, fileSlug } from '../export/download';
import { selectAnalysis, useAnalysis } from '../store/selectors';
import { useScopedStore } from '../store/store';
import { useT } from './i18n-hooks';

export function ExportRankingsButton() {
  const t = useT();
  const analysis = useAnalysis();
  const store = useScopedStore();
  const disabled = analysis.status !== 'ok';
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={() => {
        // The parameters of this moment, even if the views are still rendering the last change.
        const current = selectAnalysis(store.getState());
        if (current.status !== 'ok') return;
        const { result } = current;
        downloadText(rankingsCsv(result), `rankings-${fileSlug(result.side.label)}-${result.year}.csv`, 'text/csv');
      }}
    >
      {t('export.rankingsCsv')}
    </button>
  );
}
