/**
 * Issue 9 in a real browser: a refused file changes nothing (the rankings export is byte for
 * byte the same), and a view that throws is contained by its error boundary while the rest of
 * the app keeps working.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';
import { downloadText } from './support/downloads';

const fixtures = resolve(import.meta.dirname, '../fixtures/e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a refused file shows an alert and the rankings export is unchanged', async () => {
  const { page, context, errors } = await openWatchedPage(browser);
  await page.goto(appUrl('#/overview?lang=en'));
  const exportButton = page.getByRole('button', { name: 'Export rankings (CSV)' }).first();
  await exportButton.waitFor();
  await page.getByRole('heading', { name: 'Net assessment overview' }).waitFor();
  const before = await downloadText(page, exportButton);
  expect(before.text).toContain('technology,side,rival,year,asymmetry,coverage,years_to_parity,class,score,rank');

  await page.getByLabel('Load CSV').setInputFiles(resolve(fixtures, 'broken-values.csv'));
  const alert = page.getByRole('alert').filter({ hasText: 'broken-values.csv' });
  await alert.waitFor();
  await expect.poll(() => alert.textContent()).toMatch(/row 3.*value.*abc/);

  const after = await downloadText(page, exportButton);
  expect(after.text).toBe(before.text);
  expect(await page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toBe('default');
  expect(errors).toEqual([]);
  await context.close();
});

test('a view that throws shows its error boundary; the other views still work', async () => {
  const { page, context } = await openWatchedPage(browser);
  // Serve a broken build of one view: its module throws as soon as it renders.
  await page.route(/\/assets\/trends-[^/]*\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'export default function BrokenTrends() { throw new Error("trends exploded on purpose"); }',
    }),
  );
  await page.goto(appUrl('#/trends?lang=en'));
  const boundary = page.getByRole('alert').filter({ hasText: 'This view failed to render' });
  await boundary.waitFor();
  await expect.poll(() => boundary.textContent()).toContain('trends exploded on purpose');
  // Header, navigation and other views are unaffected.
  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('heading', { name: 'Net assessment overview' }).waitFor();
  expect(await page.getByRole('alert').filter({ hasText: 'This view failed to render' }).count()).toBe(0);
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('navigation').getByRole('link', { name: '手法' }).waitFor();
  await context.close();
});
