/**
 * Bundle-size gate (`npm run check:size`, part of `npm test`): builds the app into a temporary
 * folder and fails when
 *   - the first visit's code (index.html, entry chunk + static imports, the overview and the
 *     embedded dataset's loader with theirs, their CSS — see scripts/bench/first-load.ts) passes
 *     150 KB gzip. The default dataset itself is data (assets/default-dataset-*.json, fetched in
 *     parallel and preloaded); its size is reported on its own line, not counted as JS + CSS;
 *   - everything built (every script, stylesheet, worker and the HTML) passes 400 KB gzip;
 *   - a library that only some views or a file load need (recharts, papaparse) is in the first visit.
 *
 * `--dist <folder>` checks an existing build made with `--manifest --sourcemap` instead of building.
 * Sizes are gzip at the default level (what a static server sends), in KB of 1000 bytes, as Vite
 * prints them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadFiles, type Manifest } from './bench/first-load';

/** Targets in bytes (gzip). */
export const FIRST_LOAD_LIMIT = 150_000;
export const TOTAL_LIMIT = 400_000;
/** Packages that must never be in the first visit. */
export const LAZY_PACKAGES = ['recharts', 'papaparse'];

/** Gzip size of a built file, without the source-map comment a --sourcemap build appends. */
export function gzipSize(file: string): number {
  const text = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return gzipSync(text).length;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|css|html)$/.test(name) && !name.startsWith('.vite'))
    .filter((name) => statSync(path.join(dir, name)).isFile());
}

/** Packages (node_modules names) whose code is in a built file, from its source map. */
export function packagesIn(file: string): Set<string> {
  const map = `${file}.map`;
  const packages = new Set<string>();
  if (!existsSync(map)) return packages;
  const sources = (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
  for (const source of sources) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (match) packages.add(match[1]!);
  }
  return packages;
}

/** Build the app into `outDir` with a manifest and source maps (the maps are not counted). */
export function buildForCheck(outDir: string): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--sourcemap', '--logLevel', 'error'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** What the check measured. */
export interface SizeReport {
  /** First-visit files with their gzip sizes. */
  firstLoad: { file: string; gzip: number }[];
  /** Sum of {@link SizeReport.firstLoad}. */
  firstLoadTotal: number;
  /** Gzip size of everything built. */
  total: number;
  /** Lazy-only packages found in the first visit. */
  eagerPackages: string[];
  /** Data files (the default dataset JSON) with their gzip sizes: fetched, not code. */
  data: { file: string; gzip: number }[];
}

/** Measure a build folder made by {@link buildForCheck}. */
export function measureBuild(dir: string): SizeReport {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const files = ['index.html', ...firstLoadFiles(manifest)];
  const firstLoad = files.map((file) => ({ file, gzip: gzipSize(path.join(dir, file)) }));
  const eager = new Set<string>();
  for (const file of files) for (const name of packagesIn(path.join(dir, file))) if (LAZY_PACKAGES.includes(name)) eager.add(name);
  return {
    firstLoad,
    firstLoadTotal: firstLoad.reduce((sum, f) => sum + f.gzip, 0),
    total: allFiles(dir).reduce((sum, file) => sum + gzipSize(path.join(dir, file)), 0),
    eagerPackages: [...eager],
    data: readdirSync(path.join(dir, 'assets'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ file: `assets/${name}`, gzip: gzipSize(path.join(dir, 'assets', name)) })),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function main(): void {
  const at = process.argv.indexOf('--dist');
  const given = at >= 0 ? process.argv[at + 1] : undefined;
  const dir = given ?? mkdtempSync(path.join(tmpdir(), 'bundle-size-'));
  try {
    if (!given) buildForCheck(dir);
    const report = measureBuild(dir);
    for (const { file, gzip } of [...report.firstLoad].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(gzip).padStart(9)}  ${file}`);
    const failures: string[] = [];
    if (report.firstLoadTotal > FIRST_LOAD_LIMIT) failures.push(`first visit ${kb(report.firstLoadTotal)} gzip > ${kb(FIRST_LOAD_LIMIT)}`);
    if (report.total > TOTAL_LIMIT) failures.push(`everything ${kb(report.total)} gzip > ${kb(TOTAL_LIMIT)}`);
    if (report.eagerPackages.length > 0) failures.push(`loaded on the first visit but needed only later: ${report.eagerPackages.join(', ')}`);
    for (const { file, gzip } of report.data) console.log(`  data, fetched beside the code: ${kb(gzip)} ${file}`);
    console.log(`first visit ${kb(report.firstLoadTotal)} gzip (limit ${kb(FIRST_LOAD_LIMIT)}); everything ${kb(report.total)} gzip (limit ${kb(TOTAL_LIMIT)})`);
    if (failures.length > 0) {
      console.error(`Bundle size check failed:\n  ${failures.join('\n  ')}\nSee BENCHMARKS.md for what keeps the first visit small.`);
      process.exitCode = 1;
    }
  } finally {
    if (!given) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
