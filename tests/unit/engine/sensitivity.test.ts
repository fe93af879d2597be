import { describe, expect, test } from 'vitest';
import { analyse, InvalidParametersError, mulberry32, normalSource, quantileSorted, runSensitivity, SensitivityCancelledError } from '../../../src/engine';
import { compilePlan } from '../../../src/engine/plan';
import { resolveOrThrow } from '../../../src/engine/resolve';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';
import { generateDataset } from '../../fixtures/engine/generate';

/** The canonical mulberry32 snippet, verbatim apart from types. */
function reference(a: number): () => number {
  return function () {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('PRNG', () => {
  test('mulberry32 equals the canonical snippet', () => {
    for (const seed of [0, 1, 42, 0xdeadbeef]) {
      const mine = mulberry32(seed);
      const theirs = reference(seed >>> 0);
      for (let k = 0; k < 1000; k++) expect(mine()).toBe(theirs());
    }
  });
  test('uniforms in [0, 1); normals with mean 0 and variance 1', () => {
    const u = mulberry32(7);
    const z = normalSource(mulberry32(7));
    let mean = 0;
    let square = 0;
    const n = 100_000;
    for (let k = 0; k < n; k++) {
      const x = u();
      expect(x >= 0 && x < 1).toBe(true);
      const y = z();
      mean += y / n;
      square += (y * y) / n;
    }
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(square - 1)).toBeLessThan(0.02);
  });
});

describe('percentiles (type 7, linear between closest ranks)', () => {
  test.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4, 5], 0.05, 1.2],
    [[1, 2, 3, 4, 5], 0.95, 4.8],
    [[2, 2, 2], 0.95, 2],
    [[7], 0.05, 7],
  ])('%j p=%d → %d', (xs, p, q) => expect(quantileSorted(xs, p)).toBeCloseTo(q, 12));
  test('empty → NaN', () => expect(quantileSorted([], 0.5)).toBeNaN());
});

// strong: 1000x lead (saturated), weak: half the rival, flat: equal values; none: no rival data.
const ds = buildDataset({
  rows: [
    row('JPN', 'strong', 'b', 2024, 1000, { confidence: 'A' }),
    row('CHN', 'strong', 'b', 2024, 1, { confidence: 'A' }),
    row('JPN', 'weak', 'b', 2024, 1, { confidence: 'A' }),
    row('CHN', 'weak', 'b', 2024, 2, { confidence: 'A' }),
    row('JPN', 'flat', 'b', 2024, 5),
    row('CHN', 'flat', 'b', 2024, 5),
    row('JPN', 'none', 'b', 2024, 5),
  ],
});
const params = { side: ['JPN'], monteCarlo: { draws: 1000, seed: 3 } };

