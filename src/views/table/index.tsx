/**
 * Comparison table (KCS 2024 layout): the side's members | comparison axis | rivals, for the
 * technology in focus, every indicator grouped by pillar, each rival cell tinted by a_i of the
 * side-vs-rival comparison, numbered sources under the table and the composite per rival.
 */
import { memo, useMemo, useState } from 'react';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import { downloadText, fileSlug } from '../../export/download';
import { tableCsv } from '../../export/table-csv';
import { localName } from '../../i18n/names';
import type { Dataset } from '../../model/dataset';
import type { AnalysisResult } from '../../model/results';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { buildComparisonTable, effectiveRivals } from './build-table';
import { ComparisonTable } from './ComparisonTable';
import { actorName } from './names';
import { SourceFootnotes } from './SourceFootnotes';
import { TableControls } from './TableControls';
import { TableLegend } from './TableLegend';
import './table.css';
import '../../i18n/register/table';

export default function TableView() {
  const t = useT();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  if (!dataset || analysis.status === 'no-dataset') {
    return (
      <>
        <ViewHeader title={t('table.title')} />
        <p className="empty-state">{t('table.empty.noDataset')}</p>
      </>
    );
  }
  if (analysis.status === 'invalid') {
    return (
      <>
        <ViewHeader title={t('table.title')} />
        <div className="empty-state" role="alert">
          <p>{t('table.empty.invalid')}</p>
          <ul>
            {analysis.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      </>
    );
  }
  return <TableBody dataset={dataset} result={analysis.result} />;
}

/** Memoised: a parameter change first re-renders the view with the previous analysis (useDeferredValue); same props, nothing to redo. */
const TableBody = memo(function TableBody({ dataset, result }: { dataset: Dataset; result: AnalysisResult }) {
  const t = useT();
  const locale = useLocale();
  const selected = useAppStore((state) => state.technology);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const technology = dataset.technologies.some((item) => item.id === selected) ? selected! : (dataset.technologies[0]?.id ?? '');
  const rivals = effectiveRivals(result, chosen);
  const rivalKey = rivals.join('|');
  const model = useMemo(
    () => (technology ? buildComparisonTable(dataset, result, technology, rivalKey ? rivalKey.split('|') : []) : null),
    [dataset, result, technology, rivalKey],
  );
  const technologyName = localName(dataset.technologies.find((item) => item.id === technology), locale, technology);
  const sideName = actorName(dataset, result.side.members, locale);
  const caption = t('table.caption', { technology: technologyName, side: sideName, year: model?.year ?? result.year });
  const download = () => {
    if (!model) return;
    const csv = tableCsv(model, { dataset, locale, t, parameters: result.parameters });
    downloadText(csv, `comparison-${fileSlug(technology)}-${fileSlug(result.side.label)}-${model.year}.csv`, 'text/csv', { bom: true });
  };
  const canDownload = model !== null && !model.empty;
  return (
    <div className="compare-view">
      <ViewHeader
        title={t('table.title')}
        subtitle={t('table.subtitle')}
        actions={
          <button type="button" onClick={download} disabled={!canDownload}>
            {t('table.downloadCsv')}
          </button>
        }
      />
      <TableControls dataset={dataset} result={result} technology={technology} rivals={rivals} onRivalsChange={setChosen} />
      {result.rivals.length === 0 ? (
        <p className="empty-state">{t('table.empty.noRivals')}</p>
      ) : !model ? (
        <p className="empty-state">{t('table.empty.noTechnology')}</p>
      ) : model.empty ? (
        <p className="empty-state">{t('table.empty.noValues', { technology: technologyName, id: technology, side: result.side.members.join(', ') })}</p>
      ) : (
        <section className="card compare-card">
          {rivals.length === 0 ? <p className="help">{t('table.empty.noRivalChosen')}</p> : null}
          <ComparisonTable model={model} dataset={dataset} caption={caption} />
          <TableLegend staleness={model.staleness} sideName={sideName} />
          {result.parameters.year === null && model.rivals.some((rival) => rival.year !== model.year) ? (
            <p className="help">{t('table.yearsDiffer', { year: model.year })}</p>
          ) : null}
          <SourceFootnotes notes={model.footnotes} />
        </section>
      )}
    </div>
  );
});
