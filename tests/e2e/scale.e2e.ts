/**
 * Scale limits, in the real browser: a file of 512 MiB or more is refused with a message that
 * says how to aggregate upstream, before any byte of it is read — the tab never tries to hold
 * it. (Speed and memory figures are in `npm run bench`, not here.)
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';
import { watchViewBusy } from './support/view-busy';
import { writeTidyCsv } from '../../scripts/bench/tidy-csv';
import { DEFER_UPDATES_FROM_VALUES } from '../../src/store/selectors';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'scale-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Installed before the app runs: records every attempt to read a Blob/File larger than 256 MiB
 * (arrayBuffer, text, stream, bytes, slice, FileReader), so the test can assert none happened.
 */
function recordBigReads(): void {
  const big = 256 * 1024 * 1024;
  const reads: string[] = [];
  (window as unknown as { __bigReads: string[] }).__bigReads = reads;
  const proto = Blob.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ['arrayBuffer', 'text', 'stream', 'bytes', 'slice']) {
    const original = proto[method];
    if (typeof original !== 'function') continue;
    proto[method] = function (this: Blob, ...args: unknown[]) {
      if (this.size > big) reads.push(`Blob.${method}`);
      return original.apply(this, args);
    };
  }
  const readers = FileReader.prototype as unknown as Record<string, (blob: Blob) => void>;
  for (const method of ['readAsArrayBuffer', 'readAsText', 'readAsBinaryString', 'readAsDataURL']) {
    const original = readers[method]!;
    readers[method] = function (this: FileReader, blob: Blob) {
      if (blob.size > big) reads.push(`FileReader.${method}`);
      return original.call(this, blob);
    };
  }
}

test('a 600 MB file is refused before it is read, with a message saying how to aggregate', async () => {
  const huge = join(dir, 'huge-values.csv');
  writeFileSync(huge, 'country,technology,indicator,year,value\n');
  truncateSync(huge, 600 * 1024 * 1024); // sparse: no disk space used
  const { page, context, errors } = await openWatchedPage(browser);
  await page.addInitScript(recordBigReads);
  await page.goto(appUrl('#/data?lang=en'));
  await expect.poll(() => page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toBe('default');

  await page.getByLabel('Load CSV').setInputFiles(huge);
  const alert = page.getByRole('alert').filter({ hasText: 'not loaded' });
  await alert.waitFor();
  const text = await alert.textContent();
  expect(text).toContain('huge-values.csv');
  expect(text).toContain('the file is 600 MiB; the limit is 512 MiB');
  expect(text).toMatch(/Aggregate it before loading .*one row per country, technology, indicator and year/);
  // Not one read of the file was attempted.
  expect(await page.evaluate(() => (window as unknown as { __bigReads: string[] }).__bigReads)).toEqual([]);
  // The built-in dataset is still there and active.
  expect(await page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toBe('default');

  // Same in Japanese.
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByLabel('CSVを読み込む').setInputFiles(huge);
  const alertJa = page.getByRole('alert').filter({ hasText: '上限512 MiB' });
  await alertJa.waitFor();
  expect(await alertJa.textContent()).toContain('ファイルが600 MiBあり');
  expect(await page.evaluate(() => (window as unknown as { __bigReads: string[] }).__bigReads)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('on a large dataset a horizon change is rendered in the background: the view is busy until it shows the new H', async () => {
  // 20 countries × 12 technologies × 12 indicators × 20 years = 57,600 values.
  const file = join(dir, 'large-values.csv');
  writeTidyCsv(file, { technologies: 12, indicators: 12, years: 20 });
  expect(20 * 12 * 12 * 20).toBeGreaterThanOrEqual(DEFER_UPDATES_FROM_VALUES);
  const { page, context, errors } = await openWatchedPage(browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(appUrl('#/data?lang=en'));
  await page.getByLabel('Load CSV').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'Loaded large-values.csv' }).waitFor({ timeout: 60_000 });
  await page.evaluate(() => (window.location.hash = '#/overview?lang=en'));
  const busy = await watchViewBusy(page, 'H = 10');
  await page.getByRole('button', { name: /Assumptions/ }).click();
  await page.getByRole('slider', { name: /^Decision horizon H/ }).first().fill('17');
  await expect.poll(() => page.locator('.overview-context').textContent(), { timeout: 30_000 }).toContain('H = 17');
  await expect.poll(() => page.locator('.view-root').getAttribute('aria-busy')).toBe('false');
  expect(await busy()).toEqual(['true', 'false']);
  expect(errors).toEqual([]);
  await context.close();
});
