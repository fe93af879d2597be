/**
 * What the comparison views (overview, matrix, runway) say when there is nothing to draw: no
 * dataset loaded, or assumptions the engine cannot compute with.
 */
import type { AnalysisOutcome } from '../../store/selectors';
import { useT } from '../../app/i18n-hooks';

export function AnalysisProblem({ analysis }: { analysis: AnalysisOutcome }) {
  const t = useT();
  if (analysis.status === 'invalid') {
    return (
      <div className="params-invalid" role="alert">
        <p>{t('params.invalid')}</p>
        <ul>
          {analysis.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </div>
    );
  }
  return <p className="empty-state">{t('overview.noDataset')}</p>;
}
