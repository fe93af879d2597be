/**
 * Developer aid, not part of `npm run bench`: CPU profile of parameter changes at ~230k values
 * in the built app (unminified), summarised bottom-up by self time.
 *   npx tsx scripts/bench/profile-scale.ts [overview|table] [dist dir]
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
  await page.goto(`${server.url}#/data?lang=en`);
  await page.getByLabel('Load CSV').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'Loaded scale-230k.csv' }).waitFor({ timeout: 120_000 });
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
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        }),
      [slider, value] as const,
    );
  for (const v of [6, 12, 8]) await change(v);
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
  console.log('change → frame (ms):', times.map((t) => t.toFixed(0)).join(' '));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
      seen.add(`${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  console.log('--- inclusive');
  for (const [key, msIn] of [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${(msIn / times.length).toFixed(2).padStart(7)} ms/change  ${key}`);
  console.log('--- self');
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`sampled ${total.toFixed(0)} ms over ${times.length} changes`);
  for (const [key, msSelf] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(msSelf / times.length).toFixed(2).padStart(7)} ms/change  ${key}`);
  await browser.close();
  await server.close();
}

void main();
