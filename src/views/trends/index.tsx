/**
 * Trends: one indicator of one technology over the years, for the side's members, the side
 * (combined by the indicator's rule) and every rival, with the engine's projection from y0 to
 * y0 + H dashed. The technology and the indicator are shared selections (setTechnology,
 * setIndicator); the focus rival decides which comparison's y0 the side is projected from.
 */
import { memo, useId, useState } from 'react';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { localName } from '../../i18n/names';
import type { Dataset } from '../../model/dataset';
import type { AnalysisResult } from '../../model/results';
import { setIndicator, setTechnology } from '../../store/actions/selection';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { useAppStore, useReadOnly } from '../../store/store';
import { focusBlock, RivalSelect } from '../overview/RivalSelect';
import { buildTrends, trendIndicators, type TrendsSeries } from './trends-series';
import { trendsTable } from './trends-text';
import { TrendsChart } from './TrendsChart';
import './trends.css';
import '../../i18n/register/trends';
import { createResultCache } from '../result-cache';
import { NoAnalysis } from '../NoAnalysis';

/** Series per analysis (replaced, never mutated, on every change) and selection. */
const trendsCache = createResultCache<TrendsSeries | null>();

function cachedTrends(dataset: Dataset, result: AnalysisResult, technology: string, indicator: string, rival: string | null): TrendsSeries | null {
  return trendsCache(result, `${dataset.id}\u0000${technology}\u0000${indicator}\u0000${rival ?? ''}`, () =>
    buildTrends(dataset, result, technology, indicator, rival),
  );
}

export default function TrendsView() {
  const t = useT();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  if (!dataset || analysis.status !== 'ok') {
    return <NoAnalysis className="trends-view" title={t('trends.title')} analysis={analysis} noDatasetText={t('trends.empty.noDataset')} />;
  }
  return <TrendsBody dataset={dataset} result={analysis.result} />;
}

/** Memoised: a parameter change first re-renders the view with the previous analysis (useDeferredValue); same props, nothing to redo. */
const TrendsBody = memo(function TrendsBody({ dataset, result }: { dataset: Dataset; result: AnalysisResult }) {
  const t = useT();
  const locale = useLocale();
  const readOnly = useReadOnly();
  const ids = { technology: useId(), indicator: useId(), log: useId() };
  const selectedTechnology = useAppStore((state) => state.technology);
  const selectedIndicator = useAppStore((state) => state.indicator);
  const focusRival = useAppStore((state) => state.focusRival);
  const [logChoice, setLogChoice] = useState<boolean | null>(null);

  const technology = dataset.technologies.find((item) => item.id === selectedTechnology)?.id ?? dataset.technologies[0]?.id ?? '';
  const block = focusBlock(result, focusRival);
  const rivalLabel = block?.rival.label ?? null;
  const indicators = trendIndicators(block?.technologies.find((item) => item.technology === technology));
  const indicator = indicators.find((item) => item.indicator === selectedIndicator)?.indicator ?? indicators[0]?.indicator ?? '';
  const series = indicator ? cachedTrends(dataset, result, technology, indicator, rivalLabel) : null;
  const technologyName = localName(dataset.technologies.find((item) => item.id === technology), locale, technology);
  const indicatorRecord = dataset.indicators.find((item) => item.id === indicator);
  const indicatorName = localName(indicatorRecord, locale, indicator);
  const log = series ? series.logAvailable && (logChoice ?? series.logSuggested) : false;

  const controls = readOnly ? null : (
    <div className="trends-controls">
      <span className="inline-control">
        <label htmlFor={ids.technology} className="control-label">
          {t('selection.technology')}
        </label>
        <select id={ids.technology} value={technology} onChange={(event) => setTechnology(event.target.value)}>
          {dataset.technologies.map((item) => (
            <option key={item.id} value={item.id}>
              {localName(item, locale, item.id)}
            </option>
          ))}
        </select>
      </span>
      <span className="inline-control">
        <label htmlFor={ids.indicator} className="control-label">
          {t('trends.indicator')}
        </label>
        <select id={ids.indicator} value={indicator} disabled={indicators.length === 0} onChange={(event) => setIndicator(event.target.value)}>
          {indicators.map((item) => (
            <option key={item.indicator} value={item.indicator}>
              {localName(dataset.indicators.find((record) => record.id === item.indicator), locale, item.indicator)}
            </option>
          ))}
        </select>
      </span>
      {result.rivals.length > 1 && block ? <RivalSelect result={result} dataset={dataset} value={block.rival.label} /> : null}
      {series?.logAvailable ? (
        <span className="inline-control">
          <input id={ids.log} type="checkbox" checked={log} onChange={(event) => setLogChoice(event.target.checked)} />
          <label htmlFor={ids.log}>{t('trends.logScale')}</label>
        </span>
      ) : null}
    </div>
  );

  let body;
  if (result.rivals.length === 0) body = <p className="empty-state">{t('trends.empty.noRivals')}</p>;
  else if (indicators.length === 0 || !series) body = <p className="empty-state">{t('trends.empty.noIndicator', { technology: technologyName, id: technology })}</p>;
  else if (series.empty) {
    const codes = [...result.side.members, ...result.rivals.flatMap((item) => item.rival.members)].join(', ');
    body = <p className="empty-state">{t('trends.empty.noValues', { indicator: indicatorName, technology: technologyName, codes, id: indicator })}</p>;
  } else {
    const title = t('trends.chartTitle', { indicator: indicatorName, technology: technologyName });
    const context = { dataset, locale, t, trendWindow: result.parameters.trendWindow };
    body = (
      <ChartFrame
        exportName={`trends-${technology}-${indicator}`}
        title={title}
        subtitle={t('trends.chartSubtitle', {
          combine: t(`trends.combine.${series.indicator.combine}`),
          from: series.year,
          to: series.horizonEnd,
          h: result.parameters.horizon,
        })}
        table={trendsTable(series, title, context)}
        footer={log && series.hasZeros ? <p className="help">{t('trends.zerosOnLog')}</p> : undefined}
      >
        <TrendsChart series={series} dataset={dataset} log={log} trendWindow={result.parameters.trendWindow} label={title} />
      </ChartFrame>
    );
  }
  return (
    <div className="trends-view">
      <ViewHeader title={t('trends.title')} subtitle={t('trends.subtitle')} />
      {controls}
      {body}
    </div>
  );
});
