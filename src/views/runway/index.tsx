/**
 * Advantage runway: for the rival in focus, how many years each lead lasts before parity and
 * how many years each lag takes to close, against the decision horizon H.
 */
import { useMemo } from 'react';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { AnalysisProblem } from '../overview/AnalysisProblem';
import { RivalSelect, useFocusBlock } from '../overview/RivalSelect';
import { buildRunway } from './runway-series';
import { runwayTable, type RunwayTextContext } from './runway-text';
import { RunwayChart } from './RunwayChart';
import './runway.css';
import '../../i18n/register/runway';
import '../../i18n/register/ranking';

export default function RunwayView() {
  const t = useT();
  const locale = useLocale();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  const result = analysis.status === 'ok' ? analysis.result : null;
  const block = useFocusBlock(result);
  const series = useMemo(() => (result && block && dataset ? buildRunway(result, block, dataset, locale) : null), [result, block, dataset, locale]);
  const context = useMemo<RunwayTextContext | null>(
    () => (result ? { t, locale, horizon: result.parameters.horizon, maxYears: result.parameters.maxYears } : null),
    [t, locale, result],
  );

  const header = (
    <ViewHeader
      title={t('runway.title')}
      subtitle={t('runway.subtitle')}
      actions={result && block && dataset ? <RivalSelect result={result} dataset={dataset} value={block.rival.label} /> : undefined}
    />
  );
  if (!result || !dataset || !context) {
    return (
      <div className="runway-view">
        {header}
        <AnalysisProblem analysis={analysis} />
      </div>
    );
  }
  if (!series) {
    return (
      <div className="runway-view">
        {header}
        <p className="empty-state">{t('overview.noRivals')}</p>
      </div>
    );
  }
  const title = t('runway.chartTitle', { rival: series.rivalName });
  return (
    <div className="runway-view">
      {header}
      {series.groups.length === 0 ? (
        <p className="empty-state">{t('overview.rivalEmpty', { side: series.sideName, rival: series.rival })}</p>
      ) : (
        <ChartFrame
          exportName={`runway-${series.rival}`}
          title={title}
          subtitle={t('runway.chartSubtitle', { hmax: series.maxYears })}
          table={runwayTable(series, context)}
          footer={
            series.missing.length > 0 ? (
              <>
                <span>{t('overview.missing', { list: series.missing.map((item) => `${item.name} (${item.year})`).join(locale === 'ja' ? '、' : ', ') })}</span>{' '}
                <span className="help">{t('overview.missingHelp', { rival: series.rival })}</span>
              </>
            ) : undefined
          }
        >
          <RunwayChart series={series} dataset={dataset} context={context} label={title} />
        </ChartFrame>
      )}
    </div>
  );
}
