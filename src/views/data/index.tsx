/** The Data view: files loaded, validation report, coverage and provenance of every value. */
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { CoverageMatrix } from './CoverageMatrix';
import './data.css';
import { formatNumber } from '../../i18n/format';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ViewHeader } from '../../app/ViewHeader';
import { FilesTable } from './FilesTable';
import { ValidationReport } from './ValidationReport';
import { ProvenanceTable } from './ProvenanceTable';
import '../../i18n/register/data';

export default function DataView() {
  const t = useT();
  const locale = useLocale();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  if (!dataset) {
    return (
      <>
        <ValidationReport dataset={null} />
        <p className="empty-state">{t('data.noDataset')}</p>
      </>
    );
  }
  return (
    <div className="data-view">
      <ViewHeader title={t('data.title')} />
      <p className="summary">
        {t('data.summary', {
          values: formatNumber(dataset.values.length, locale, 0),
          countries: dataset.countries.length,
          technologies: dataset.technologies.length,
          indicators: dataset.indicators.length,
          sources: dataset.sources.length,
        })}
      </p>
      <FilesTable dataset={dataset} />
      <ValidationReport dataset={dataset} />
      {analysis.status === 'ok' ? <CoverageMatrix dataset={dataset} result={analysis.result} /> : null}
      <ProvenanceTable dataset={dataset} />
    </div>
  );
}
