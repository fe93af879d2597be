/**
 * Collects load issues while reading and composing, keeping reports readable: at most
 * {@link MAX_ISSUES_PER_KIND} issues of one code per file, then one `more_issues` summary.
 */
import type { IssueSeverity, LoadIssue } from '../model/dataset';
import type { IssueCode } from '../i18n/issues';
import { MAX_ISSUES_PER_KIND } from './limits';

/** Fields of an issue other than severity and code. */
export type IssueFields = Omit<LoadIssue, 'severity' | 'code'>;

/** An append-only list of errors and warnings. */
export class IssueLog {
  /** Errors: any one refuses the load. */
  readonly errors: LoadIssue[] = [];
  /** Warnings: reported, the load proceeds. */
  readonly warnings: LoadIssue[] = [];
  private readonly counts = new Map<string, number>();

  /** Record an error. */
  error(code: IssueCode, fields: IssueFields): void {
    this.add('error', code, fields);
  }

  /** Record a warning. */
  warning(code: IssueCode, fields: IssueFields): void {
    this.add('warning', code, fields);
  }

  /** Append issues found elsewhere (e.g. a ParsedFile's stored warnings), as they are. */
  addAll(issues: readonly LoadIssue[]): void {
    for (const issue of issues) (issue.severity === 'error' ? this.errors : this.warnings).push(issue);
  }

  /** True once any error was recorded (including ones only counted). */
  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  /** Add the `more_issues` summaries of everything left unlisted. Call once, at the end. */
  finish(): void {
    for (const [key, count] of this.counts) {
      if (count <= MAX_ISSUES_PER_KIND) continue;
      const [severity, code, file] = JSON.parse(key) as [IssueSeverity, string, string | null];
      const summary: LoadIssue = { severity, code: 'more_issues', detail: { count: count - MAX_ISSUES_PER_KIND, kind: code } };
      if (file !== null) summary.file = file;
      (severity === 'error' ? this.errors : this.warnings).push(summary);
    }
    this.counts.clear();
  }

  private add(severity: IssueSeverity, code: IssueCode, fields: IssueFields): void {
    const key = JSON.stringify([severity, code, fields.file ?? null]);
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count > MAX_ISSUES_PER_KIND) return;
    const issue: LoadIssue = { severity, code };
    // Only defined fields: undefined ones would show up in deep equality and in stored JSON.
    if (fields.file !== undefined) issue.file = fields.file;
    if (fields.row !== undefined) issue.row = fields.row;
    if (fields.column !== undefined) issue.column = fields.column;
    if (fields.found !== undefined) issue.found = fields.found;
    if (fields.detail !== undefined) issue.detail = fields.detail;
    (severity === 'error' ? this.errors : this.warnings).push(issue);
  }
}
