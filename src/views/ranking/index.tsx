/**
 * Durable-advantage ranking: for the rival in focus, D per technology in rank order with class
 * colours, the "which advantages last" headline, and the Monte Carlo rank intervals (optional,
 * computed off the main thread).
 */
import { useMemo, useState } from 'react';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatPercent } from '../../i18n/format';
import { useSensitivity, type SensitivityState } from '../../store/sensitivity';
import type { Translate } from '../../i18n';
import { FocusRivalView, MissingTechnologies, useFocusRivalInputs } from '../focus/FocusRivalView';
import { buildRanking } from './ranking-series';
import { rankingHeadline, rankingTable, robustnessHeadline } from './ranking-text';
import { RankingChart } from './RankingChart';
import './ranking.css';
import '../../i18n/register/ranking';

function sensitivityStatus(state: SensitivityState, enabled: boolean, t: Translate, locale: 'en' | 'ja'): string {
  if (!enabled) return t('ranking.mc.off');
  switch (state.status) {
    case 'done':
      return t('ranking.mc.done', { draws: state.result.draws.toLocaleString(locale === 'ja' ? 'ja-JP' : 'en-US'), seed: state.result.seed });
    case 'error':
      return t('ranking.mc.error', { message: state.message });
    case 'running':
      return t('ranking.mc.running', { percent: formatPercent(state.total > 0 ? state.done / state.total : 0, locale) });
    default:
      return t('ranking.mc.running', { percent: formatPercent(0, locale) });
  }
}

export default function RankingView() {
  const t = useT();
  const locale = useLocale();
  const { inputs, analysis } = useFocusRivalInputs();
  const [monteCarlo, setMonteCarlo] = useState(true);
  const sensitivity = useSensitivity(monteCarlo && analysis.status === 'ok');
  const done = sensitivity.status === 'done' ? sensitivity.result : null;
  const series = useMemo(
    () => (inputs ? buildRanking(inputs.result, inputs.block, inputs.dataset, locale, done) : null),
    [inputs, locale, done],
  );
  const pending = monteCarlo && sensitivity.status !== 'done' && sensitivity.status !== 'error';
  const robust = done && series && inputs ? robustnessHeadline(series, done.draws, inputs.context) : null;
  return (
    <FocusRivalView className="ranking-view" title={t('ranking.title')} subtitle={t('ranking.subtitle')} analysis={analysis} inputs={inputs}>
      {inputs && series ? (
        series.rows.length === 0 ? (
          <p className="empty-state">{t('overview.rivalEmpty', { side: series.sideName, rival: series.rival })}</p>
        ) : (
          <>
            <section className="card ranking-headline" aria-labelledby="ranking-headline-title">
              <h3 id="ranking-headline-title" className="visually-hidden">
                {t('ranking.headlineTitle')}
              </h3>
              <p className="ranking-sentence">{rankingHeadline(series, inputs.context)}</p>
              {robust ? <p className="ranking-robust">{robust}</p> : null}
            </section>
            <div className="ranking-controls">
              <label className="ranking-toggle">
                <input type="checkbox" checked={monteCarlo} onChange={(event) => setMonteCarlo(event.target.checked)} />
                {t('ranking.mc.toggle')}
              </label>
              <p className={sensitivity.status === 'error' ? 'ranking-mc-status ranking-mc-error' : 'ranking-mc-status help'} role="status">
                {sensitivityStatus(sensitivity, monteCarlo, t, locale)}
              </p>
            </div>
            <ChartFrame
              exportName={`ranking-${series.rival}`}
              title={t('ranking.chartTitle', { rival: series.rivalName })}
              subtitle={monteCarlo ? t('ranking.chartSubtitle') : undefined}
              table={rankingTable(series, inputs.context)}
              footer={series.missing.length > 0 ? <MissingTechnologies missing={series.missing} rival={series.rival} /> : undefined}
            >
              <RankingChart series={series} dataset={inputs.dataset} context={inputs.context} pending={pending} showUncertainty={monteCarlo} />
            </ChartFrame>
          </>
        )
      ) : null}
    </FocusRivalView>
  );
}
