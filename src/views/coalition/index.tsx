/**
 * Coalition builder (METHODOLOGY §9): choose the side (a preset or any countries), choose the
 * partner candidates, and read ΔA = A(side + partner) − A(side) per technology as a grid for
 * the focus rival, with one sentence per rival naming the partner that closes each gap.
 */
import { memo } from 'react';
import { partnerContributions, type PartnerAnalysis } from '../../engine';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import { ChartFrame } from '../../charts/ChartFrame';
import { Heatmap } from '../../charts/heatmap/Heatmap';
import { formatNumber } from '../../i18n/format';
import { localName } from '../../i18n/names';
import type { Dataset } from '../../model/dataset';
import type { AnalysisResult } from '../../model/results';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { useAppStore, useReadOnly } from '../../store/store';
import { actorName } from '../overview/actor-name';
import { AnalysisProblem } from '../overview/AnalysisProblem';
import { RivalSelect } from '../overview/RivalSelect';
import { buildCoalition, effectivePartners } from './coalition-series';
import { coalitionTable, gapSentence, gridCells } from './coalition-text';
import { PartnerControls } from './PartnerControls';
import { SideControls } from './SideControls';
import './coalition.css';
import '../../i18n/register/coalition';

/** The engine's contributions per analysis (replaced on every change) and candidate list. */
const cache = new WeakMap<AnalysisResult, Map<string, PartnerAnalysis>>();

function contributionsFor(dataset: Dataset, result: AnalysisResult, partners: string[]): PartnerAnalysis {
  let byKey = cache.get(result);
  if (!byKey) cache.set(result, (byKey = new Map()));
  const key = `${dataset.id}\u0000${partners.join('|')}`;
  let analysis = byKey.get(key);
  if (!analysis) byKey.set(key, (analysis = partnerContributions(dataset, result.parameters, partners)));
  return analysis;
}

export default function CoalitionView() {
  const t = useT();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  if (!dataset || analysis.status !== 'ok') {
    return (
      <div className="coalition-view">
        <ViewHeader title={t('coalition.title')} />
        {analysis.status === 'invalid' ? <AnalysisProblem analysis={analysis} /> : <p className="empty-state">{t('coalition.empty.noDataset')}</p>}
      </div>
    );
  }
  return <CoalitionBody dataset={dataset} result={analysis.result} />;
}

/** Memoised: a parameter change first re-renders the view with the previous analysis (useDeferredValue); same props, nothing to redo. */
const CoalitionBody = memo(function CoalitionBody({ dataset, result }: { dataset: Dataset; result: AnalysisResult }) {
  const t = useT();
  const locale = useLocale();
  const readOnly = useReadOnly();
  const stored = useAppStore((state) => state.partners);
  const focusRival = useAppStore((state) => state.focusRival);
  const side = result.side.members;
  const rivalMembers = result.rivals.flatMap((block) => block.rival.members);
  const candidates = dataset.countries.filter((country) => !side.includes(country.code) && !rivalMembers.includes(country.code));
  const defaults = candidates.filter((country) => country.role === 'partner').map((country) => country.code);
  const chosen = effectivePartners(stored, defaults, side).filter((code) => candidates.some((country) => country.code === code));
  const context = { dataset, locale, t };
  const sideName = actorName(side, dataset, locale);
  const { parityBand } = result.parameters;

  let body;
  if (result.rivals.length === 0) body = <p className="empty-state">{t('coalition.empty.noRivals')}</p>;
  else if (chosen.length === 0) body = <p className="empty-state">{t('coalition.empty.noPartners')}</p>;
  else {
    const contributions = contributionsFor(dataset, result, chosen);
    const rivals = result.rivals.map((block) => block.rival.label);
    const series = buildCoalition(contributions, rivals, dataset.technologies.map((item) => item.id), focusRival, parityBand);
    const focus = rivals.includes(focusRival ?? '') ? focusRival! : rivals[0]!;
    const rivalName = actorName(focus, dataset, locale);
    const title = t('coalition.grid.title', { rival: rivalName });
    const allUndefined = series.cells.every((cell) => cell.delta === null);
    body = (
      <>
        <section className="card coalition-gaps" aria-labelledby="coalition-gaps-title">
          <h3 id="coalition-gaps-title">{t('coalition.gapsTitle')}</h3>
          {series.gaps.map((gaps) => (
            <p key={gaps.rival} className="coalition-sentence">
              {gapSentence(gaps, parityBand, context)}
            </p>
          ))}
          <p className="help">{t('coalition.gaps.help')}</p>
        </section>
        {!readOnly && result.rivals.length > 1 ? (
          <div className="coalition-rival">
            <RivalSelect result={result} dataset={dataset} value={focus} />
          </div>
        ) : null}
        {allUndefined ? <p className="empty-state">{t('coalition.empty.noDelta', { codes: chosen.join(', ') })}</p> : null}
        <ChartFrame
          exportName={`coalition-${result.side.label}-${focus}`}
          title={title}
          subtitle={t('coalition.grid.subtitle', { side: sideName, scale: formatNumber(series.scale, locale, 2) })}
          table={coalitionTable(contributions.contributions, t('coalition.gapsTitle'), context)}
        >
          <Heatmap
            label={title}
            rows={series.technologies.map((id) => ({ key: id, label: localName(dataset.technologies.find((item) => item.id === id), locale, id) }))}
            columns={series.partners.map((label) => ({ key: label, label: actorName(label, dataset, locale) }))}
            cells={gridCells(series, sideName, context)}
            legend={{ lag: t('coalition.legend.lower'), parity: t('coalition.legend.none'), advantage: t('coalition.legend.raise'), noData: t('coalition.legend.noData') }}
            scale={series.scale}
          />
        </ChartFrame>
      </>
    );
  }
  return (
    <div className="coalition-view">
      <ViewHeader title={t('coalition.title')} subtitle={t('coalition.subtitle')} />
      {readOnly ? null : (
        <div className="coalition-controls">
          <SideControls dataset={dataset} side={side} rivalMembers={rivalMembers} />
          <PartnerControls countries={candidates} chosen={chosen} custom={stored.length > 0} />
        </div>
      )}
      {body}
    </div>
  );
});
