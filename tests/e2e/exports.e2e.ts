/**
 * Exports as an analyst uses them: a chart saved as PNG (twice its on-screen size), SVG (a
 * standalone file with its title) and CSV (its data table); then the whole workspace written to
 * a file in one browser profile and read back in a fresh one, with identical rankings,
 * settings and briefing deck — and still there after a reload.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';
import { downloadText } from './support/downloads';
import { readPngSize } from '../../src/export/chart-png';
import { TITLE_BAND } from '../../src/export/chart-svg';
import { SETTINGS_KEY } from '../../src/store/persistence/settings';

const fixtures = resolve(import.meta.dirname, '../fixtures/e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Click `trigger`; return the download's name, bytes and path. */
async function download(page: Page, trigger: Locator): Promise<{ name: string; bytes: Uint8Array; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)), path };
}

test('the overview heatmap downloads as PNG at 2×, as a standalone SVG and as CSV', async () => {
  const { page, context, errors, outsideRequests } = await openWatchedPage(browser);
  await page.goto(appUrl('#/overview?lang=en'));
  const title = 'Asymmetry A by technology and rival';
  const figure = page.getByRole('figure', { name: title });
  const chart = figure.locator('.chart-frame-body svg').first();
  await chart.waitFor();
  const box = await chart.evaluate((svg) => {
    const rect = svg.getBoundingClientRect();
    return { width: rect.width, height: rect.height };
  });

  const png = await download(page, figure.getByRole('button', { name: `Download chart “${title}” as PNG (2×)` }));
  expect(png.name).toMatch(/^overview-heatmap-.*\.png$/);
  expect(Array.from(png.bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the chart's CSS box (the exported box: the chart plus the title band above it).
  expect(readPngSize(png.bytes)).toEqual({ width: Math.ceil(box.width) * 2, height: Math.ceil(box.height + TITLE_BAND) * 2 });

  const svg = await download(page, figure.getByRole('button', { name: `Download chart “${title}” as SVG` }));
  expect(svg.name).toMatch(/^overview-heatmap-.*\.svg$/);
  const svgText = new TextDecoder().decode(svg.bytes);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      namespace: root.namespaceURI,
      title: root.querySelector('title')?.textContent,
      visibleTitle: Array.from(root.children).find((node) => node.localName === 'text')?.textContent,
      cells: root.querySelectorAll('rect').length,
      viewBox: root.getAttribute('viewBox'),
    };
  }, svgText);
  expect(parsed).toMatchObject({ error: false, namespace: 'http://www.w3.org/2000/svg', title, visibleTitle: title });
  expect(parsed.cells).toBeGreaterThan(10);
  expect(parsed.viewBox).toBe(`0 0 ${Math.ceil(box.width)} ${Math.ceil(box.height + TITLE_BAND)}`);
  expect(svgText).toContain('Artificial intelligence');
  // Standalone: no reference outside the file (the only URLs are the XML namespaces).
  expect(svgText.match(/https?:\/\/[^"'\s)]+/g)?.every((url) => url.startsWith('http://www.w3.org/')) ?? true).toBe(true);
  expect(svgText).not.toMatch(/<script|<foreignObject|class="/);

  const csv = await download(page, figure.getByRole('button', { name: `Download the data of chart “${title}” as CSV` }));
  expect(csv.name).toMatch(/^overview-heatmap-.*\.csv$/);
  expect(Array.from(csv.bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
  const lines = new TextDecoder().decode(csv.bytes.subarray(3)).split('\n');
  const headers = await figure.locator('table thead th').allTextContents();
  expect(lines[0]).toBe(headers.join(','));
  expect(lines.filter((line) => line !== '').length).toBe(1 + (await figure.locator('table tbody tr').count()));

  expect(outsideRequests).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** What must be identical after the round trip. */
async function snapshot(page: Page) {
  const dataset = page.getByRole('combobox', { name: 'Dataset' });
  const rankings = await downloadText(page, page.getByRole('button', { name: 'Export rankings (CSV)' }).first());
  const settings = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, SETTINGS_KEY);
  return {
    rankings: rankings.text,
    settings,
    activeDataset: await dataset.inputValue(),
    datasets: await dataset.locator('option').allTextContents(),
    hash: new URL(page.url()).hash,
  };
}

test('a workspace exported after a weight change and a load comes back identical in a fresh profile', async () => {
  const first = await openWatchedPage(browser);
  const a = first.page;
  await a.goto(appUrl('#/overview?lang=en'));
  const exportRankings = a.getByRole('button', { name: 'Export rankings (CSV)' }).first();
  await exportRankings.waitFor();
  const untouched = (await downloadText(a, exportRankings)).text;

  // Change a weight.
  await a.getByRole('button', { name: /^Assumptions…/ }).click();
  const weight = a.getByRole('spinbutton', { name: 'Weight of AI research articles (whole count)' });
  await weight.fill('3');
  await weight.press('Tab');
  await a.getByRole('complementary', { name: /Assumptions/ }).getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => (await downloadText(a, exportRankings)).text).not.toBe(untouched);

  // Load a file: a second dataset, made active; then back to the built-in one with the weight.
  await a.getByLabel('Load CSV').setInputFiles(resolve(fixtures, 'analyst-values.csv'));
  await a.getByRole('status').filter({ hasText: 'Loaded analyst-values.csv' }).waitFor();
  const userDatasetId = await a.getByRole('combobox', { name: 'Dataset' }).inputValue();
  expect(userDatasetId).toMatch(/^user-/);
  await a.getByRole('combobox', { name: 'Dataset' }).selectOption('default');
  // And a briefing slide of this view.
  await a.getByRole('button', { name: 'Add to briefing' }).first().click();
  await a.getByText('Added as slide 1 of the briefing.').waitFor();
  const before = await snapshot(a);
  expect(before.settings).toMatchObject({ activeDatasetId: 'default', parameters: { weights: { ai_articles: 3 } }, deck: [{ view: 'overview', datasetId: 'default' }] });

  const workspace = await download(a, a.getByRole('button', { name: 'Export workspace' }));
  expect(workspace.name).toMatch(/^workspace-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(new TextDecoder().decode(workspace.bytes))).toMatchObject({ format: 'net-assessment-workspace', version: 1 });

  // A fresh profile: nothing stored; import the file.
  const second = await openWatchedPage(browser);
  const b = second.page;
  await b.goto(appUrl('#/method?lang=en'));
  await expect.poll(() => b.getByRole('combobox', { name: 'Dataset' }).locator('option').count()).toBe(1);
  await b.getByLabel('Import workspace').setInputFiles(workspace.path);
  const dialog = b.getByRole('dialog');
  await dialog.getByText('(datasets: 1, slides: 1)').waitFor();
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await b.getByRole('status').filter({ hasText: 'Workspace imported from' }).waitFor();
  await b.getByRole('heading', { name: 'Net assessment overview' }).waitFor();
  expect(await snapshot(b)).toEqual(before);

  // The user dataset came back with its id and gives the same rankings in both profiles.
  await a.getByRole('combobox', { name: 'Dataset' }).selectOption(userDatasetId);
  await b.getByRole('combobox', { name: 'Dataset' }).selectOption(userDatasetId);
  const userA = await snapshot(a);
  expect(await snapshot(b)).toEqual(userA);

  // Persisted: a reload of the fresh profile finds the same workspace.
  await b.reload();
  await b.getByRole('heading', { name: 'Net assessment overview' }).waitFor();
  expect(await snapshot(b)).toEqual(userA);

  for (const watched of [first, second]) {
    expect(watched.outsideRequests).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  }
});

test('a damaged workspace file is refused with a reason and changes nothing', async () => {
  const { page, context } = await openWatchedPage(browser);
  await page.goto(appUrl('#/overview?lang=en'));
  const exportRankings = page.getByRole('button', { name: 'Export rankings (CSV)' }).first();
  await exportRankings.waitFor();
  const before = await snapshot(page);
  await page.getByLabel('Import workspace').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"net-assessment-workspace","version":1,"datasets":"none"}') });
  const alert = page.getByRole('alert').filter({ hasText: 'notes.json was not imported' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('part “datasets” of the file is damaged (expected a list)');
  expect(await snapshot(page)).toEqual(before);
  await context.close();
});
