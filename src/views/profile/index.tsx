/**
 * Profile: for the technology in focus, a radar of pillar scores (investment, talent, output,
 * industry, military, governance…) for each side member, the side and each rival, with the
 * normalisation stated under the chart and a table of every value behind it.
 */
import { memo, useId, useState } from 'react';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatNumber } from '../../i18n/format';
import { localName } from '../../i18n/names';
import type { Dataset } from '../../model/dataset';
import type { AnalysisResult } from '../../model/results';
import { setTechnology } from '../../store/actions/selection';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { useAppStore, useReadOnly } from '../../store/store';
import { focusBlock, RivalSelect } from '../overview/RivalSelect';
import { buildProfile, type ProfileSeries } from './profile-series';
import { actorColors, profileActorName, profileTable } from './profile-text';
import { ProfileChart } from './ProfileChart';
import './profile.css';
import '../../i18n/register/profile';
import { createResultCache } from '../result-cache';
import { NoAnalysis } from '../NoAnalysis';

const profileCache = createResultCache<ProfileSeries | null>();

function cachedProfile(dataset: Dataset, result: AnalysisResult, technology: string, rival: string | null): ProfileSeries | null {
  return profileCache(result, `${dataset.id}\u0000${technology}\u0000${rival ?? ''}`, () => buildProfile(dataset, result, technology, rival));
}

export default function ProfileView() {
  const t = useT();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  if (!dataset || analysis.status !== 'ok') {
    return <NoAnalysis className="profile-view" title={t('profile.title')} analysis={analysis} noDatasetText={t('profile.empty.noDataset')} />;
  }
  return <ProfileBody dataset={dataset} result={analysis.result} />;
}

/** Memoised: a parameter change first re-renders the view with the previous analysis (useDeferredValue); same props, nothing to redo. */
const ProfileBody = memo(function ProfileBody({ dataset, result }: { dataset: Dataset; result: AnalysisResult }) {
  const t = useT();
  const locale = useLocale();
  const readOnly = useReadOnly();
  const technologyId = useId();
  const selected = useAppStore((state) => state.technology);
  const focusRival = useAppStore((state) => state.focusRival);
  const [hidden, setHidden] = useState<string[]>([]);
  const technology = dataset.technologies.find((item) => item.id === selected)?.id ?? dataset.technologies[0]?.id ?? '';
  const block = focusBlock(result, focusRival);
  const series = cachedProfile(dataset, result, technology, block?.rival.label ?? null);
  const technologyName = localName(dataset.technologies.find((item) => item.id === technology), locale, technology);
  const context = { dataset, locale, t };

  const controls = readOnly ? null : (
    <div className="profile-controls">
      <span className="inline-control">
        <label htmlFor={technologyId} className="control-label">
          {t('selection.technology')}
        </label>
        <select id={technologyId} value={technology} onChange={(event) => setTechnology(event.target.value)}>
          {dataset.technologies.map((item) => (
            <option key={item.id} value={item.id}>
              {localName(item, locale, item.id)}
            </option>
          ))}
        </select>
      </span>
      {result.rivals.length > 1 && block ? <RivalSelect result={result} dataset={dataset} value={block.rival.label} /> : null}
    </div>
  );

  let body;
  if (result.rivals.length === 0) body = <p className="empty-state">{t('profile.empty.noRivals')}</p>;
  else if (!series || series.empty || series.pillars.length === 0) {
    const codes = [...result.side.members, ...result.rivals.flatMap((item) => item.rival.members)].join(', ');
    body = <p className="empty-state">{t('profile.empty.noValues', { technology: technologyName, id: technology, codes })}</p>;
  } else {
    const colors = actorColors(series, dataset);
    const shown = series.actors.map((actor) => actor.key).filter((key) => !hidden.includes(key));
    const title = t('profile.chartTitle', { technology: technologyName, year: series.year });
    body = (
      <ChartFrame
        exportName={`profile-${technology}`}
        title={title}
        subtitle={t('profile.chartSubtitle')}
        table={profileTable(series, context)}
        footer={
          <p className="profile-normalisation">
            {t('profile.normalisation', { ratio: formatNumber(2 ** series.saturation, locale, 2), k: series.saturation, year: series.year })}
          </p>
        }
      >
        {readOnly ? null : (
          <fieldset className="profile-toggles">
            <legend>{t('profile.show')}</legend>
            {series.actors.map((actor) => (
              <label key={actor.key} className="picker-option">
                <input
                  type="checkbox"
                  checked={!hidden.includes(actor.key)}
                  onChange={() => setHidden(hidden.includes(actor.key) ? hidden.filter((key) => key !== actor.key) : [...hidden, actor.key])}
                />
                <span className="profile-swatch" style={{ background: colors[actor.key] }} aria-hidden="true" />
                {profileActorName(actor, context)}
              </label>
            ))}
          </fieldset>
        )}
        {series.pillars.length < 3 ? <p className="help">{t('profile.fewPillars', { count: series.pillars.length })}</p> : null}
        <ProfileChart series={series} dataset={dataset} shown={shown} colors={colors} label={title} />
      </ChartFrame>
    );
  }
  return (
    <div className="profile-view">
      <ViewHeader title={t('profile.title')} subtitle={t('profile.subtitle')} />
      {controls}
      {body}
    </div>
  );
});
