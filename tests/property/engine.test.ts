/**
 * Properties of the method (METHODOLOGY §2–8) on random small datasets.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyse, runSensitivity } from '../../src/engine';
import type { CombineRule, Dataset, Direction, IndicatorKind } from '../../src/model/dataset';
import type { AnalysisResult, TechnologyAssessment } from '../../src/model/results';
import { buildDataset, type TestRow } from '../fixtures/engine/build-dataset';

const COUNTRIES = ['JPN', 'USA', 'CHN', 'RUS'];
const YEARS = 6;
const MAX_TECH = 3;
const MAX_IND = 3;
const LEVELS = [0, 1, 2, 3, 4].map((value) => ({ value, labelEn: `${value}`, labelJa: `${value}` }));

interface IndicatorSpec {
  kind: IndicatorKind;
  direction: Direction;
  combine: CombineRule;
  weight: number;
}
interface Spec {
  indicators: IndicatorSpec[];
  technologies: number;
  cells: (number | null)[];
}

const indicatorArb = fc.record({
  kind: fc.constantFrom<IndicatorKind>('quantity', 'ordinal'),
  direction: fc.constantFrom<Direction>('higher', 'lower'),
  combine: fc.constantFrom<CombineRule>('sum', 'max', 'mean'),
  weight: fc.constantFrom(0, 0.5, 1, 2),
});
const cellArb = fc.option(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1000, noNaN: true })), { nil: null, freq: 4 });
const specArb = (indicators = fc.array(indicatorArb, { minLength: 1, maxLength: MAX_IND })): fc.Arbitrary<Spec> =>
  fc.record({
    indicators,
    technologies: fc.integer({ min: 1, max: MAX_TECH }),
    cells: fc.array(cellArb, { minLength: COUNTRIES.length * MAX_TECH * MAX_IND * YEARS, maxLength: COUNTRIES.length * MAX_TECH * MAX_IND * YEARS }),
  });

/** Build the dataset of a spec; `transform` may change a value (country, indicator, value). */
function build(spec: Spec, transform: (country: string, indicator: number, value: number) => number = (_c, _i, v) => v): Dataset {
  const rows: TestRow[] = [];
  let k = 0;
  for (const country of COUNTRIES)
    for (let t = 0; t < MAX_TECH; t++)
      for (let i = 0; i < MAX_IND; i++)
        for (let y = 0; y < YEARS; y++) {
          const raw = spec.cells[k++];
          if (t >= spec.technologies || i >= spec.indicators.length || raw === null) continue;
          const value = spec.indicators[i].kind === 'ordinal' ? Math.round(raw) % 5 : raw;
          rows.push({ country, technology: `t${t}`, indicator: `i${i}`, year: 2019 + y, value: transform(country, i, value) });
        }
  return buildDataset({
    indicators: spec.indicators.map((ind, i) => ({ id: `i${i}`, ...ind, levels: ind.kind === 'ordinal' ? LEVELS : undefined })),
    technologies: Array.from({ length: spec.technologies }, (_, t) => ({ id: `t${t}` })),
    countries: COUNTRIES.map((code) => ({ code })),
    rows,
  });
}

function techs(result: AnalysisResult): Map<string, TechnologyAssessment> {
  return new Map(result.rivals[0].technologies.map((t) => [t.technology, t]));
}

