/**
 * The Overview (landing view): the briefing headline. A summary sentence per rival, each
 * rival's technologies as headline cards by class, and the technology × rival heatmap of A.
 */
import { useMemo } from 'react';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { buildOverview } from './overview-series';
import { summarySentence } from './summary';
import { ClassCards } from './ClassCards';
import { OverviewHeatmap } from './OverviewHeatmap';
import { AnalysisProblem } from './AnalysisProblem';
import './overview.css';

/** Above this many chips the rival cards render only near the viewport (see ClassCards). */
const WINDOWED_CHIPS = 400;

export default function OverviewView() {
  const t = useT();
  const locale = useLocale();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  const result = analysis.status === 'ok' ? analysis.result : null;
  const series = useMemo(() => (result && dataset ? buildOverview(result, dataset, locale) : null), [result, dataset, locale]);

  const header = <ViewHeader title={t('overview.title')} subtitle={t('overview.subtitle')} />;
  if (!series || !result || !dataset) {
    return (
      <div className="overview-view">
        {header}
        <AnalysisProblem analysis={analysis} />
      </div>
    );
  }
  const { horizon, maxYears, parityBand } = result.parameters;
  const years = series.rivals.flatMap((rival) => (rival.years ? [rival.years.min, rival.years.max] : []));
  const minYear = years.length > 0 ? Math.min(...years) : series.year;
  const chips = series.rivals.reduce((sum, rival) => sum + rival.classes.reduce((count, group) => count + group.chips.length, 0), 0);
  return (
    <div className="overview-view">
      {header}
      <p className="overview-context">
        {t('overview.context', {
          side: series.sideName,
          label: series.sideLabel,
          rivals: series.rivals.map((rival) => rival.name).join(locale === 'ja' ? '、' : ', ') || t('common.none'),
          year: series.year,
          range: minYear < series.year ? t('overview.yearRange', { min: minYear, max: series.year }) : '',
          h: horizon,
          hmax: maxYears,
        })}
      </p>
      {series.rivals.length === 0 ? (
        <p className="empty-state">{t('overview.noRivals')}</p>
      ) : (
        <>
          <section className="card overview-summary" aria-labelledby="overview-summary-title">
            <h3 id="overview-summary-title" className="visually-hidden">
              {t('overview.summaryTitle')}
            </h3>
            {series.rivals.map((rival) => (
              <p key={rival.rival} className="overview-sentence">
                {summarySentence(series, rival, t)}
              </p>
            ))}
          </section>
          <h3 className="visually-hidden">{t('overview.classesTitle')}</h3>
          <div className="overview-rivals" style={{ gridTemplateColumns: `repeat(${Math.min(series.rivals.length, 3)}, minmax(0, 1fr))` }}>
            {series.rivals.map((column) => (
              <ClassCards
                key={column.rival}
                column={column}
                sideName={series.sideName}
                horizon={horizon}
                maxYears={maxYears}
                parityBand={parityBand}
                dataset={dataset}
                windowed={chips > WINDOWED_CHIPS}
              />
            ))}
          </div>
          <OverviewHeatmap series={series} dataset={dataset} horizon={horizon} maxYears={maxYears} />
        </>
      )}
    </div>
  );
}
