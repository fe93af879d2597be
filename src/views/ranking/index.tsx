/**
 * Durable-advantage ranking: for the rival in focus, D per technology in rank order with class
 * colours, the "which advantages last" headline, and the Monte Carlo rank intervals (optional,
 * computed off the main thread).
 */
import { useMemo, useState } from 'react';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { formatPercent } from '../../i18n/format';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { useSensitivity, type SensitivityState } from '../../store/sensitivity';
import type { Translate } from '../../i18n';
import { AnalysisProblem } from '../overview/AnalysisProblem';
import { RivalSelect, useFocusBlock } from '../overview/RivalSelect';
import { buildRanking } from './ranking-series';
import { rankingHeadline, rankingTable, robustnessHeadline, type RankingTextContext } from './ranking-text';
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
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  const result = analysis.status === 'ok' ? analysis.result : null;
  const block = useFocusBlock(result);
  const [monteCarlo, setMonteCarlo] = useState(true);
  const sensitivity = useSensitivity(monteCarlo && result !== null);
  const done = sensitivity.status === 'done' ? sensitivity.result : null;
  const series = useMemo(
    () => (result && block && dataset ? buildRanking(result, block, dataset, locale, done) : null),
    [result, block, dataset, locale, done],
  );
  const context = useMemo<RankingTextContext | null>(
    () => (result ? { t, locale, horizon: result.parameters.horizon, maxYears: result.parameters.maxYears } : null),
    [t, locale, result],
  );

  const header = (
    <ViewHeader
      title={t('ranking.title')}
      subtitle={t('ranking.subtitle')}
      actions={result && block && dataset ? <RivalSelect result={result} dataset={dataset} value={block.rival.label} /> : undefined}
    />
  );
  if (!result || !dataset || !context) {
    return (
      <div className="ranking-view">
        {header}
        <AnalysisProblem analysis={analysis} />
      </div>
    );
  }
  if (!series) {
    return (
      <div className="ranking-view">
        {header}
        <p className="empty-state">{t('overview.noRivals')}</p>
      </div>
    );
  }
  const pending = monteCarlo && sensitivity.status !== 'done' && sensitivity.status !== 'error';
  const robust = done ? robustnessHeadline(series, done.draws, context) : null;
  return (
    <div className="ranking-view">
      {header}
      {series.rows.length === 0 ? (
        <p className="empty-state">{t('overview.rivalEmpty', { side: series.sideName, rival: series.rival })}</p>
      ) : (
        <>
          <section className="card ranking-headline" aria-labelledby="ranking-headline-title">
            <h3 id="ranking-headline-title" className="visually-hidden">
              {t('ranking.headlineTitle')}
            </h3>
            <p className="ranking-sentence">{rankingHeadline(series, context)}</p>
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
            table={rankingTable(series, context)}
            footer={
              series.missing.length > 0 ? (
                <>
                  <span>{t('overview.missing', { list: series.missing.map((item) => `${item.name} (${item.year})`).join(locale === 'ja' ? '、' : ', ') })}</span>{' '}
                  <span className="help">{t('overview.missingHelp', { rival: series.rival })}</span>
                </>
              ) : undefined
            }
          >
            <RankingChart series={series} dataset={dataset} context={context} pending={pending} showUncertainty={monteCarlo} />
          </ChartFrame>
        </>
      )}
    </div>
  );
}
