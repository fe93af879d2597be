import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the built app opens under a nested sub-path with no console error and no outside request', async () => {
  const { page, errors, outsideRequests, context } = await openWatchedPage(browser);
  await page.goto(appUrl());
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(errors).toEqual([]);
  expect(outsideRequests).toEqual([]);
  await context.close();
});
