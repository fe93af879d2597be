/**
 * Advantage quadrant: for the rival in focus, each technology's A today against its momentum,
 * sized by relevance and coloured by class, with the quadrants and the parity band labelled.
 */
import { useMemo } from 'react';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { AnalysisProblem } from '../overview/AnalysisProblem';
import { RivalSelect, useFocusBlock } from '../overview/RivalSelect';
import { buildQuadrant } from './quadrant-series';
import { quadrantTable, type QuadrantTextContext } from './quadrant-text';
import { QuadrantChart } from './QuadrantChart';
import './quadrant.css';
import '../../i18n/register/quadrant';
import '../../i18n/register/ranking';

export default function QuadrantView() {
  const t = useT();
  const locale = useLocale();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  const result = analysis.status === 'ok' ? analysis.result : null;
  const block = useFocusBlock(result);
  const series = useMemo(() => (result && block && dataset ? buildQuadrant(result, block, dataset, locale) : null), [result, block, dataset, locale]);
  const context = useMemo<QuadrantTextContext | null>(
    () => (result ? { t, locale, horizon: result.parameters.horizon, maxYears: result.parameters.maxYears } : null),
    [t, locale, result],
  );

  const header = (
    <ViewHeader
      title={t('quadrant.title')}
      subtitle={t('quadrant.subtitle')}
      actions={result && block && dataset ? <RivalSelect result={result} dataset={dataset} value={block.rival.label} /> : undefined}
    />
  );
  if (!result || !dataset || !context) {
    return (
      <div className="quadrant-view">
        {header}
        <AnalysisProblem analysis={analysis} />
      </div>
    );
  }
  if (!series) {
    return (
      <div className="quadrant-view">
        {header}
        <p className="empty-state">{t('overview.noRivals')}</p>
      </div>
    );
  }
  return (
    <div className="quadrant-view">
      {header}
      {series.points.length === 0 ? (
        <p className="empty-state">{t('overview.rivalEmpty', { side: series.sideName, rival: series.rival })}</p>
      ) : (
        <ChartFrame
          exportName={`quadrant-${series.rival}`}
          title={t('quadrant.chartTitle', { rival: series.rivalName })}
          subtitle={t('quadrant.chartSubtitle', { epsilon: result.parameters.parityBand })}
          table={quadrantTable(series, context)}
          footer={
            series.missing.length > 0 ? (
              <>
                <span>{t('overview.missing', { list: series.missing.map((item) => `${item.name} (${item.year})`).join(locale === 'ja' ? '、' : ', ') })}</span>{' '}
                <span className="help">{t('overview.missingHelp', { rival: series.rival })}</span>
              </>
            ) : undefined
          }
        >
          <QuadrantChart series={series} dataset={dataset} context={context} parityBand={result.parameters.parityBand} />
        </ChartFrame>
      )}
    </div>
  );
}
