/** Errors of the last refused load and warnings of the dataset, each naming file, row, column and text. */
import type { Dataset, LoadIssue } from '../../model/dataset';
import { formatIssue } from '../../i18n/issues';
import { useAppStore } from '../../store/store';
import { useLocale, useT } from '../../app/i18n-hooks';

const SHOWN = 200;

function IssueTable({ issues }: { issues: LoadIssue[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="issue-table">
      {issues.slice(0, SHOWN).map((issue, index) => (
        <li key={index} className={`issue issue-${issue.severity}`}>
          <span className="badge">{t(issue.severity === 'error' ? 'data.severity.error' : 'data.severity.warning')}</span>{' '}
          {formatIssue(issue, locale)}
        </li>
      ))}
      {issues.length > SHOWN ? <li>{t('load.moreIssues', { count: issues.length - SHOWN })}</li> : null}
    </ul>
  );
}

export function ValidationReport({ dataset }: { dataset: Dataset | null }) {
  const t = useT();
  const report = useAppStore((state) => state.loadReport);
  const lastLoadIssues = report ? [...report.errors, ...report.warnings] : [];
  const datasetWarnings = dataset?.warnings ?? [];
  return (
    <section className="card" aria-labelledby="report-title">
      <h3 id="report-title">{t('data.report')}</h3>
      {lastLoadIssues.length === 0 && datasetWarnings.length === 0 ? <p>{t('data.reportClean')}</p> : null}
      {report && lastLoadIssues.length > 0 ? (
        <>
          <p>{t('data.reportLastLoad', { files: report.fileNames.join(', ') })}</p>
          <IssueTable issues={lastLoadIssues} />
        </>
      ) : null}
      {datasetWarnings.length > 0 ? (
        <>
          <p>{t('data.reportDataset')}</p>
          <IssueTable issues={datasetWarnings} />
        </>
      ) : null}
    </section>
  );
}
