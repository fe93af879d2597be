/**
 * The frame shared by the views that look at one rival at a time (ranking, quadrant, runway):
 * the view header with the rival select, and the states before there is anything to draw
 * (no dataset or parameters refused, no rival). Each view supplies only its series and chart.
 */
import { useMemo, type ReactNode } from 'react';
import { ViewHeader } from '../../app/ViewHeader';
import { useLocale, useT } from '../../app/i18n-hooks';
import type { Dataset } from '../../model/dataset';
import type { AnalysisResult, RivalAssessment } from '../../model/results';
import { useActiveDataset, useAnalysis } from '../../store/selectors';
import { AnalysisProblem } from '../overview/AnalysisProblem';
import { RivalSelect, useFocusBlock } from '../overview/RivalSelect';
import type { FocusTextContext } from './text-context';


/** What a focus-rival view has to draw with once the analysis is ready. */
export interface FocusRivalInputs {
  result: AnalysisResult;
  block: RivalAssessment;
  dataset: Dataset;
  context: FocusTextContext;
}

/** The analysis, the rival in focus and the text context, or null while there is none. */
export function useFocusRivalInputs(): { inputs: FocusRivalInputs | null; analysis: ReturnType<typeof useAnalysis> } {
  const t = useT();
  const locale = useLocale();
  const dataset = useActiveDataset();
  const analysis = useAnalysis();
  const result = analysis.status === 'ok' ? analysis.result : null;
  const block = useFocusBlock(result);
  const inputs = useMemo<FocusRivalInputs | null>(
    () =>
      result && block && dataset
        ? { result, block, dataset, context: { t, locale, horizon: result.parameters.horizon, maxYears: result.parameters.maxYears } }
        : null,
    [result, block, dataset, t, locale],
  );
  return { inputs, analysis };
}

interface Props {
  /** Class of the view's root element. */
  className: string;
  title: string;
  subtitle: string;
  analysis: ReturnType<typeof useAnalysis>;
  inputs: FocusRivalInputs | null;
  /** The view's content, drawn only when the inputs exist. */
  children: ReactNode;
}

/** Header with the rival select, then the content or the reason there is none. */
export function FocusRivalView({ className, title, subtitle, analysis, inputs, children }: Props) {
  const t = useT();
  const result = analysis.status === 'ok' ? analysis.result : null;
  const header = (
    <ViewHeader
      title={title}
      subtitle={subtitle}
      actions={inputs ? <RivalSelect result={inputs.result} dataset={inputs.dataset} value={inputs.block.rival.label} /> : undefined}
    />
  );
  let body: ReactNode = children;
  if (!result) body = <AnalysisProblem analysis={analysis} />;
  else if (!inputs) body = <p className="empty-state">{t('overview.noRivals')}</p>;
  return (
    <div className={className}>
      {header}
      {body}
    </div>
  );
}

/** Footer naming the technologies left out for lack of data, and how to add it. */
export function MissingTechnologies({ missing, rival }: { missing: readonly { name: string; year: number }[]; rival: string }) {
  const t = useT();
  const locale = useLocale();
  if (missing.length === 0) return null;
  return (
    <>
      <span>{t('overview.missing', { list: missing.map((item) => `${item.name} (${item.year})`).join(locale === 'ja' ? '、' : ', ') })}</span>{' '}
      <span className="help">{t('overview.missingHelp', { rival })}</span>
    </>
  );
}
