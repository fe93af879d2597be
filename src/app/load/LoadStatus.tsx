/**
 * Progress of a load (with Cancel) and the outcome of the last one. A refused load is an alert
 * that names file, row, column and the text found; nothing already loaded was changed.
 */
import { formatIssue } from '../../i18n/issues';
import { useAppStore } from '../../store/store';
import { cancelLoad, dismissLoadReport } from '../../store/actions/datasets';
import { setView } from '../../store/actions/selection';
import { useLocale, useT } from '../i18n-hooks';

const SHOWN_ISSUES = 5;

export function LoadStatus() {
  const t = useT();
  const locale = useLocale();
  const progress = useAppStore((state) => state.loadProgress);
  const report = useAppStore((state) => state.loadReport);
  const datasetName = useAppStore((state) =>
    report?.datasetId ? state.datasets[report.datasetId]?.dataset.name : undefined,
  );

  if (progress) {
    const percent = Math.round(progress.fraction * 100);
    return (
      <div className="load-status" role="status" aria-live="polite">
        <span>{t('load.progress', { files: progress.fileNames.join(', '), percent })}</span>
        <progress max={100} value={percent} aria-label={t('load.progress', { files: progress.fileNames.join(', '), percent })} />
        <button type="button" onClick={cancelLoad}>
          {t('load.cancel')}
        </button>
      </div>
    );
  }
  if (!report) return null;
  const files = report.fileNames.join(', ');
  const issues = report.status === 'refused' ? report.errors : report.warnings;
  const headline =
    report.status === 'refused'
      ? t('load.refused', { count: report.errors.length })
      : report.status === 'cancelled'
        ? t('load.cancelled')
        : report.warnings.length > 0
          ? t('load.doneWithWarnings', { files, dataset: datasetName ?? '', count: report.warnings.length })
          : t('load.done', { files, dataset: datasetName ?? '' });
  return (
    <div
      className={`load-status load-${report.status}${report.warnings.length > 0 && report.status === 'loaded' ? ' load-warnings' : ''}`}
      role={report.status === 'refused' ? 'alert' : 'status'}
    >
      <p className="load-headline">{headline}</p>
      {issues.length > 0 ? (
        <ul className="issue-list">
          {issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
            <li key={index}>{formatIssue(issue, locale)}</li>
          ))}
          {issues.length > SHOWN_ISSUES ? <li>{t('load.moreIssues', { count: issues.length - SHOWN_ISSUES })}</li> : null}
        </ul>
      ) : null}
      <div className="load-actions">
        {issues.length > 0 ? (
          <button type="button" className="button-quiet" onClick={() => setView('data')}>
            {t('load.showReport')}
          </button>
        ) : null}
        <button type="button" className="button-quiet" onClick={dismissLoadReport}>
          {t('load.dismiss')}
        </button>
      </div>
    </div>
  );
}
