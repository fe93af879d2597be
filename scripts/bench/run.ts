/**
 * `npm run bench`: every performance figure of BENCHMARKS.md in one run, side by side, printed
 * as a table of target and measured median. `npm run bench -- --write` also replaces the table
 * in BENCHMARKS.md. Takes ~3 minutes on 2 cores.
 *
 * Steps: build (sizes from the manifest) → engine (Node, scripts/bench/engine.ts) → Chromium
 * against the built app on a local static server: first meaningful paint (cold cache), live
 * recomputation on the overview and the comparison table, a generated 100 MB tidy CSV through
 * the ingest worker (throughput against a naive split floor measured in this same run, long
 * tasks, memory), a ~230k-value dataset in the views, and the refusal of a 600 MB file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildForCheck, FIRST_LOAD_LIMIT, measureBuild, TOTAL_LIMIT } from '../check-bundle-size';
import { startStaticServer } from '../static-server';
import { engineFigures, median } from './engine';
import { naiveSplitFloor, writeTidyCsv } from './tidy-csv';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu', '--no-first-run', '--enable-precise-memory-info'];
/** The sub-path the bench serves the build under. */
const PREFIX = '/bench/';
const REPEATS = process.argv.includes('--quick') ? 3 : 7;
/** `--only scale,ingest`: run only the named browser steps (firstPaint, live, ingest, scale, refusal) while iterating. */
const ONLY = (() => {
  const at = process.argv.indexOf('--only');
  return at >= 0 ? new Set((process.argv[at + 1] ?? '').split(',')) : null;
})();
const runs = (step: string) => ONLY === null || ONLY.has(step);

/** One row of the result table. */
interface Row {
  figure: string;
  target: string;
  measured: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const record = (figure: string, target: string, measured: string, ok: boolean | null) => {
  rows.push({ figure, target, measured, ok });
  console.log(`  ${ok === null ? '·' : ok ? '✓' : '✗'} ${figure}: ${measured} (target ${target})`);
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const kb = (x: number) => `${(x / 1000).toFixed(1)} KB`;
const mb = (x: number) => `${(x / 1e6).toFixed(0)} MB`;

// ---------------------------------------------------------------- page-side instrumentation
/**
 * Installed before the app runs. Records: long tasks; when the overview heatmap first appears
 * and the frame after (first meaningful paint); when an ingest worker posts its result; whether
 * a progress bar was shown.
 */
function instrument(): void {
  const w = window as unknown as Record<string, unknown>;
  const longTasks: { start: number; duration: number }[] = [];
  w.__longTasks = longTasks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the list stays empty and the bench says so
  }
  const watch = () => {
    if (w.__heatmapAt === undefined && document.querySelector('.overview-view .heatmap-svg [role]')) {
      w.__heatmapAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => (w.__fmp = performance.now())));
    }
    if (document.querySelector('progress')) w.__progressSeen = true;
  };
  new MutationObserver(watch).observe(document, { subtree: true, childList: true });
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      // Registered before the app's onmessage, so it runs first in the task that delivers the result.
      this.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
        if (event.data?.type === 'result') w.__resultAt = performance.now();
      });
    }
  };
}

/** {@link instrument} as an init script (tsx adds `__name(…)` calls to named functions, also in page.evaluate callbacks; define it globally). */
const INSTRUMENT = { content: `globalThis.__name = (target) => target; (${instrument.toString()})();` };

async function pageValue<T>(page: Page, name: string): Promise<T> {
  return page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name) as Promise<T>;
}

/** Medians of a series of parameter changes (see {@link updateTimes}). */
interface UpdateTimes {
  /** Input → the frame after the view caught up (its `aria-busy` back to false). */
  view: number;
  /** Longest main-thread task between the input and the view catching up (worst change). */
  longestTask: number;
}

/**
 * Parameter changes (a range input set and its input event dispatched), `repeats` times
 * between `values`: time to the frame after the view shows the new parameters. On a large
 * dataset the views render a change in the background (useDeferredValue, marked by `aria-busy`
 * on `.view-root`), so the wait is for that mark to clear; the slider's own feedback is
 * {@link keyToPaint}'s.
 */
