/**
 * Coverage matrix: country × technology × indicator, present / stale / missing in the year each
 * technology is assessed. Where the public record is thin, this is where it shows.
 */
import { useMemo } from 'react';
import type { Dataset } from '../../model/dataset';
import type { AnalysisResult } from '../../model/results';
import { localName } from '../../i18n/names';
import { useLocale, useT } from '../../app/i18n-hooks';
import { buildCoverage, type CoverageCell } from './coverage';

const OPEN_ALL_BELOW = 150;

/** The assessment year of each technology: the latest over the rivals assessed. */
function technologyYears(result: AnalysisResult): Map<string, number> {
  const years = new Map<string, number>();
  for (const rival of result.rivals) {
    for (const assessment of rival.technologies) {
      const { year } = assessment;
      years.set(assessment.technology, Math.max(years.get(assessment.technology) ?? year, year));
    }
  }
  return years;
}

const SYMBOL: Record<CoverageCell['status'], string> = { present: '●', stale: '◐', missing: '○' };

export function CoverageMatrix({ dataset, result }: { dataset: Dataset; result: AnalysisResult }) {
  const t = useT();
  const locale = useLocale();
  const staleness = result.parameters.staleness;
  const coverage = useMemo(() => {
    const years = technologyYears(result);
    return buildCoverage(dataset, (technology) => (technology ? (years.get(technology) ?? result.year) : result.year), staleness);
  }, [dataset, result, staleness]);
  const indicatorName = (id: string) => localName(dataset.indicators.find((item) => item.id === id), locale, id);
  const technologyName = (id: string | null) =>
    id ? localName(dataset.technologies.find((item) => item.id === id), locale, id) : t('data.coverageCountryScope');
  const groups = new Map<string | null, typeof coverage.rows>();
  for (const row of coverage.rows) groups.set(row.technology, [...(groups.get(row.technology) ?? []), row]);
  const openAll = coverage.rows.length <= OPEN_ALL_BELOW;
  const statusLabel = (status: CoverageCell['status']) => t(`common.${status}`);

  return (
    <section className="card coverage" aria-labelledby="coverage-title">
      <h3 id="coverage-title">{t('data.coverage', { year: result.year })}</h3>
      <p className="help">{t('data.coverageHelp', { staleness })}</p>
      <p className="coverage-legend">
        <span className="coverage-present">● {t('common.present')}</span>{' '}
        <span className="coverage-stale">◐ {t('common.stale')}</span>{' '}
        <span className="coverage-missing">○ {t('common.missing')}</span> —{' '}
        {t('data.coverageCounts', coverage.counts)}
      </p>
      {[...groups.entries()].map(([technology, rows]) => (
        <details key={technology ?? ''} open={openAll}>
          <summary>
            {technologyName(technology)} <span className="help">({rows[0]?.year})</span>
          </summary>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={technologyName(technology)}>
            <table className="data-table coverage-table">
              <caption className="visually-hidden">{technologyName(technology)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('data.coverageIndicator')}</th>
                  {coverage.countries.map((code) => (
                    <th key={code} scope="col" className="coverage-country">
                      {code}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.indicator}>
                    <th scope="row">{indicatorName(row.indicator)}</th>
                    {row.cells.map((cell) => (
                      <td
                        key={cell.country}
                        className={`coverage-cell coverage-${cell.status}`}
                        title={`${cell.country} · ${indicatorName(row.indicator)}: ${statusLabel(cell.status)}${cell.year !== null ? ` (${cell.year})` : ''}`}
                      >
                        <span aria-hidden="true">{SYMBOL[cell.status]}</span>
                        <span className="visually-hidden">{statusLabel(cell.status)}</span>
                        {cell.status === 'stale' ? <span className="coverage-year">{cell.year}</span> : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </section>
  );
}
