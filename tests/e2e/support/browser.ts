/**
 * Launches Debian's Chromium through playwright-core (never a downloaded browser) and watches
 * every page for console errors and for requests that leave the app's own origin.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Chromium flags: no sandbox (root in CI) and no background traffic to Google's hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
  '--disable-quic',
];

/** Path of the system Chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch a headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A page plus what it did that a test may assert on. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages and uncaught page errors. */
  errors: string[];
  /** Every request URL that is not the app's origin, data: or blob:. */
  outsideRequests: string[];
  /** Every request URL. */
  requests: string[];
}

/** Open a new context (a fresh profile unless `storageState` is given) and a watched page. */
export async function openWatchedPage(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    acceptDownloads?: boolean;
    /** What counts as the app's own files (default: the test server's origin, data: and blob:). */
    isOwn?: (url: string) => boolean;
  } = {},
): Promise<WatchedPage> {
  const origin = inject('origin');
  const isOwn = options.isOwn ?? ((url: string) => url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'));
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1600, height: 1000 },
    acceptDownloads: options.acceptDownloads ?? true,
  });
  const page = await context.newPage();
  const watched: WatchedPage = { page, context, errors: [], outsideRequests: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watched.errors.push(msg.text());
  });
  page.on('pageerror', (err) => watched.errors.push(String(err)));
  context.on('request', (req) => {
    const url = req.url();
    watched.requests.push(url);
    if (!isOwn(url)) watched.outsideRequests.push(url);
  });
  return watched;
}

/** URL of the app (served under its sub-path) with an optional hash route and query. */
export function appUrl(hash = ''): string {
  return `${inject('baseUrl')}${hash}`;
}