async function updateTimes(page: Page, label: RegExp, values: number[], repeats: number): Promise<UpdateTimes> {
  const slider = page.getByRole('slider', { name: label }).first();
  await slider.waitFor();
  const handle = await slider.elementHandle();
  const samples: { view: number; start: number; end: number }[] = [];
  for (let k = 0; k < repeats + 2; k++) {
    const value = values[k % values.length]!;
    const sample = await page.evaluate(
      ([input, next]) =>
        new Promise<{ view: number; start: number; end: number }>((resolve) => {
          const element = input as HTMLInputElement;
          const root = document.querySelector('.view-root')!;
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          const afterNextFrame = (then: (at: number) => void) => requestAnimationFrame(() => setTimeout(() => then(performance.now())));
          const caughtUp = () => {
            observer.disconnect();
            afterNextFrame((at) => {
              performance.measure('param-update', 'param-change');
              resolve({ view: at - start, start, end: at });
            });
          };
          const observer = new MutationObserver(() => {
            if (root.getAttribute('aria-busy') !== 'true') caughtUp();
          });
          performance.mark('param-change');
          const start = performance.now();
          setter.call(element, String(next));
          element.dispatchEvent(new Event('input', { bubbles: true }));
          if (root.getAttribute('aria-busy') === 'true') observer.observe(root, { attributes: true, attributeFilter: ['aria-busy'] });
          else caughtUp();
        }),
      [handle, value] as const,
    );
    if (k >= 2) samples.push(sample); // the first two warm the JIT up
  }
  const tasks = await pageValue<{ start: number; duration: number }[]>(page, '__longTasks');
  const longestTask = Math.max(0, ...tasks.filter((task) => samples.some((s) => task.start + task.duration > s.start && task.start < s.end)).map((task) => task.duration));
  return { view: median(samples.map((s) => s.view)), longestTask };
}

/**
 * Input → next paint of the slider itself, as the browser reports it for real key presses
 * (Event Timing API, the measure behind INP): the focused slider gets ArrowRight/ArrowLeft
 * alternately, `presses` times. Entries exist only from 16 ms (the API's floor); a press without
 * one counts as 16 ms. Returns the median and the worst.
 */
async function keyToPaint(page: Page, label: RegExp, presses: number): Promise<{ median: number; worst: number }> {
  const slider = page.getByRole('slider', { name: label }).first();
  await slider.focus();
  await page.evaluate(() => {
    const w = window as unknown as { __keyPaint: number[] };
    w.__keyPaint = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') w.__keyPaint.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  for (let k = 0; k < presses; k++) {
    await page.keyboard.press(k % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    // The next press once the view has caught up (aria-busy back to false) and a frame passed.
    await page.waitForFunction(() => document.querySelector('.view-root')?.getAttribute('aria-busy') !== 'true');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  }
  const measured = await pageValue<number[]>(page, '__keyPaint');
  const all = [...measured, ...new Array<number>(Math.max(0, presses - measured.length)).fill(16)];
  return { median: median(all), worst: Math.max(...all) };
}

async function openAssumptions(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /Assumptions/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.locator('#assumptions-drawer').waitFor();
}

/** Peak resident memory (VmHWM) of the browser's renderer processes, from /proc. */
async function rendererPeakBytes(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  const info = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  await session.detach();
  let peak = 0;
  for (const process of info.processInfo.filter((p) => p.type === 'renderer')) {
    try {
      const status = readFileSync(`/proc/${process.id}/status`, 'utf8');
      const match = /VmHWM:\s+(\d+) kB/.exec(status);
      if (match) peak = Math.max(peak, Number(match[1]) * 1024);
    } catch {
      // process gone
    }
  }
  return peak;
}

// ---------------------------------------------------------------- steps
async function firstPaint(browser: Browser, url: string, dist: string): Promise<void> {
  const fmp: number[] = [];
  const fcp: number[] = [];
  let transferred = 0;
  let transferredData = 0;
  for (let k = 0; k < REPEATS; k++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } }); // fresh profile: cold cache
    const page = await context.newPage();
    const files = new Set<string>();
    page.on('request', (request) => files.add(new URL(request.url()).pathname));
    await page.addInitScript(INSTRUMENT);
    await page.goto(`${url}#/overview?lang=en`);
    await page.waitForFunction(() => (window as unknown as { __fmp?: number }).__fmp !== undefined, null, { timeout: 30_000 });
    fmp.push(await pageValue<number>(page, '__fmp'));
    fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    if (k === 0) {
      for (const file of files) {
        const local = path.join(dist, file.slice(PREFIX.length) || 'index.html');
        if (!existsSync(local)) continue;
        // Code (JS, CSS, HTML) against the target; data files (the default dataset) on their own.
        if (local.endsWith('.json')) transferredData += gzipSync(readFileSync(local)).length;
        else transferred += gzipSync(readFileSync(local)).length;
      }
    }
    await context.close();
  }
  record('First meaningful paint, overview of the default dataset (cold cache, median)', '≤ 1000 ms', ms(median(fmp)), median(fmp) <= 1000);
  record('First contentful paint (shell)', '—', ms(median(fcp)), null);
  record('Code (JS, CSS, HTML) the browser fetched before that paint (gzip of each file)', '≤ 150 KB', kb(transferred), transferred <= FIRST_LOAD_LIMIT);
  record('Data the browser fetched before that paint (the default dataset JSON, gzip)', '—', kb(transferredData), null);
}

