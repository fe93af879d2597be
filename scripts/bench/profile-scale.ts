/**
 * Developer aid, not part of `npm run bench`: CPU profile of parameter changes at ~230k values
 * in the built app (unminified), summarised bottom-up by self time.
 *   npx tsx scripts/bench/profile-scale.ts [overview|table] [dist dir] [--default] [--long-tasks] [--trace]
 * (--default: the embedded default dataset instead of the ~230k-value file.)
 * The dist dir must hold `vite build --minify false --base ./` output.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../static-server';
import { writeTidyCsv } from './tidy-csv';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function main(): Promise<void> {
  const view = process.argv[2] ?? 'overview';
  const dist = process.argv[3] ?? '/tmp/prof-dist';
  const work = mkdtempSync(path.join(os.tmpdir(), 'profile-'));
  const file = path.join(work, 'scale-230k.csv');
  writeTidyCsv(file, { technologies: 64, indicators: 12, years: 15 });
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`no build in ${dist}`);
  const server = await startStaticServer(dist, '/p/');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // tsx wraps named functions in __name(…), also inside page.evaluate callbacks.
  await page.addInitScript({
    content: `globalThis.__name = (target) => target; globalThis.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) globalThis.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });`,
  });
  await page.goto(`${server.url}#/data?lang=en`);
  if (!process.argv.includes('--default')) {
    await page.getByLabel('Load CSV').setInputFiles(file);
    await page.getByRole('status').filter({ hasText: 'Loaded scale-230k.csv' }).waitFor({ timeout: 120_000 });
  }
  await page.evaluate((hash) => (window.location.hash = hash), `#/${view}?lang=en`);
  await page.locator(view === 'overview' ? '.overview-view .heatmap-svg' : 'table.compare-table').first().waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: /Assumptions/ }).click();
  const slider = await page.getByRole('slider', { name: /^Decision horizon H/ }).first().elementHandle();
  const change = (value: number) =>
    page.evaluate(
      ([input, next]) =>
        new Promise<number>((resolve) => {
          const element = input as HTMLInputElement;
          const start = performance.now();
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(element, String(next));
          element.dispatchEvent(new Event('input', { bubbles: true }));
          const root = document.querySelector('.view-root')!;
          const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          if (root.getAttribute('aria-busy') !== 'true') done();
          else {
            const observer = new MutationObserver(() => {
              if (root.getAttribute('aria-busy') === 'true') return;
              observer.disconnect();
              done();
            });
            observer.observe(root, { attributes: true });
          }
        }),
      [slider, value] as const,
    );
  for (const v of [6, 12, 8]) await change(v);
  if (process.argv.includes('--long-tasks')) {
    await page.evaluate(() => ((globalThis as unknown as { __longTasks: number[] }).__longTasks.length = 0));
    const caught: number[] = [];
    for (const v of [15, 10, 6, 12, 8, 15, 10, 6, 12, 8]) caught.push(await change(v));
    console.log('caught up (ms):', caught.map((t) => t.toFixed(0)).join(' '));
    console.log('long tasks (ms):', await page.evaluate(() => (globalThis as unknown as { __longTasks: number[] }).__longTasks.join(' ')));
  }
  if (process.argv.includes('--trace')) {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const traced: number[] = [];
    for (const v of [15, 10, 6, 12, 8]) traced.push(await change(v));
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; ph: string; dur?: number; tid: number }[] }).traceEvents;
    const main = events.find((e) => e.name === 'ParseHTML' || e.name === 'FunctionCall')?.tid;
    const sums = new Map<string, number>();
    for (const e of events) if (e.ph === 'X' && e.dur && e.tid === main) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
    console.log('traced change → frame (ms):', traced.map((t) => t.toFixed(0)).join(' '));
    for (const [name, total] of [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(total / traced.length).toFixed(2).padStart(7)} ms/change  ${name}`);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const times: number[] = [];
  for (const v of [15, 10, 6, 12, 8, 15, 10]) times.push(await change(v));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  console.log('change → view caught up (ms):', times.map((t) => t.toFixed(0)).join(' '));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const frameKey = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
  };
  const sampleMs = (k: number) => (profile.timeDeltas[k] ?? 0) / 1000;
  /** Add sample k's time to every function on its stack (once each). */
  const addInclusive = (into: Map<string, number>, k: number) => {
    const seen = new Set<string>();
    for (let at: number | undefined = profile.samples[k]; at !== undefined; at = parent.get(at)) seen.add(frameKey(at));
    for (const key of seen) into.set(key, (into.get(key) ?? 0) + sampleMs(k));
  };
  const self = new Map<string, number>();
  profile.samples.forEach((id, k) => self.set(frameKey(id), (self.get(frameKey(id)) ?? 0) + sampleMs(k)));
  const inclusive = new Map<string, number>();
  profile.samples.forEach((_id, k) => addInclusive(inclusive, k));
  console.log('--- inclusive');
  for (const [key, msIn] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${(msIn / times.length).toFixed(2).padStart(7)} ms/change  ${key}`);
  // The longest run of samples inside JS (a task, roughly) and what it spent its time on.
  const idle = (id: number) => ['(idle)', '(program)', '(root)'].includes(byId.get(id)!.callFrame.functionName);
  let best = { from: 0, to: 0, ms: 0 };
  for (let k = 0, from = 0, run = 0; k < profile.samples.length; k++) {
    if (idle(profile.samples[k]!)) {
      from = k + 1;
      run = 0;
      continue;
    }
    run += sampleMs(k);
    if (run > best.ms) best = { from, to: k, ms: run };
  }
  const inRun = new Map<string, number>();
  for (let k = best.from; k <= best.to; k++) addInclusive(inRun, k);
  console.log(`--- longest JS run: ${best.ms.toFixed(0)} ms`);
  for (const [key, msIn] of [...inRun.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${msIn.toFixed(2).padStart(7)} ms  ${key}`);
  console.log('--- self');
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled ${total.toFixed(0)} ms over ${times.length} changes`);
  for (const [key, msSelf] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(msSelf / times.length).toFixed(2).padStart(7)} ms/change  ${key}`);
  await browser.close();
  await server.close();
}

void main();
