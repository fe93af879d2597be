/**
 * What is being compared: the side, the rivals, the technology in focus and the assessment
 * year. Every change recomputes every view.
 */
import { localName } from '../../i18n/names';
import { setParameters } from '../../store/actions/parameters';
import { setTechnology } from '../../store/actions/selection';
import { datasetYears, useActiveDataset, useAnalysis } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useLocale, useT } from '../i18n-hooks';
import { CountryPicker } from './CountryPicker';
import { AssumptionsDrawer } from '../parameters/AssumptionsDrawer';
import { AnalysisNotes } from './AnalysisNotes';

export function SelectionBar() {
  const t = useT();
  const locale = useLocale();
  const dataset = useActiveDataset();
  const side = useAppStore((state) => state.parameters.side);
  const rivals = useAppStore((state) => state.parameters.rivals);
  const year = useAppStore((state) => state.parameters.year);
  const technology = useAppStore((state) => state.technology);
  const analysis = useAnalysis();
  if (!dataset) return null;
  const years = datasetYears(dataset);
  const resolvedYear = analysis.status === 'ok' ? analysis.result.year : years[0];
  const focusTechnology = technology ?? dataset.technologies[0]?.id ?? '';
  return (
    <>
    <div className="selection-bar" role="group" aria-label={t('selection.label')}>
      <CountryPicker
        label={t('selection.side')}
        countries={dataset.countries}
        selected={side}
        emptyText="—"
        onChange={(codes) => {
          if (codes.length > 0) setParameters({ side: codes, rivals: rivals.filter((code) => !codes.includes(code)) });
        }}
      />
      <span className="versus" aria-hidden="true">
        vs
      </span>
      <CountryPicker
        label={t('selection.rivals')}
        countries={dataset.countries}
        selected={rivals}
        emptyText={t('selection.allRivals')}
        disabled={side}
        onChange={(codes) => setParameters({ rivals: codes })}
      />
      <label className="inline-control">
        <span className="control-label">{t('selection.technology')}</span>
        <select value={focusTechnology} onChange={(event) => setTechnology(event.target.value)}>
          {dataset.technologies.map((item) => (
            <option key={item.id} value={item.id}>
              {localName(item, locale, item.id)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-control">
        <span className="control-label">{t('selection.year')}</span>
        <select
          value={year === null ? 'latest' : String(year)}
          onChange={(event) => setParameters({ year: event.target.value === 'latest' ? null : Number(event.target.value) })}
        >
          <option value="latest">{t('selection.yearLatest', { year: resolvedYear ?? '–' })}</option>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <AssumptionsDrawer />
    </div>
    <AnalysisNotes />
    </>
  );
}