const close = (a: number | null, b: number | null) => {
  if (a === null || b === null) return expect(a).toBe(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return expect(a).toBe(b);
  expect(a).toBeCloseTo(b, 9);
};

describe('engine properties', () => {
  test('antisymmetry: A(S, R) = −A(R, S), same coverage and T', () => {
    fc.assert(
      fc.property(specArb(), fc.boolean(), (spec, coalitions) => {
        const ds = build(spec);
        const [s, r] = coalitions ? [['JPN', 'USA'], 'CHN+RUS'] : [['JPN'], 'CHN'];
        const forward = techs(analyse(ds, { side: s, rivals: [r] }));
        const backward = techs(analyse(ds, { side: r.split('+'), rivals: [s.join('+')] }));
        for (const [id, f] of forward) {
          const b = backward.get(id) as TechnologyAssessment;
          expect(f.year).toBe(b.year); // y0 is the latest year over S ∪ R: symmetric
          close(f.asymmetry, b.asymmetry === null ? null : -b.asymmetry);
          close(f.coverage, b.coverage);
          close(f.yearsToParity, b.yearsToParity);
        }
      }),
    );
  });

  test('scale invariance: multiplying a quantity by c > 0 for every country leaves A and T unchanged', () => {
    fc.assert(
      fc.property(specArb(), fc.integer({ min: 0, max: MAX_IND - 1 }), fc.double({ min: 0.001, max: 1000, noNaN: true }), (spec, target, c) => {
        fc.pre(target < spec.indicators.length && spec.indicators[target].kind === 'quantity');
        const before = techs(analyse(build(spec), { rivals: ['CHN'] }));
        const after = techs(analyse(build(spec, (_country, i, v) => (i === target ? v * c : v)), { rivals: ['CHN'] }));
        for (const [id, b] of before) {
          const a = after.get(id) as TechnologyAssessment;
          close(a.asymmetry, b.asymmetry);
          close(a.yearsToParity, b.yearsToParity);
        }
      }),
    );
  });

  test('monotonicity: raising the side’s values of a higher-is-better quantity never lowers A', () => {
    const higherQuantity = fc.array(indicatorArb.map((ind) => ({ ...ind, kind: 'quantity' as const, direction: 'higher' as const })), { minLength: 1, maxLength: MAX_IND });
    fc.assert(
      fc.property(specArb(higherQuantity), fc.integer({ min: 0, max: MAX_IND - 1 }), fc.double({ min: 0, max: 500, noNaN: true }), (spec, target, delta) => {
        const before = techs(analyse(build(spec), { rivals: ['CHN'] }));
        const after = techs(analyse(build(spec, (country, i, v) => (i === target && (country === 'JPN' || country === 'USA') ? v + delta : v)), { rivals: ['CHN'] }));
        for (const [id, b] of before) {
          const a = after.get(id) as TechnologyAssessment;
          if (b.asymmetry !== null) expect(a.asymmetry as number).toBeGreaterThanOrEqual(b.asymmetry - 1e-12);
        }
      }),
    );
  });

  test('bounds and consistency: A ∈ [−1, 1]; class, T, D, rank and path agree with A (§5–7)', () => {
    fc.assert(
      fc.property(specArb(), fc.double({ min: 0, max: 0.3, noNaN: true }), fc.integer({ min: 0, max: 40 }), (spec, eps, horizon) => {
        const result = analyse(build(spec), { parityBand: eps, horizon });
        for (const block of result.rivals)
          for (const t of block.technologies) {
            if (t.asymmetry === null) {
              expect([t.yearsToParity, t.advantageClass, t.score, t.rank, t.momentum]).toEqual([null, null, null, null, null]);
              continue;
            }
            const a = t.asymmetry;
            const T = t.yearsToParity as number;
            expect(a).toBeGreaterThanOrEqual(-1);
            expect(a).toBeLessThanOrEqual(1);
            expect(t.path[0]).toBe(a);
            expect(t.path.every((x) => x >= -1 && x <= 1)).toBe(true);
            expect(T).toBeGreaterThanOrEqual(0);
            if (a === 0) expect(T).toBe(0);
            const expected = a > eps ? (T > horizon ? 'durable' : 'eroding') : a < -eps ? (T <= horizon ? 'recoverable' : 'structural') : 'contested';
            expect(t.advantageClass).toBe(expected);
            expect(Math.sign(t.score as number)).toBe(Math.sign(a) * Math.sign(t.relevance));
            expect(t.rank).not.toBeNull();
          }
      }),
    );
  });

  test('per-technology y0: latest year of a weighted scored value of S ∪ R; values used lie in [y0 − staleness, y0]', () => {
    fc.assert(
      fc.property(specArb(), fc.integer({ min: 0, max: 3 }), fc.boolean(), (spec, staleness, coalitions) => {
        const [side, rival] = coalitions ? [['JPN', 'USA'], 'CHN+RUS'] : [['JPN'], 'CHN'];
        const selection = new Set([...side, ...rival.split('+')]);
        const result = analyse(build(spec), { side, rivals: [rival], staleness });
        const latest = (t: number, weighted: boolean) => {
          let year = -Infinity;
          let k = 0;
          for (const country of COUNTRIES)
            for (let tt = 0; tt < MAX_TECH; tt++)
              for (let i = 0; i < MAX_IND; i++)
                for (let y = 0; y < YEARS; y++) {
                  const raw = spec.cells[k++];
                  if (tt !== t || i >= spec.indicators.length || raw === null || !selection.has(country)) continue;
                  if (weighted && !(spec.indicators[i].weight > 0)) continue;
                  year = Math.max(year, 2019 + y);
                }
          return year;
        };
        for (const t of result.rivals[0].technologies) {
          const position = Number(t.technology.slice(1));
          const expected = [latest(position, true), latest(position, false), result.year].find((y) => y > -Infinity);
          expect(t.year).toBe(expected);
          expect(t.year).toBeLessThanOrEqual(result.year);
          for (const i of t.indicators)
            for (const y of [...Object.values(i.side.years), ...Object.values(i.rival.years)]) {
              expect(y).toBeLessThanOrEqual(t.year);
              expect(y).toBeGreaterThanOrEqual(t.year - staleness);
            }
        }
      }),
    );
  });

  test('reused cells: any sequence of parameter changes on one dataset = each analysed on a fresh dataset', () => {
    // compiled-cells.ts keeps the plan per dataset index; a fresh build has no cache entry.
    const paramsArb = fc.record({
      horizon: fc.integer({ min: 0, max: 30 }),
      parityBand: fc.constantFrom(0, 0.05, 0.2),
      staleness: fc.integer({ min: 0, max: 3 }),
      trendWindow: fc.integer({ min: 2, max: 6 }),
      weights: fc.dictionary(fc.constantFrom('i0', 'i1', 'i2'), fc.constantFrom(0, 0.5, 3)),
      side: fc.constantFrom<string[][]>(['JPN'], ['JPN', 'USA']),
      year: fc.constantFrom(null, 2021, 2024),
    });
    fc.assert(
      fc.property(specArb(), fc.array(paramsArb, { minLength: 2, maxLength: 6 }), (spec, steps) => {
        const reused = build(spec);
        for (const params of steps) expect(analyse(reused, params)).toEqual(analyse(build(spec), params));
      }),
      { numRuns: 60 },
    );
  });

  test('Monte Carlo: same seed → identical result', () => {
    fc.assert(
      fc.property(specArb(), fc.integer({ min: 0, max: 0xffffffff }), (spec, seed) => {
        const ds = build(spec);
        const params = { monteCarlo: { draws: 20, seed } };
        expect(runSensitivity(build(spec), params)).toEqual(runSensitivity(ds, params));
      }),
      { numRuns: 25 },
    );
  });
});
