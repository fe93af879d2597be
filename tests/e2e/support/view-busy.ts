import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Wait until the overview shows `shown` in its context line, then record every value the view
 * root's aria-busy takes from then on; returns a reader of the values recorded.
 */
export async function watchViewBusy(page: Page, shown: string): Promise<() => Promise<string[]>> {
  await expect.poll(() => page.locator('.overview-context').textContent(), { timeout: 30_000 }).toContain(shown);
  await page.evaluate(() => {
    const root = document.querySelector('.view-root')!;
    const seen: string[] = [];
    (window as unknown as { __busy: string[] }).__busy = seen;
    new MutationObserver(() => seen.push(root.getAttribute('aria-busy') ?? '')).observe(root, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  return () => page.evaluate(() => (window as unknown as { __busy: string[] }).__busy);
}
