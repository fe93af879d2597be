/** Read what a click downloads, as text (the app downloads through blob: anchors). */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** Click `trigger` and return the downloaded file's name and text. */
export async function downloadText(page: Page, trigger: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}
