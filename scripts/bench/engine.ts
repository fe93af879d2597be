/**
 * Engine benchmark (not a test): `npx tsx scripts/bench/engine.ts`.
 *
 * Prints medians of several runs for the performance targets of the engine:
 *   analyse on ~5k values ≤ 16 ms (sliders re-run it live) — the generated dataset and the
 *   real default dataset (datasets/default/, per-technology assessment years) — ~230k values
 *   ≤ 250 ms, 1000 Monte Carlo draws on ~5k values ≤ 2 s.
 * "cold" includes building the dataset index (first analysis of a dataset object); "warm"
 * reuses the cached index (every later slider change).
 */
import path from 'node:path';
import { analyse, partnerContributions, runSensitivity } from '../../src/engine';
import type { Dataset } from '../../src/model/dataset';
import { loadDefaultDataset } from '../../tests/fixtures/engine/default-dataset';
import { generateDataset } from '../../tests/fixtures/engine/generate';

/** Median of samples. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median time of `runs` calls of `body` on a fresh `setup()` each. */
export function time(runs: number, setup: () => Dataset, body: (d: Dataset) => unknown): number {
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const dataset = setup();
    const start = performance.now();
    body(dataset);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const small = { countries: 8, technologies: 8, indicators: 8, years: 10, seed: 7 };
const large = { countries: 20, technologies: 64, indicators: 12, years: 15, seed: 7, missingRate: 0.01 };

/** The engine figures `npm run bench` reports (a subset of this script's own list). */
export function engineFigures(): { defaultWarmMs: number; defaultColdMs: number; largeColdMs: number; largeWarmMs: number; largeValues: number; defaultValues: number; monteCarloMs: number } {
  const defaultDs = loadDefaultDataset();
  const largeDs = generateDataset(large);
  for (let k = 0; k < 20; k++) analyse(defaultDs, { saturation: 2 + Math.random() });
  analyse(largeDs);
  return {
    defaultValues: defaultDs.values.length,
    largeValues: largeDs.values.length,
    defaultColdMs: time(15, () => ({ ...defaultDs }), (d) => analyse(d)),
    defaultWarmMs: time(50, () => defaultDs, (d) => analyse(d, { horizon: 5 + Math.floor(Math.random() * 10) })),
    largeColdMs: time(7, () => generateDataset(large), (d) => analyse(d)),
    largeWarmMs: time(7, () => largeDs, (d) => analyse(d, { horizon: 8 + Math.random() })),
    // The code the sensitivity worker runs (src/workers/sensitivity.worker.ts), timed in Node.
    monteCarloMs: time(3, () => defaultDs, (d) => runSensitivity(d, { monteCarlo: { draws: 1000, seed: 1 } })),
  };
}

function main(): void {
  const smallDs = generateDataset(small);
  const defaultDs = loadDefaultDataset();
  const largeDs = generateDataset(large);
  const report = (name: string, ms: number, target?: number) => console.log(`${name.padEnd(52)} ${ms.toFixed(2).padStart(9)} ms${target ? `   (target ≤ ${target} ms)` : ''}`);

  console.log(`small: ${smallDs.values.length} values; default: ${defaultDs.values.length} values; large: ${largeDs.values.length} values\n`);
  // Warm-up (JIT).
  for (let k = 0; k < 20; k++) analyse(smallDs);
  analyse(largeDs);

  report('analyse ~5k values, cold (index built)', time(15, () => generateDataset(small), (d) => analyse(d)), 16);
  report('analyse ~5k values, warm (index cached)', time(50, () => smallDs, (d) => analyse(d, { saturation: 2 + Math.random() })), 16);
  report('analyse default dataset, cold (index built)', time(15, () => ({ ...defaultDs }), (d) => analyse(d)), 16);
  report('analyse default dataset, warm (index cached)', time(50, () => defaultDs, (d) => analyse(d, { saturation: 2 + Math.random() })), 16);
  report('runSensitivity 1000 draws default dataset', time(5, () => defaultDs, (d) => runSensitivity(d, { monteCarlo: { draws: 1000, seed: 1 } })), 2000);
  report('analyse ~230k values, cold (index built)', time(7, () => generateDataset(large), (d) => analyse(d)), 250);
  report('analyse ~230k values, warm (index cached)', time(7, () => largeDs, (d) => analyse(d, { horizon: 8 + Math.random() })), 250);
  report('partnerContributions ~5k values (default partners)', time(15, () => smallDs, (d) => partnerContributions(d)));
  report('runSensitivity 1000 draws ~5k values', time(5, () => smallDs, (d) => runSensitivity(d, { monteCarlo: { draws: 1000, seed: 1 } })), 2000);
  report('runSensitivity 100 draws ~230k values', time(3, () => largeDs, (d) => runSensitivity(d, { monteCarlo: { draws: 100, seed: 1 } })));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) main();
