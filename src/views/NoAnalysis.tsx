/** What a view shows instead of its content when there is no dataset or no usable analysis. */
import { ViewHeader } from '../app/ViewHeader';
import type { AnalysisOutcome } from '../store/selectors';
import { AnalysisProblem } from './overview/AnalysisProblem';

interface Props {
  className: string;
  title: string;
  analysis: AnalysisOutcome;
  /** Said when no dataset is loaded. */
  noDatasetText: string;
}

export function NoAnalysis({ className, title, analysis, noDatasetText }: Props) {
  return (
    <div className={className}>
      <ViewHeader title={title} />
      {analysis.status === 'invalid' ? <AnalysisProblem analysis={analysis} /> : <p className="empty-state">{noDatasetText}</p>}
    </div>
  );
}
