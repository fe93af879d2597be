/**
 * Briefing, as a strategist prepares a meeting: three views added to the deck, presented with
 * the keys a clicker sends (the presenter window following), printed to PDF (one 16:9 page per
 * slide), exported as one HTML file that opens with no request, and still there after a reload.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';

let browser: Browser;
/** Slides are whole views drawn live (three times each: list, print deck, projector): give them time. */
const POLL = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function addView(page: Page, navLabel: string, heading: RegExp, expectedNumber: number): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: navLabel, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: heading }).first().waitFor();
  await page.getByRole('button', { name: 'Add to briefing' }).click();
  await page.getByRole('status').filter({ hasText: `Added as slide ${expectedNumber} of the briefing.` }).waitFor();
}

async function expectSlide(page: Page, number: string, title: string): Promise<void> {
  const presentation = page.getByTestId('presentation');
  await expect.poll(() => presentation.getByTestId('slide-number').textContent(), POLL).toBe(number);
  expect(await presentation.getByTestId('slide-title').textContent()).toBe(title);
}

test('build a three-slide deck, present it with the keys, print it, export it, reload it', async () => {
  const { page, context, errors, outsideRequests } = await openWatchedPage(browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(appUrl('#/overview?lang=en'));
  await page.getByRole('heading', { level: 2, name: /overview/i }).first().waitFor();
  await page.getByRole('button', { name: 'Add to briefing' }).click();
  await page.getByRole('status').filter({ hasText: 'Added as slide 1 of the briefing.' }).waitFor();
  await addView(page, 'Comparison table', /Comparison table/, 2);
  await addView(page, 'Method', /Method/, 3);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Briefing' }).click();
  const slides = page.locator('.slide-list > li');
  await expect.poll(() => slides.count(), POLL).toBe(3);
  await slides.nth(0).getByRole('textbox', { name: 'Slide title' }).fill('Where we stand');
  await slides.nth(2).getByRole('textbox', { name: /Speaker notes/ }).fill('Every number follows the method page.');
  // Reorder with the keyboard: the method slide one place earlier, then back.
  await slides.nth(2).getByRole('textbox', { name: 'Slide title' }).press('Alt+ArrowUp');
  await expect.poll(() => slides.nth(1).getByRole('textbox', { name: /Speaker notes/ }).inputValue(), POLL).toBe('Every number follows the method page.');
  await slides.nth(1).getByRole('button', { name: /Move later/ }).click();
  await expect.poll(() => slides.nth(2).getByRole('textbox', { name: /Speaker notes/ }).inputValue(), POLL).toBe('Every number follows the method page.');
  const tableTitle = (await slides.nth(1).getByRole('textbox', { name: 'Slide title' }).getAttribute('placeholder')) ?? '';
  expect(tableTitle).toMatch(/^Comparison table: /);

  // The presenter window: the app's own page, following the presentation.
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open presenter window' }).click()]);
  await presenter.getByText(/Not presenting/).waitFor();
  expect(presenter.url()).toBe(appUrl('#/presenter'));

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const presentation = page.getByTestId('presentation');
  await presentation.waitFor();
  await expectSlide(page, '1 / 3', 'Where we stand');
  await expect.poll(() => presenter.getByTestId('presenter-number').textContent(), POLL).toBe('1 / 3');
  // Body text drawn at 24 px or more at 1920 × 1080.
  const bodyTextPx = await presentation.locator('.slide-body p').first().evaluate((element) => {
    const scaler = element.closest('.slide-scaler')!;
    const scale = new DOMMatrixReadOnly(getComputedStyle(scaler).transform).a;
    return parseFloat(getComputedStyle(element).fontSize) * scale;
  });
  expect(bodyTextPx).toBeGreaterThanOrEqual(24);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, '2 / 3', tableTitle);
  await page.keyboard.press('PageDown');
  await expectSlide(page, '3 / 3', 'Method');
  await expect.poll(() => presenter.getByTestId('presenter-notes').textContent(), POLL).toBe('Every number follows the method page.');
  await page.keyboard.press('Home');
  await expectSlide(page, '1 / 3', 'Where we stand');
  await page.keyboard.press(' ');
  await expectSlide(page, '2 / 3', tableTitle);
  await page.keyboard.press('End');
  await expectSlide(page, '3 / 3', 'Method');
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, '2 / 3', tableTitle);
  await page.keyboard.press('PageUp');
  await expectSlide(page, '1 / 3', 'Where we stand');
  // The presenter window moves the deck too.
  await presenter.getByRole('button', { name: /Next slide/ }).click();
  await expectSlide(page, '2 / 3', tableTitle);
  await expect.poll(() => presenter.getByTestId('presenter-title').textContent(), POLL).toBe(tableTitle);
  await page.keyboard.press('Escape');
  await presentation.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: 'Briefing deck' }).waitFor();
  await presenter.close();

  // PDF: one 16 in × 9 in page per slide.
  await expect.poll(() => page.getByTestId('print-deck').locator('[data-slide-canvas]').count(), POLL).toBe(3);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  expect(pdf.match(/\/Type\s*\/Page(?![s\w])/g)).toHaveLength(3);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect(box).not.toBeNull();
  expect(Number(box![1]) / Number(box![2])).toBeCloseTo(16 / 9, 2);

  // The HTML deck: one file, opened with nothing but itself.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export HTML deck' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^briefing-.*\.html$/);
  const html = await readFile((await download.path())!, 'utf8');
  const offline = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const requests: string[] = [];
  offline.on('request', (request) => requests.push(request.url()));
  const deckPage = await offline.newPage();
  const deckErrors: string[] = [];
  deckPage.on('pageerror', (error) => deckErrors.push(String(error)));
  await deckPage.setContent(html);
  await expect.poll(() => deckPage.locator('.deck-slide').count(), POLL).toBe(3);
  await expect.poll(() => deckPage.locator('#deck-counter').textContent(), POLL).toBe('1 / 3');
  expect(await deckPage.locator('.deck-slide:not([hidden]) [data-testid="slide-title"]').textContent()).toBe('Where we stand');
  await deckPage.keyboard.press('ArrowRight');
  await expect.poll(() => deckPage.locator('#deck-counter').textContent(), POLL).toBe('2 / 3');
  await deckPage.keyboard.press('ArrowRight');
  expect(await deckPage.locator('.deck-slide:not([hidden]) [data-testid="slide-title"]').textContent()).toBe('Method');
  await deckPage.keyboard.press('ArrowLeft');
  await expect.poll(() => deckPage.locator('#deck-counter').textContent(), POLL).toBe('2 / 3');
  expect(requests).toEqual([]);
  expect(deckErrors).toEqual([]);
  await offline.close();

  // A reload keeps the deck, its titles and notes.
  await page.reload();
  await expect.poll(() => slides.count(), POLL).toBe(3);
  expect(await slides.nth(0).getByRole('textbox', { name: 'Slide title' }).inputValue()).toBe('Where we stand');
  expect(await slides.nth(2).getByRole('textbox', { name: /Speaker notes/ }).inputValue()).toBe('Every number follows the method page.');

  expect(outsideRequests).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
