/**
 * axe-core in a real page: injected from the installed package (never from a CDN) and run on the
 * whole document; violations come back as one readable line each (rule, impact, targets).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** One violated rule, reduced to what a failure message needs. */
export interface AxeViolation {
  /** Rule id (e.g. `color-contrast`). */
  id: string;
  /** minor | moderate | serious | critical. */
  impact: string;
  /** What the rule checks. */
  help: string;
  /** CSS selectors of the failing elements (at most a few). */
  targets: string[];
  /** axe's summary for the first failing element. */
  summary: string;
}

let source: Promise<string> | null = null;

function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** Run axe-core (WCAG 2.x A/AA rules and best practices) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an
  // injected inline <script> (page.addScriptTag), and the test must not weaken that policy.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${await axeSource()}\n;void 0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.map(String).join(' ')),
      summary: (violation.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
    }));
  });
}

/** Violations a user would be blocked by. */
export function seriousOrCritical(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** One line per violation: `[impact] id — help: target, target… (summary)`. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `[${v.impact}] ${v.id} — ${v.help}: ${v.targets.join(', ')} (${v.summary})`).join('\n');
}
