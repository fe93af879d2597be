/**
 * Issue 5 in a real browser, on the embedded default dataset: every view renders in both
 * languages with no console error, and "Export rankings (CSV)" gives exactly the CLI's bytes.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { main as analyzeCli } from '../../src/cli/analyze';
import { VIEW_IDS } from '../../src/store/view-ids';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';
import { watchViewBusy } from './support/view-busy';
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

test('every view renders from the default dataset in English and Japanese with no console error', async () => {
  const { page, context, errors, outsideRequests } = await openWatchedPage(browser, { viewport: { width: 1920, height: 1080 } });
  for (const lang of ['en', 'ja']) {
    for (const view of VIEW_IDS) {
      await page.goto(appUrl(`#/${view}?lang=${lang}`));
      const heading = page.locator('#main h2:visible').first();
      await heading.waitFor();
      await expect.poll(() => page.locator('#main').getAttribute('aria-busy'), { timeout: 20_000 }).toBe('false');
      expect(await page.getByRole('alert').filter({ hasText: /failed to render|表示できませんでした/ }).count(), `${view} (${lang})`).toBe(0);
      expect((await heading.textContent())?.trim().length, `${view} (${lang}) heading`).toBeGreaterThan(0);
    }
  }
  expect(errors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await context.close();
});

test('a weight change in the assumptions reorders the ranking, live', async () => {
  const { page, context, errors } = await openWatchedPage(browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(appUrl('#/ranking?lang=en'));
  const bars = page.locator('.ranking-bar[aria-label]');
  await bars.first().waitFor();
  await expect.poll(() => bars.count(), { timeout: 20_000 }).toBeGreaterThan(3);
  const order = async () => (await bars.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? '')));
  const before = await order();
  expect(before[0]).toMatch(/^1\. Aircraft and spacecraft — Durable/);
  expect(before.findIndex((label) => label.includes('Artificial intelligence'))).toBeGreaterThan(0);

  // Weight 0 for AI research articles (through the Assumptions drawer, as a strategist would).
  await page.getByRole('button', { name: /Assumptions/ }).click();
  const weight = page.getByRole('spinbutton', { name: 'Weight of AI research articles (whole count)' });
  await weight.fill('0');
  await weight.press('Tab');
  await expect.poll(async () => (await order())[0], { timeout: 20_000 }).toMatch(/^1\. Artificial intelligence — /);
  const after = await order();
  expect(after).not.toEqual(before);
  expect(page.url()).toContain('w=ai_articles:0');
  expect(errors).toEqual([]);
  await context.close();
});

test('on the default dataset a horizon change re-renders at once: the view is never marked busy', async () => {
  const { page, context, errors } = await openWatchedPage(browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(appUrl('#/overview?lang=en'));
  const busy = await watchViewBusy(page, 'H = 10');
  await page.getByRole('button', { name: /Assumptions/ }).click();
  await page.getByRole('slider', { name: /^Decision horizon H/ }).first().fill('17');
  await expect.poll(() => page.locator('.overview-context').textContent(), { timeout: 20_000 }).toContain('H = 17');
  expect(await busy()).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

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
