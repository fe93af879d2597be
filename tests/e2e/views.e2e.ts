/**
 * Issue 5 in a real browser, on the embedded default dataset: every view renders in both
 * languages with no console error, and "Export rankings (CSV)" gives exactly the CLI's bytes.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { main as analyzeCli } from '../../src/cli/analyze';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';
import { downloadText } from './support/downloads';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function cliRankings(argv: string[]): Promise<string> {
  let out = '';
  const status = await analyzeCli(argv, (text) => (out += text), () => undefined);
  expect(status).toBe(0);
  return out;
}

test('"Export rankings (CSV)" equals the CLI output on the same data and parameters', async () => {
  const { page, context } = await openWatchedPage(browser);
  await page.goto(appUrl('#/overview?lang=en'));
  await page.getByRole('heading', { name: 'Net assessment overview' }).waitFor();
  const app = await downloadText(page, page.getByRole('button', { name: 'Export rankings (CSV)' }).first());
  const cli = await cliRankings([resolve(import.meta.dirname, '../../datasets/default')]);
  expect(app.name).toMatch(/\.csv$/);
  expect(app.text.replace(/^\uFEFF/, '')).toBe(cli);

  // Changed parameters travel too: horizon 5 and a rival subset, set through the URL.
  await page.goto(appUrl('#/overview?lang=en&H=5&rivals=CHN'));
  await page.getByRole('heading', { name: 'Net assessment overview' }).waitFor();
  const appH5 = await downloadText(page, page.getByRole('button', { name: 'Export rankings (CSV)' }).first());
  const cliH5 = await cliRankings([resolve(import.meta.dirname, '../../datasets/default'), '--horizon', '5', '--rival', 'CHN']);
  expect(appH5.text.replace(/^\uFEFF/, '')).toBe(cliH5);
  expect(cliH5).not.toBe(cli);
  await context.close();
});
