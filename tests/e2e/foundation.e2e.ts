/**
 * Foundation, as a new user tries it: load files through "Load CSV", see them in the Data view,
 * have a broken file refused with an alert naming row and column while the earlier data stays,
 * and find everything again after a reload.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';

const fixtures = resolve(import.meta.dirname, '../fixtures/e2e');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('load, refuse a broken file atomically, reload and find everything again', async () => {
  const { page, context, errors, outsideRequests } = await openWatchedPage(browser);
  await page.goto(appUrl('#/data?lang=en'));
  await page.getByRole('heading', { name: /Data: what was read/ }).waitFor();
  // The built-in dataset opens first.
  await expect.poll(() => page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toBe('default');

  await page.getByLabel('Load CSV').setInputFiles(resolve(fixtures, 'analyst-values.csv'));
  await page.getByRole('status').filter({ hasText: 'Loaded analyst-values.csv' }).waitFor();
  const files = page.getByRole('region', { name: 'Files loaded' });
  await files.getByRole('cell', { name: 'analyst-values.csv' }).waitFor();
  await expect.poll(() => files.getByRole('row').count()).toBe(2);
  await page.getByText('12 values · 3 countries · 2 technologies').waitFor();
  const datasetId = await page.getByRole('combobox', { name: 'Dataset' }).inputValue();
  expect(datasetId).toMatch(/^user-/);

  // A broken file: refused with an alert naming file, row, column and the text found.
  await page.getByLabel('Load CSV').setInputFiles(resolve(fixtures, 'broken-values.csv'));
  const alert = page.getByRole('alert').filter({ hasText: 'not loaded' });
  await alert.waitFor();
  await expect.poll(() => alert.textContent()).toMatch(/broken-values\.csv.*row 3.*value.*abc/);
  // Nothing already loaded changed.
  expect(await page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toBe(datasetId);
  await page.getByText('12 values · 3 countries · 2 technologies').waitFor();
  await files.getByRole('cell', { name: 'analyst-values.csv' }).waitFor();

  // A setting too, to check it survives the reload.
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('heading', { name: /データ：読み込んだ内容/ }).waitFor();

  await page.reload();
  await page.getByRole('heading', { name: /データ：読み込んだ内容/ }).waitFor();
  await expect.poll(() => page.getByRole('combobox', { name: 'データセット' }).inputValue()).toBe(datasetId);
  await page.getByRole('region', { name: '読み込んだファイル' }).getByRole('cell', { name: 'analyst-values.csv' }).waitFor();
  expect(page.url()).toContain(`ds=${datasetId}`);

  expect(outsideRequests).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('?lang=en forces English even when Japanese was remembered', async () => {
  const { page, context } = await openWatchedPage(browser);
  await page.goto(appUrl('#/method'));
  await page.getByRole('button', { name: '日本語' }).click();
  await page.getByRole('heading', { name: '手法：すべての数値の計算方法' }).waitFor();
  await page.goto(appUrl('?lang=en#/method'));
  await page.reload();
  await page.getByRole('heading', { name: 'Method: how every number is computed' }).waitFor();
  await context.close();
});

test('reset workspace asks first, then removes user datasets and settings', async () => {
  const { page, context } = await openWatchedPage(browser);
  await page.goto(appUrl('#/data?lang=en'));
  await page.getByLabel('Load CSV').setInputFiles(resolve(fixtures, 'analyst-values.csv'));
  await page.getByRole('status').filter({ hasText: 'Loaded analyst-values.csv' }).waitFor();
  await page.getByRole('button', { name: 'Reset workspace' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toMatch(/^user-/);
  await page.getByRole('button', { name: 'Reset workspace' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect.poll(() => page.getByRole('combobox', { name: 'Dataset' }).inputValue()).toBe('default');
  await page.reload();
  await expect.poll(() => page.getByRole('combobox', { name: 'Dataset' }).locator('option').count()).toBe(1);
  await context.close();
});
