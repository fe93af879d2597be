/**
 * Advantage runway: for the rival in focus, how many years each lead lasts before parity and
 * how many years each lag takes to close, against the decision horizon H.
 */
import { useMemo } from 'react';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { FocusRivalView, MissingTechnologies, useFocusRivalInputs } from '../focus/FocusRivalView';
import { buildRunway } from './runway-series';
import { runwayTable } from './runway-text';
import { RunwayChart } from './RunwayChart';
import './runway.css';
import '../../i18n/register/runway';
import '../../i18n/register/ranking';

export default function RunwayView() {
  const t = useT();
  const locale = useLocale();
  const { inputs, analysis } = useFocusRivalInputs();
  const series = useMemo(() => (inputs ? buildRunway(inputs.result, inputs.block, inputs.dataset, locale) : null), [inputs, locale]);
  const title = series ? t('runway.chartTitle', { rival: series.rivalName }) : '';
  return (
    <FocusRivalView className="runway-view" title={t('runway.title')} subtitle={t('runway.subtitle')} analysis={analysis} inputs={inputs}>
      {inputs && series ? (
        series.groups.length === 0 ? (
          <p className="empty-state">{t('overview.rivalEmpty', { side: series.sideName, rival: series.rival })}</p>
        ) : (
          <ChartFrame
            exportName={`runway-${series.rival}`}
            title={title}
            subtitle={t('runway.chartSubtitle', { hmax: series.maxYears })}
            table={runwayTable(series, inputs.context)}
            footer={series.missing.length > 0 ? <MissingTechnologies missing={series.missing} rival={series.rival} /> : undefined}
          >
            <RunwayChart series={series} dataset={inputs.dataset} context={inputs.context} label={title} />
          </ChartFrame>
        )
      ) : null}
    </FocusRivalView>
  );
}
