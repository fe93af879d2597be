/**
 * Restricted networks. The app, served under a nested sub-path (as on an intranet server) and as
 * one HTML file opened from disk (as from a USB stick on an air-gapped laptop), makes no request
 * outside its own files while a user visits every view and uses its controls, and its
 * Content-Security-Policy refuses such requests should any code try.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { translate, type Locale } from '../../src/i18n';
import { WORKER_THRESHOLD_BYTES } from '../../src/ingest/worker-client';
import { VIEW_IDS } from '../../src/store/view-ids';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';
import { probeOutsideRequests } from './support/csp-probe';
import { buildSingleFile, type SingleFileBuild } from './support/single-file';
import { showView, waitForView } from './support/views';

const fixtures = resolve(import.meta.dirname, '../fixtures/e2e');
const analystCsv = resolve(fixtures, 'analyst-values.csv');
/** Every kind of outside request the probe tries, each refused by its own directive. */
const REFUSED = ['connect-src', 'font-src', 'img-src', 'script-src-elem'];

let browser: Browser;
let single: SingleFileBuild;
let scratch: string;
/** analyst-values.csv with long notes: over the worker threshold, so the load runs in a Web Worker. */
let bigCsv: string;

beforeAll(async () => {
  [browser, single, scratch] = await Promise.all([launchBrowser(), buildSingleFile(), mkdtemp(join(tmpdir(), 'net-assessment-offline-'))]);
  const [header, ...rows] = (await readFile(analystCsv, 'utf8')).trim().split('\n');
  const note = 'n'.repeat(Math.ceil(WORKER_THRESHOLD_BYTES / rows.length) + 1024);
  bigCsv = join(scratch, 'analyst-values-long-notes.csv');
  await writeFile(bigCsv, [header, ...rows.map((row) => `${row.slice(0, row.lastIndexOf(','))},${note}`)].join('\n') + '\n');
});
afterAll(async () => {
  await browser?.close();
  await single?.dispose();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Visit every view through the navigation, in `locale`. */
async function visitEveryView(page: Page, locale: Locale): Promise<void> {
  for (const id of VIEW_IDS) await showView(page, id, locale);
}

/** Load `file` through "Load CSV" and wait for the success status. */
async function loadCsv(page: Page, file: string): Promise<void> {
  const name = file.slice(file.lastIndexOf('/') + 1);
  await page.getByLabel('Load CSV').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: `Loaded ${name}` }).waitFor();
}

/** Click "Export rankings (CSV)" on the current view; the downloaded file's name. */
async function exportRankings(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: translate('en', 'export.rankingsCsv') }).first().click(),
  ]);
  return download.suggestedFilename();
}

/** Download the first chart of the current view as PNG and as SVG (canvas and blob: URLs); the file names. */
async function exportChart(page: Page): Promise<string[]> {
  const names: string[] = [];
  for (const format of ['PNG', 'SVG']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: new RegExp(`^Download chart .* as ${format}`) }).first().click(),
    ]);
    names.push(download.suggestedFilename());
  }
  return names;
}

/** Use the controls that could reach for the network: language, assumptions, exports (CSV, PNG, SVG), loading. */
async function useControls(page: Page): Promise<void> {
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('heading', { name: translate('ja', 'app.title'), level: 1 }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: translate('en', 'app.title'), level: 1 }).waitFor();

  await page.getByRole('button', { name: translate('en', 'params.open') }).click();
  const drawer = page.getByRole('complementary', { name: translate('en', 'params.title') });
  await drawer.waitFor();
  await drawer.getByRole('button', { name: translate('en', 'common.close') }).click();
  await expect.poll(() => drawer.count()).toBe(0);

  expect(await exportRankings(page)).toMatch(/\.csv$/);
  await showView(page, 'ranking', 'en');
  expect(await exportChart(page)).toEqual([expect.stringMatching(/\.png$/), expect.stringMatching(/\.svg$/)]);

  await loadCsv(page, analystCsv);
  // Over the threshold: parsed in the ingest worker.
  const [worker] = await Promise.all([page.waitForEvent('worker'), loadCsv(page, bigCsv)]);
  expect(worker.url()).toBeTruthy();
}

