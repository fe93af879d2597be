/**
 * Advantage quadrant: for the rival in focus, each technology's A today against its momentum,
 * sized by relevance and coloured by class, with the quadrants and the parity band labelled.
 */
import { useMemo } from 'react';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { FocusRivalView, MissingTechnologies, useFocusRivalInputs } from '../focus/FocusRivalView';
import { buildQuadrant } from './quadrant-series';
import { quadrantTable } from './quadrant-text';
import { QuadrantChart } from './QuadrantChart';
import './quadrant.css';
import '../../i18n/register/quadrant';
import '../../i18n/register/ranking';

export default function QuadrantView() {
  const t = useT();
  const locale = useLocale();
  const { inputs, analysis } = useFocusRivalInputs();
  const series = useMemo(() => (inputs ? buildQuadrant(inputs.result, inputs.block, inputs.dataset, locale) : null), [inputs, locale]);
  return (
    <FocusRivalView className="quadrant-view" title={t('quadrant.title')} subtitle={t('quadrant.subtitle')} analysis={analysis} inputs={inputs}>
      {inputs && series ? (
        series.points.length === 0 ? (
          <p className="empty-state">{t('overview.rivalEmpty', { side: series.sideName, rival: series.rival })}</p>
        ) : (
          <ChartFrame
            exportName={`quadrant-${series.rival}`}
            title={t('quadrant.chartTitle', { rival: series.rivalName })}
            subtitle={t('quadrant.chartSubtitle', { epsilon: inputs.result.parameters.parityBand })}
            table={quadrantTable(series, inputs.context)}
            footer={series.missing.length > 0 ? <MissingTechnologies missing={series.missing} rival={series.rival} /> : undefined}
          >
            <QuadrantChart series={series} dataset={inputs.dataset} context={inputs.context} parityBand={inputs.result.parameters.parityBand} />
          </ChartFrame>
        )
      ) : null}
    </FocusRivalView>
  );
}
