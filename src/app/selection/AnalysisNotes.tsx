/**
 * The engine's notes on the current selection (a rival dropped because it overlaps the side,
 * an unknown country, no rival at all …), shown once under the selection bar so every view
 * says why a rival or a partner is missing instead of silently drawing less.
 */
import './analysis-notes.css';
import { formatIssue } from '../../i18n/issues';
import { useAnalysis } from '../../store/selectors';
import { useLocale, useT } from '../i18n-hooks';

export function AnalysisNotes() {
  const t = useT();
  const locale = useLocale();
  const analysis = useAnalysis();
  const messages =
    analysis.status === 'ok'
      ? analysis.result.warnings.map((warning) => formatIssue(warning, locale))
      : analysis.status === 'invalid'
        ? analysis.errors
        : [];
  if (messages.length === 0) return null;
  const invalid = analysis.status === 'invalid';
  return (
    <div className={invalid ? 'analysis-notes analysis-invalid' : 'analysis-notes'} role={invalid ? 'alert' : 'status'}>
      <strong>{t(invalid ? 'analysis.invalid' : 'analysis.notes')}</strong>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