describe('runSensitivity (§8)', () => {
  const result = runSensitivity(ds, params);
  const by = Object.fromEntries(result.summaries.map((s) => [s.technology, s]));

  test('seed and draws are reported; undefined A gets no summary', () => {
    expect(result.seed).toBe(3);
    expect(result.draws).toBe(1000);
    expect(result.summaries.map((s) => s.technology).sort()).toEqual(['flat', 'strong', 'weak']);
    expect(result.parameters?.side).toEqual(['JPN']);
  });
  test('a saturated lead is rank 1 and durable in every draw', () => {
    expect(by.strong).toMatchObject({ rival: 'CHN', rankMedian: 1, rankP05: 1, rankP95: 1 });
    expect(by.strong.classProbability.durable).toBe(1);
  });
  test('a clear lag (a = −1/3, σ 0.05) is last and structural in every draw', () => {
    expect(by.weak).toMatchObject({ rankMedian: 3, rankP05: 3, rankP95: 3 });
    expect(by.weak.classProbability.structural).toBe(1);
  });
  test('parity (A = 0) spreads: contested ≈ P(|N(0, 0.15√2)| ≤ 0.05·3·ln 2) ≈ 0.38, the rest split', () => {
    const p = by.flat.classProbability;
    expect(p.contested).toBeGreaterThan(0.32);
    expect(p.contested).toBeLessThan(0.44);
    expect(Math.abs(p.durable - p.structural)).toBeLessThan(0.08);
    expect(p.eroding + p.recoverable).toBe(0);
    expect(Object.values(p).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(by.flat.rankMedian).toBe(2);
  });
  test('summaries ordered by median rank within the rival', () => {
    expect(result.summaries.map((s) => s.technology)).toEqual(['strong', 'flat', 'weak']);
  });
  test('same seed → identical result; another seed → different', () => {
    expect(runSensitivity(ds, params)).toEqual(result);
    const other = runSensitivity(ds, { ...params, monteCarlo: { draws: 1000, seed: 4 } });
    expect(other.summaries.find((s) => s.technology === 'flat')?.classProbability).not.toEqual(by.flat.classProbability);
  });
  test('same seed → identical on a generated dataset with trends, coalitions and several rivals', () => {
    const big = generateDataset({ countries: 8, technologies: 6, indicators: 8, years: 8, seed: 11 });
    const p = { rivals: ['CHN', 'RUS+PRK'], monteCarlo: { draws: 60, seed: 99 } };
    const a = runSensitivity(big, p);
    expect(runSensitivity(big, p)).toEqual(a);
    expect(a.summaries.length).toBeGreaterThan(6);
    for (const s of a.summaries) {
      expect(s.rankP05).toBeLessThanOrEqual(s.rankMedian);
      expect(s.rankMedian).toBeLessThanOrEqual(s.rankP95);
      expect(Object.values(s.classProbability).reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    }
  });
  test('progress about every 1 % and at the end', () => {
    const calls: [number, number][] = [];
    runSensitivity(ds, { ...params, monteCarlo: { draws: 200, seed: 1 } }, { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls[0]).toEqual([2, 200]);
    expect(calls.at(-1)).toEqual([200, 200]);
    expect(calls.length).toBe(100);
  });
  test('isCancelled stops the run', () => {
    let polls = 0;
    expect(() => runSensitivity(ds, params, { isCancelled: () => ++polls > 3 })).toThrow(SensitivityCancelledError);
  });
  test('invalid parameters are refused', () => {
    expect(() => runSensitivity(ds, { ...params, monteCarlo: { draws: 0, seed: 1 } })).toThrow(InvalidParametersError);
  });
});

describe('runSensitivity keeps the per-technology y0 fixed', () => {
  // old ends in 2018, new in 2024; a weight-0 ordinal coded in 2024 sits on old.
  const levels = [0, 1, 2, 3].map((value) => ({ value, labelEn: `${value}`, labelJa: `${value}` }));
  const years = buildDataset({
    indicators: [{ id: 'b', kind: 'quantity' }, { id: 'rule', kind: 'ordinal', combine: 'max', weight: 0, levels }],
    rows: [
      row('JPN', 'old', 'b', 2018, 1000, { confidence: 'A' }),
      row('CHN', 'old', 'b', 2018, 1, { confidence: 'A' }),
      row('JPN', 'old', 'rule', 2024, 0),
      row('CHN', 'old', 'rule', 2024, 3),
      row('JPN', 'new', 'b', 2024, 1, { confidence: 'A' }),
      row('CHN', 'new', 'b', 2024, 2, { confidence: 'A' }),
    ],
  });
  const p = { side: ['JPN'], monteCarlo: { draws: 500, seed: 5 } };
  test('the plan every draw evaluates is compiled once, at the years analyse reports', () => {
    const analysis = analyse(years, p).rivals[0].technologies;
    const plan = compilePlan(resolveOrThrow(years, p));
    expect(plan.comparisons.map((c) => [years.technologies[c.technology].id, c.year])).toEqual([
      ['old', 2018],
      ['new', 2024],
    ]);
    expect(Object.fromEntries(analysis.map((t) => [t.technology, t.year]))).toEqual({ old: 2018, new: 2024 });
  });
  test('old is scored at 2018 in every draw: a saturated lead, durable and rank 1 throughout', () => {
    const result = runSensitivity(years, p);
    const old = result.summaries.find((s) => s.technology === 'old');
    // Had a draw moved old's y0 to 2024 (the weight-0 coding), b would be missing and A undefined, or
    // the coded 0 vs 3 would make it a structural lag.
    expect(old).toMatchObject({ rankMedian: 1, rankP05: 1, rankP95: 1 });
    expect(old?.classProbability.durable).toBe(1);
    expect(result.summaries.find((s) => s.technology === 'new')?.classProbability.structural).toBe(1);
  });
});