async function liveRecomputation(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  for (const view of ['overview', 'table'] as const) {
    await page.goto(`${url}#/${view}?lang=en`);
    if (view === 'overview') await page.waitForFunction(() => (window as unknown as { __fmp?: number }).__fmp !== undefined);
    else await page.locator('table.compare-table').first().waitFor();
    await openAssumptions(page);
    const horizon = await updateTimes(page, /^Decision horizon H/, [6, 12, 8, 15, 10], 15);
    const weight = await updateTimes(page, /^Weight of /, [2, 0.5, 3, 1], 15);
    const name = view === 'overview' ? 'overview' : 'comparison table';
    for (const [change, times] of [['Horizon', horizon], ['Weight', weight]] as const) {
      record(`${change} change → view updated and painted, ${name} (median of 15)`, '≤ 50 ms', ms(times.view), times.view <= 50);
    }
  }
  await context.close();
}

interface LoadFigures {
  loadMs: number;
  longestDuringLoad: number;
  longestAfterResult: number;
  progressSeen: boolean;
  peakHeap: number;
  peakRenderer: number;
}

/** Load `file` through "Load CSV" in a fresh page; figures of the load. */
async function loadInBrowser(browser: Browser, url: string, file: string): Promise<LoadFigures & { page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  await page.goto(`${url}#/data?lang=en`);
  await page.getByRole('heading', { name: /Data: what was read/ }).waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peakHeap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      try {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        peakHeap = Math.max(peakHeap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      } catch {
        // page busy or closing
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  // Resolved before the clock starts: Playwright's label lookup runs in the page's main thread.
  const input = await page.getByLabel('Load CSV').elementHandle();
  const start = await page.evaluate(() => performance.now());
  await input!.setInputFiles(file);
  const name = path.basename(file);
  await page.getByRole('status').filter({ hasText: `Loaded ${name}` }).waitFor({ timeout: 180_000 });
  sampling = false;
  await sampler;
  const resultAt = await pageValue<number | undefined>(page, '__resultAt');
  const doneAt = await page.evaluate(() => performance.now());
  const end = resultAt ?? doneAt;
  const tasks = await pageValue<{ start: number; duration: number }[]>(page, '__longTasks');
  const during = tasks.filter((task) => task.start >= start && task.start + task.duration <= end);
  const after = tasks.filter((task) => task.start + task.duration > end);
  return {
    page,
    close: () => context.close(),
    loadMs: end - start,
    longestDuringLoad: Math.max(0, ...during.map((task) => task.duration)),
    longestAfterResult: Math.max(0, ...after.map((task) => task.duration)),
    progressSeen: (await pageValue<boolean | undefined>(page, '__progressSeen')) === true,
    peakHeap,
    peakRenderer: await rendererPeakBytes(browser),
  };
}

async function ingest(browser: Browser, url: string, dir: string): Promise<void> {
  const file = path.join(dir, 'tidy-100mb.csv');
  const bytes = writeTidyCsv(file, { targetBytes: 100 * 1024 * 1024, technologies: 100, indicators: 34, years: 35 });
  const floor = naiveSplitFloor(readFileSync(file));
  const load = await loadInBrowser(browser, url, file);
  await load.close();
  const throughput = bytes / 1e6 / (load.loadMs / 1000);
  record(`Naive split-on-newline-and-comma floor, same file, Node (${mb(bytes)})`, '—', `${floor.mbPerSecond.toFixed(0)} MB/s`, null);
  record('Ingest throughput in the browser worker (file chosen → result on the page)', `≥ ${(floor.mbPerSecond / 2).toFixed(0)} MB/s (half the floor)`, `${throughput.toFixed(0)} MB/s`, throughput >= floor.mbPerSecond / 2);
  record(`100 MB tidy CSV load time (${mb(bytes)}, ${floor.rows.toLocaleString('en')} rows)`, '≤ 4000 ms', ms(load.loadMs), load.loadMs <= 4000);
  record('Progress bar shown during the load', 'yes', load.progressSeen ? 'yes' : 'no', load.progressSeen);
  record('Longest main-thread task while loading', '≤ 50 ms', ms(load.longestDuringLoad), load.longestDuringLoad <= 50);
  record('Longest main-thread task after the result (dataset shown, analysed, stored)', '—', ms(load.longestAfterResult), null);
  record('Peak JS heap of the page (CDP JSHeapUsedSize, sampled every 100 ms)', '≤ 1 GB', mb(load.peakHeap), load.peakHeap <= 1e9);
  record('Peak resident memory of the renderer (page + worker, VmHWM)', '≤ 1 GB', mb(load.peakRenderer), load.peakRenderer <= 1e9);
}

async function scale(browser: Browser, url: string, dir: string, engine: ReturnType<typeof engineFigures>): Promise<void> {
  record(`Engine, ~230k values (${engine.largeValues.toLocaleString('en')}), cold: index built (Node)`, '≤ 250 ms', ms(engine.largeColdMs), engine.largeColdMs <= 250);
  record('Engine, ~230k values, warm (a parameter change; Node)', '≤ 250 ms', ms(engine.largeWarmMs), engine.largeWarmMs <= 250);
  const file = path.join(dir, 'scale-230k.csv');
  writeTidyCsv(file, { technologies: 64, indicators: 12, years: 15 });
  const load = await loadInBrowser(browser, url, file);
  const { page } = load;
  record('~230k values: longest main-thread task after the result (first analysis + render)', '—', ms(load.longestAfterResult), null);
  for (const view of ['overview', 'table'] as const) {
    const before = await page.evaluate(() => performance.now());
    await page.evaluate((hash) => (window.location.hash = hash), `#/${view}?lang=en`);
    if (view === 'overview') await page.locator('.overview-view .heatmap-svg').first().waitFor({ timeout: 60_000 });
    else await page.locator('table.compare-table').first().waitFor({ timeout: 60_000 });
    const shown = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));
    const nodes = await page.evaluate(() => document.querySelectorAll('main *').length);
    await openAssumptions(page);
    const horizon = await updateTimes(page, /^Decision horizon H/, [6, 12, 8, 15, 10], 7);
    const keys = await keyToPaint(page, /^Decision horizon H/, 9);
    const name = view === 'overview' ? 'overview' : 'comparison table';
    record(`~230k values, ${name}: open the view → painted`, '—', ms(shown - before), null);
    record(`~230k values, ${name}: horizon key press → next paint (Event Timing, median / worst of 9)`, '≤ 50 ms (smooth)', `${ms(keys.median)} / ${ms(keys.worst)} (${nodes.toLocaleString('en')} DOM nodes)`, keys.median <= 50);
    record(`~230k values, ${name}: longest main-thread task while the view updates`, '≤ 50 ms (smooth)', ms(horizon.longestTask), horizon.longestTask <= 50);
    record(`~230k values, ${name}: horizon change → view updated and painted (median of 7)`, '—', ms(horizon.view), null);
  }
  await load.close();
}

