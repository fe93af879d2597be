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

// Each view is visited once per language; the English pass, run with prefers-reduced-motion,
// also checks that nothing moves (no second tour of every view just for that).
for (const locale of LOCALES) {
  const motion = locale === 'en';
  test(`every view in ${locale}: no serious or critical axe-core violation${motion ? '; nothing moves under prefers-reduced-motion' : ''}`, async () => {
    const { page, context } = await openWatchedPage(browser);
    if (motion) await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(appUrl(`#/overview?lang=${locale}`));
    await waitForView(page, 'overview');
    const failures: string[] = [];
    const moving: string[] = [];
    for (const id of VIEW_IDS) {
      await showView(page, id, locale);
      const blocking = seriousOrCritical(await runAxe(page));
      if (blocking.length > 0) failures.push(`#/${id} (${locale}):\n${describeViolations(blocking)}`);
      if (motion) {
        const parts = await movingParts(page);
        if (parts.length > 0) moving.push(`#/${id}: ${parts.join(', ')}`);
      }
    }
    expect(failures.join('\n\n')).toBe('');
    expect(moving).toEqual([]);
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

/** A4 landscape less the @page margins (297 × 210 mm, 12 mm and 10 mm), in CSS pixels. */
const PRINT_AREA = { width: Math.floor(((297 - 24) / 25.4) * 96), height: Math.floor(((210 - 20) / 25.4) * 96) };

test('print: every view fits A4 landscape without navigation or controls', async () => {
  const { page, context } = await openWatchedPage(browser, { viewport: PRINT_AREA });
  await page.goto(appUrl('#/overview?lang=en'));
  await waitForView(page, 'overview');
  const problems: string[] = [];
  for (const id of VIEW_IDS) {
    // Navigate on screen (the navigation is not printed), then look at the printed layout.
    await page.emulateMedia({ media: 'screen' });
    await showView(page, id, 'en');
    await page.emulateMedia({ media: 'print' });
    const found = await page.evaluate(() => {
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
        issues.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} is cut at the page edge (${Math.round(element.getBoundingClientRect().right)} px > ${width} px)`);
      }
      return issues;
    });
    if (found.length > 0) problems.push(`#/${id}: ${found.join('; ')}`);
  }
  expect(problems).toEqual([]);

  // The printed pages really are A4 landscape (842 × 595 pt).
  await page.emulateMedia({ media: 'screen' });
  await showView(page, 'overview', 'en');
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
  expect(boxes.length).toBeGreaterThan(0);
  expect(new Set(boxes.map((box) => box.join('x')))).toEqual(new Set(['842x595']));
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
