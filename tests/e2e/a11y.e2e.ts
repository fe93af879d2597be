/**
 * Accessibility in a real browser: every view, in Japanese and in English, has no serious or
 * critical axe-core violation (failures name the rule and the elements); nothing moves when the
 * user asks for reduced motion; the app can be used from the keyboard alone (skip link, visible
 * focus, header → navigation → content).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LOCALES, translate } from '../../src/i18n';
import { VIEW_IDS } from '../../src/store/view-ids';
import { appUrl, launchBrowser, openWatchedPage } from './support/browser';
import { describeViolations, runAxe, seriousOrCritical } from './support/axe';
import { navLink, showView, waitForView } from './support/views';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Each view is visited once per language (touring every view is what costs time). The English
// tour runs at the width of an A4 landscape page with prefers-reduced-motion, so it also checks
// that nothing moves and that each view prints without navigation or controls and uncut.
for (const locale of LOCALES) {
  const english = locale === 'en';
  const name = english
    ? 'every view in en: no serious or critical axe-core violation; nothing moves under reduced motion; prints on A4 landscape'
    : `every view in ${locale}: no serious or critical axe-core violation`;
  test(name, async () => {
    const { page, context } = await openWatchedPage(browser, english ? { viewport: PRINT_AREA } : {});
    if (english) await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(appUrl(`#/overview?lang=${locale}`));
    await waitForView(page, 'overview');
    const failures: string[] = [];
    const moving: string[] = [];
    const printing: string[] = [];
    for (const id of VIEW_IDS) {
      await showView(page, id, locale);
      const blocking = seriousOrCritical(await runAxe(page));
      if (blocking.length > 0) failures.push(`#/${id} (${locale}):\n${describeViolations(blocking)}`);
      if (!english) continue;
      const parts = await movingParts(page);
      if (parts.length > 0) moving.push(`#/${id}: ${parts.join(', ')}`);
      await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
      const problems = await printProblems(page);
      if (problems.length > 0) printing.push(`#/${id}: ${problems.join('; ')}`);
      // Back to the screen: the navigation is not printed, and the next view is opened through it.
      await page.emulateMedia({ media: 'screen', reducedMotion: 'reduce' });
    }
    expect(failures.join('\n\n')).toBe('');
    expect(moving).toEqual([]);
    expect(printing).toEqual([]);
    if (english) expect(await printedPageSizes(page)).toEqual(new Set(['842x595'])); // A4 landscape, in points
    await context.close();
  });
}

/** Where the focus is and whether it can be seen: the focused element's outline and position. */
interface FocusInfo {
  /** `nav`, `main`, `header`, `skip` or `other`. */
  area: string;
  /** Tag and text, for failure messages. */
  label: string;
  /** Outline drawn (style not `none`, width ≥ 2 px) or a focus ring by box-shadow. */
  visible: boolean;
  /** Inside the viewport. */
  onScreen: boolean;
}

function focusInfo(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { area: 'none', label: 'body', visible: false, onScreen: false };
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const area = element.classList.contains('skip-link')
      ? 'skip'
      : element.closest('nav')
        ? 'nav'
        : element.closest('main')
          ? 'main'
          : element.closest('header')
            ? 'header'
            : 'other';
    return {
      area,
      label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
      visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
    };
  });
}

test('keyboard only: skip link first, then header, navigation and main content in order, each with a visible focus', async () => {
  const { page, context } = await openWatchedPage(browser);
  await page.goto(appUrl('#/overview?lang=en'));
  await waitForView(page, 'overview');

  // The first Tab shows the skip link; Enter moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = await focusInfo(page);
  expect(skip).toEqual({ area: 'skip', label: `a "${translate('en', 'app.skipToContent')}"`, visible: true, onScreen: true });
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.keyboard.press('Tab');
  const afterSkip = await focusInfo(page);
  expect(afterSkip.area, afterSkip.label).toBe('main');
  expect(afterSkip.visible && afterSkip.onScreen, afterSkip.label).toBe(true);

  // From the top: every stop has a visible focus; the areas come in reading order.
  await page.goto(appUrl('#/overview?lang=en'));
  await page.reload();
  await waitForView(page, 'overview');
  const areas: string[] = [];
  const invisible: string[] = [];
  for (let stop = 0; stop < 60 && !areas.includes('main'); stop += 1) {
    await page.keyboard.press('Tab');
    const info = await focusInfo(page);
    if (!(info.visible && info.onScreen)) invisible.push(`${info.area}: ${info.label}`);
    if (areas.at(-1) !== info.area) areas.push(info.area);
  }
  expect(invisible).toEqual([]);
  expect(areas.slice(0, 3)).toEqual(['skip', 'header', 'nav']);
  expect(areas).toContain('main');

  // A view opens from the keyboard: focus a navigation link, press Enter.
  await navLink(page, 'method', 'en').focus();
  await page.keyboard.press('Enter');
  await waitForView(page, 'method');
  expect(await navLink(page, 'method', 'en').getAttribute('aria-current')).toBe('page');
  await context.close();
});

/** What animates, or would animate on a change, on the page as it is now (at most a few). */
function movingParts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) => Math.max(...list.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
    // Animations running now (CSS or script), and any element that would animate on a change.
    const now = document
      .getAnimations()
      .filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 10)
      .map((animation) => `running ${(animation as CSSAnimation).animationName ?? (animation as CSSTransition).transitionProperty ?? 'animation'}`);
    const later = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        return seconds(style.transitionDuration) > 0.01 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01);
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return [...now, ...later];
  });
}

/** A4 landscape less the @page margins (297 × 210 mm, 12 mm and 10 mm), in CSS pixels. */
const PRINT_AREA = { width: Math.floor(((297 - 24) / 25.4) * 96), height: Math.floor(((210 - 20) / 25.4) * 96) };

/** With print media emulated: screen-only parts still shown, and anything cut at the page edge. */
function printProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const issues: string[] = [];
    for (const selector of ['.skip-link', '.nav', '.header-controls', '.view-actions', '.chart-frame-actions']) {
      for (const element of document.querySelectorAll(selector)) {
        if (getComputedStyle(element).display !== 'none') issues.push(`${selector} is printed`);
      }
    }
    const width = document.documentElement.clientWidth;
    const cut = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => {
      if (element.closest('.visually-hidden, .briefing-print-deck')) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.right > width + 1;
    });
    for (const element of cut.slice(0, 3)) {
      const right = Math.round(element.getBoundingClientRect().right);
      issues.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} is cut at the page edge (${right} px > ${width} px)`);
    }
    return issues;
  });
}

/** Page sizes (points, rounded) of the PDF Chromium prints for the current view. */
async function printedPageSizes(page: Page): Promise<Set<string>> {
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  return new Set(boxes.map((match) => `${Math.round(Number(match[1]))}x${Math.round(Number(match[2]))}`));
}