async function refusal(browser: Browser, url: string, dir: string): Promise<void> {
  const file = path.join(dir, 'huge-values.csv');
  writeFileSync(file, 'country,technology,indicator,year,value\n');
  truncateSync(file, 600 * 1024 * 1024); // sparse
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}#/data?lang=en`);
  await page.getByRole('heading', { name: /Data: what was read/ }).waitFor();
  const start = Date.now();
  await page.getByLabel('Load CSV').setInputFiles(file);
  const alert = page.getByRole('alert').filter({ hasText: 'not loaded' });
  await alert.waitFor();
  const elapsed = Date.now() - start;
  const text = (await alert.textContent()) ?? '';
  const ok = text.includes('the limit is 512 MiB') && text.includes('Aggregate it before loading');
  record('600 MB file refused with the aggregate-upstream message (not read; see tests/e2e/scale.e2e.ts)', 'refused', `refused in ${ms(elapsed)}`, ok);
  await context.close();
  rmSync(file, { force: true });
}

// ---------------------------------------------------------------- main
function markdownTable(): string {
  const lines = ['| Figure | Target | Measured (median) | |', '|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.figure} | ${row.target} | ${row.measured} | ${row.ok === null ? '' : row.ok ? '✓' : '✗'} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const dist = path.join(work, 'dist');
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  try {
    console.log('Building…');
    buildForCheck(dist);
    const size = measureBuild(dist);
    record('First visit: JS + CSS + HTML (entry, static imports, overview, dataset loader), gzip', '≤ 150 KB', kb(size.firstLoadTotal), size.firstLoadTotal <= FIRST_LOAD_LIMIT);
    for (const data of size.data) record(`Default dataset as data (${data.file}, preloaded and fetched beside the code), gzip`, '—', kb(data.gzip), null);
    record('Everything built (all chunks, workers, CSS, HTML), gzip', '≤ 400 KB', kb(size.total), size.total <= TOTAL_LIMIT);
    record('recharts / papaparse in the first visit', 'none', size.eagerPackages.join(', ') || 'none', size.eagerPackages.length === 0);

    console.log('Engine (Node)…');
    const engine = engineFigures();
    record(`Engine, default dataset (${engine.defaultValues.toLocaleString('en')} values), a weight/horizon change (warm)`, '≤ 16 ms', ms(engine.defaultWarmMs), engine.defaultWarmMs <= 16);
    record('Engine, default dataset, first analysis (cold: index built)', '≤ 16 ms', ms(engine.defaultColdMs), engine.defaultColdMs <= 16);
    record('Monte Carlo, 1000 draws on the default dataset (the sensitivity worker\'s code; Node)', '≤ 2000 ms', ms(engine.monteCarloMs), engine.monteCarloMs <= 2000);

    server = await startStaticServer(dist, PREFIX);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    if (runs('firstPaint')) {
      console.log('First paint…');
      await firstPaint(browser, server.url, dist);
    }
    if (runs('live')) {
      console.log('Live recomputation…');
      await liveRecomputation(browser, server.url);
    }
    if (runs('ingest')) {
      console.log('Ingest (100 MB)…');
      await ingest(browser, server.url, work);
    }
    if (runs('scale')) {
      console.log('Scale (~230k values)…');
      await scale(browser, server.url, work, engine);
    }
    if (runs('refusal')) {
      console.log('Refusal (600 MB)…');
      await refusal(browser, server.url, work);
    }

    const header = `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()} headless. Date: ${new Date().toISOString().slice(0, 10)}.`;
    const table = `${header}\n\n${markdownTable()}`;
    console.log(`\n${table}`);
    if (process.argv.includes('--write')) {
      if (ONLY !== null) throw new Error('--write needs every step: run without --only');
      const file = path.join(ROOT, 'BENCHMARKS.md');
      const text = readFileSync(file, 'utf8');
      const begin = '<!-- bench:begin -->';
      const end = '<!-- bench:end -->';
      const from = text.indexOf(begin);
      const to = text.indexOf(end);
      if (from < 0 || to < 0) throw new Error('BENCHMARKS.md has no <!-- bench:begin --> … <!-- bench:end --> markers');
      writeFileSync(file, `${text.slice(0, from + begin.length)}\n${table}\n${text.slice(to)}`);
      console.log('BENCHMARKS.md updated.');
    }
    if (rows.some((row) => row.ok === false)) process.exitCode = 1;
  } finally {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