test('served under a nested sub-path: every view and the main controls request nothing outside the app folder', async () => {
  const base = inject('baseUrl');
  expect(new URL(base).pathname).toBe('/intranet/tools/net-assessment/');
  const { page, context, errors, outsideRequests, requests } = await openWatchedPage(browser);
  await page.goto(appUrl('#/overview?lang=en'));
  await waitForView(page);
  await visitEveryView(page, 'en');
  await showView(page, 'overview', 'en');
  await useControls(page);
  await showView(page, 'data', 'en');
  await page.getByRole('region', { name: 'Files loaded' }).getByRole('cell', { name: 'analyst-values-long-notes.csv' }).waitFor();
  await visitEveryView(page, 'en');

  expect(outsideRequests).toEqual([]);
  // Stricter than "same origin": nothing above the folder the app was copied to.
  expect(requests.filter((url) => !(url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')))).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('served: the Content-Security-Policy refuses fetches, images, fonts and scripts from elsewhere', async () => {
  const { page, context } = await openWatchedPage(browser);
  await page.goto(appUrl('#/overview?lang=en'));
  await waitForView(page);
  expect(await probeOutsideRequests(page)).toEqual({ refusedBy: REFUSED, notBlocked: [] });
  await context.close();
});

test('single file: one HTML file that opens from disk, loads user CSV files (also in a worker) and keeps them', async () => {
  expect(single.files).toEqual(['net-assessment.html']);
  const html = await readFile(single.path, 'utf8');
  // Nothing refers to another file: no script src, no stylesheet link, no relative asset path.
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(?:stylesheet|modulepreload)"|["'(]\.?\/?assets\//);

  const own = (url: string) => url.split('#')[0] === single.url || url.startsWith('data:') || url.startsWith('blob:');
  const { page, context, errors, outsideRequests, requests } = await openWatchedPage(browser, { isOwn: own });
  await page.goto(`${single.url}#/data?lang=en`);
  await page.getByRole('heading', { name: translate('en', 'data.title') }).waitFor();
  await visitEveryView(page, 'en');
  await showView(page, 'data', 'en');

  await loadCsv(page, analystCsv);
  const files = page.getByRole('region', { name: 'Files loaded' });
  await files.getByRole('cell', { name: 'analyst-values.csv' }).waitFor();
  await page.getByText('12 values · 3 countries · 2 technologies').waitFor();
  const datasetId = await page.getByRole('combobox', { name: 'Dataset' }).inputValue();
  expect(datasetId).toMatch(/^user-/);

  // A big file goes to the ingest worker, which the single file starts from a blob: URL.
  const [worker] = await Promise.all([page.waitForEvent('worker'), loadCsv(page, bigCsv)]);
  expect(worker.url()).toMatch(/^blob:/);
  await files.getByRole('cell', { name: 'analyst-values-long-notes.csv' }).waitFor();

  // Exports download from blob: URLs, also on a file:// page.
  await showView(page, 'ranking', 'en');
  expect(await exportRankings(page)).toMatch(/\.csv$/);
  expect(await exportChart(page)).toEqual([expect.stringMatching(/\.png$/), expect.stringMatching(/\.svg$/)]);
  await showView(page, 'data', 'en');

  // Persistence on a file:// page: Chromium keeps IndexedDB and localStorage for file:// pages.
  await page.getByRole('combobox', { name: 'Dataset' }).selectOption(datasetId);
  await page.reload();
  await page.getByRole('heading', { name: translate('en', 'data.title') }).waitFor();
  await expect.poll(() => page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toBe(datasetId);
  await files.getByRole('cell', { name: 'analyst-values.csv' }).waitFor();
  expect(await page.locator('.storage-notice').count()).toBe(0);
  await visitEveryView(page, 'en');

  expect(outsideRequests).toEqual([]);
  expect(requests.filter((url) => url.startsWith('file:')).map((url) => url.split('#')[0])).toContain(single.url);
  expect(errors).toEqual([]);

  // Its own, stricter policy: nothing from anywhere, not even other files on the disk.
  expect(await probeOutsideRequests(page)).toEqual({ refusedBy: REFUSED, notBlocked: [] });
  await context.close();
});

test('single file: says plainly when the browser keeps nothing', async () => {
  const own = (url: string) => url.split('#')[0] === single.url || url.startsWith('data:') || url.startsWith('blob:');
  const { page, context, outsideRequests } = await openWatchedPage(browser, { isOwn: own });
  // As some browsers do for file:// pages (or a policy does): storage refused.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      configurable: true,
    });
  });
  await page.goto(`${single.url}#/data?lang=en`);
  await page.getByRole('heading', { name: translate('en', 'data.title') }).waitFor();
  const notice = page.getByRole('alert').filter({ hasText: 'does not allow storage' });
  await notice.waitFor();
  await loadCsv(page, analystCsv);
  await page.getByRole('region', { name: 'Files loaded' }).getByRole('cell', { name: 'analyst-values.csv' }).waitFor();
  expect(outsideRequests).toEqual([]);
  await context.close();
});
