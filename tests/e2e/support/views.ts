/** Moving between views and waiting for a view to be on screen, whatever the view draws. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { translate, type Locale, type MessageKey } from '../../../src/i18n';
import type { ViewId } from '../../../src/store/view-ids';

/**
 * Wait until start-up is over and view `id` (any view when omitted) has replaced its loading
 * placeholder: `<main>` is no longer busy and the view's container holds something other than
 * the "Preparing…" fallback. A view that is still a placeholder counts as on screen.
 */
export async function waitForView(page: Page, id?: ViewId): Promise<void> {
  await page.locator('main#main[aria-busy="false"]').waitFor();
  const root = page.locator(id ? `main#main .view-root[data-view="${id}"]` : 'main#main .view-root');
  await root.waitFor();
  await expect.poll(() => root.locator(':scope > .loading').count()).toBe(0);
  await root.locator(':scope > *').first().waitFor();
}

/** The navigation link of a view, by its label in `locale`. */
export function navLink(page: Page, id: ViewId, locale: Locale) {
  return page
    .getByRole('navigation', { name: translate(locale, 'nav.label') })
    .getByRole('link', { name: translate(locale, `nav.${id}` as MessageKey), exact: true });
}

/** Open a view through the navigation, as a user does, and wait for it. */
export async function showView(page: Page, id: ViewId, locale: Locale): Promise<void> {
  const link = navLink(page, id, locale);
  await link.click();
  await expect.poll(() => link.getAttribute('aria-current')).toBe('page');
  await waitForView(page, id);
}
