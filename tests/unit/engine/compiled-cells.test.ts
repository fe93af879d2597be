import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { compiledCells } from '../../../src/engine/compiled-cells';
import { resolveOrThrow } from '../../../src/engine/resolve';
import type { Parameters } from '../../../src/model/parameters';
import { buildDataset, series } from '../../fixtures/engine/build-dataset';

// `b` runs to 2024, `c` stops in 2022: y0 of ai is 2024 while b has weight > 0, 2022 without it.
const rows = () => [
  ...series('JPN', 'ai', 'b', 2018, [1, 2, 3, 4, 5, 6, 7]),
  ...series('CHN', 'ai', 'b', 2018, [2, 3, 4, 5, 6, 7, 8]),
  ...series('JPN', 'ai', 'c', 2018, [5, 5, 6, 6, 7]),
  ...series('CHN', 'ai', 'c', 2018, [4, 4, 4, 4, 4]),
  ...series('USA', 'ai', 'b', 2018, [9, 9, 9, 9, 9, 9, 9]),
  ...series('RUS', 'ai', 'c', 2018, [1, 1, 1, 1, 1]),
];
const fresh = () => buildDataset({ rows: rows() });
const plan = (dataset: ReturnType<typeof fresh>, params: Partial<Parameters>) => compiledCells(resolveOrThrow(dataset, params));

describe('compiled cells', () => {
  test('H, ε, K and weight changes that keep y0 reuse the evaluated cells', () => {
    const ds = fresh();
    const first = plan(ds, {});
    for (const change of [{ horizon: 3 }, { parityBand: 0.2 }, { saturation: 4 }, { maxYears: 12 }, { weights: { b: 2 } }, { relevance: { ai: 0.5 } }]) {
      expect(plan(ds, change).values).toBe(first.values);
    }
  });

  test('a weight set to 0 that moves y0 compiles new cells, and the result equals a fresh analysis', () => {
    const ds = fresh();
    expect(analyse(ds).rivals[0].technologies[0].year).toBe(2024);
    const withoutB = { weights: { b: 0 } };
    expect(plan(ds, withoutB).values).not.toBe(plan(ds, {}).values);
    const moved = analyse(ds, withoutB);
    expect(moved.rivals[0].technologies[0].year).toBe(2022);
    expect(moved).toEqual(analyse(fresh(), withoutB));
  });

  test('staleness, trend window, year and actors each compile new cells', () => {
    const ds = fresh();
    const base = plan(ds, {}).values;
    for (const change of [{ staleness: 0 }, { trendWindow: 3 }, { year: 2022 }, { side: ['JPN'] }, { rivals: ['CHN'] }]) {
      expect(plan(ds, change).values, JSON.stringify(change)).not.toBe(base);
    }
  });

  test('H, ε and relevance keep the per-indicator detail arrays; weights and K rebuild them', () => {
    const ds = fresh();
    const indicatorsOf = (params: Partial<Parameters>) => analyse(ds, params).rivals[0].technologies[0].indicators;
    const base = indicatorsOf({});
    expect(indicatorsOf({ horizon: 4 })).toBe(base);
    expect(indicatorsOf({ parityBand: 0.3, relevance: { ai: 0.2 } })).toBe(base);
    const reweighted = indicatorsOf({ weights: { b: 2 } });
    expect(reweighted).not.toBe(base);
    expect(reweighted.find((i) => i.indicator === 'b')?.weight).toBe(2);
    expect(indicatorsOf({ saturation: 5 })).not.toBe(base);
    expect(analyse(ds, { weights: { b: 2 }, horizon: 3 })).toEqual(analyse(fresh(), { weights: { b: 2 }, horizon: 3 }));
  });

  test('the plan carries the parameters it is used with, not those it was first compiled for', () => {
    const ds = fresh();
    plan(ds, { horizon: 5 });
    expect(plan(ds, { horizon: 9 }).plan.resolved.parameters.horizon).toBe(9);
    expect(analyse(ds, { horizon: 9 }).parameters.horizon).toBe(9);
  });
});
