import { describe, expect, test } from 'vitest';
import { yearsToParity, yearsToParityFromPath } from '../../../src/engine';
import { buildDataset, growthTo, row, series } from '../../fixtures/engine/build-dataset';
import { assessment } from './helpers';

describe('years to parity T (§5)', () => {
  test.each([
    [[0.3, 0.2, -0.2], 1.5], // lead: first k with Â ≤ 0, interpolated
    [[0.2, 0.1, 0], 2], // touches 0 exactly
    [[-0.4, -0.1, 0.2], 1 + 1 / 3], // lag: first k with Â ≥ 0
    [[0.5, -0.5], 0.5],
    [[0.3, 0.3, 0.3], Infinity], // no sign change within Hmax
    [[0.3, 0.4, -1, 1], 1 + 0.4 / 1.4], // first crossing counts
    [[0, 0.5, -0.5], 0], // A exactly 0
  ])('path %j → T = %d', (path, t) => expect(yearsToParityFromPath(path)).toBeCloseTo(t, 12));

  test('a crossing after Hmax does not count', () => {
    expect(yearsToParity(1, (k) => 1 - k / 31, 30)).toBe(Infinity);
    expect(yearsToParity(1, (k) => 1 - k / 31, 31)).toBe(31);
  });
  test('with a path, every k is filled even after the crossing', () => {
    const path: number[] = [];
    expect(yearsToParity(1, (k) => 1 - k / 2, 4, path)).toBe(2);
    expect(path).toEqual([1, 0.5, 0, -0.5, -1]);
  });
});

describe('projection in analyse', () => {
  test('A exactly 0 → T = 0, contested, D = 0', () => {
    const ds = buildDataset({ rows: [...series('JPN', 'ai', 'b', 2020, growthTo(4, 1.1, 5)), ...series('CHN', 'ai', 'b', 2020, growthTo(4, 1.3, 5))] });
    const ai = assessment(ds, { side: ['JPN'] }, 'CHN', 'ai');
    expect(ai.asymmetry).toBe(0);
    expect(ai.yearsToParity).toBe(0);
    expect(ai.advantageClass).toBe('contested');
    expect(ai.score).toBe(0);
  });

  test('a lag that closes: rival 2x ahead, side grows 10 % vs 2 % → recoverable', () => {
    const ds = buildDataset({ rows: [...series('JPN', 'ai', 'b', 2020, growthTo(5, 1.1, 5)), ...series('CHN', 'ai', 'b', 2020, growthTo(10, 1.02, 5))] });
    const ai = assessment(ds, { side: ['JPN'] }, 'CHN', 'ai');
    const exact = Math.LN2 / (Math.log(1.1) - Math.log(1.02));
    expect(ai.asymmetry).toBeCloseTo(-1 / 3, 12);
    expect(ai.yearsToParity).toBeCloseTo(exact, 10);
    expect(ai.advantageClass).toBe('recoverable');
    expect(ai.score).toBeCloseTo((-1 / 3) * (exact / 30), 12);
    expect(ai.momentum).toBeGreaterThan(0);
  });

  test('saturation: a 16x lead stays clamped at 1 until the ratio falls below 8x', () => {
    const ds = buildDataset({ rows: [...series('JPN', 'ai', 'b', 2020, growthTo(16, 1, 5)), ...series('CHN', 'ai', 'b', 2020, growthTo(1, 2, 5))] });
    const ai = assessment(ds, { side: ['JPN'] }, 'CHN', 'ai');
    expect(ai.path.slice(0, 3)).toEqual([1, 1, 2 / 3]);
    expect(ai.yearsToParity).toBeCloseTo(4, 10); // 16x halves every year: parity after 4 years
    expect(ai.advantageClass).toBe('eroding');
  });

  test('lower is better: falling cost is an improving trend', () => {
    const ds = buildDataset({
      indicators: [{ id: 'cost', kind: 'quantity', direction: 'lower' }],
      rows: [...series('JPN', 'ai', 'cost', 2020, growthTo(10, 0.9, 5)), ...series('CHN', 'ai', 'cost', 2020, growthTo(5, 1, 5))],
    });
    const ai = assessment(ds, { side: ['JPN'] }, 'CHN', 'ai');
    expect(ai.asymmetry).toBeCloseTo(-1 / 3, 12);
    expect(ai.yearsToParity).toBeCloseTo(Math.LN2 / -Math.log(0.9), 10);
    expect(ai.momentum).toBeGreaterThan(0);
  });

  test('ordinal projection is clamped to [L_min, L_max]', () => {
    // Side at the top level 4, rising 0.5/yr (clamped at 4); rival at 3, rising 0.8/yr.
    // Clamped: rival reaches 4 at k = 1.25, parity at k = 2 (Â(1) = 0.05, Â(2) = 0).
    // Unclamped the side would keep climbing and never be caught.
    const levels = [0, 1, 2, 3, 4].map((value) => ({ value, labelEn: `${value}`, labelJa: `${value}` }));
    const ds = buildDataset({
      indicators: [{ id: 'maturity', kind: 'ordinal', combine: 'max', levels }],
      rows: [...series('JPN', 'ai', 'maturity', 2020, [2, 2, 3, 3, 4]), ...series('CHN', 'ai', 'maturity', 2020, [0, 1, 2, 3, 3])],
    });
    const ai = assessment(ds, { side: ['JPN'] }, 'CHN', 'ai');
    expect(ai.indicators[0].trend.side.slope).toBeCloseTo(0.5, 12);
    expect(ai.indicators[0].trend.rival.slope).toBeCloseTo(0.8, 12);
    expect(ai.asymmetry).toBe(0.25);
    expect(ai.path[1]).toBeCloseTo(0.05, 12);
    expect(ai.path[2]).toBe(0);
    expect(ai.path[30]).toBe(0);
    expect(ai.yearsToParity).toBeCloseTo(2, 12);
  });

  test('path has Hmax + 1 entries and Â(0) = A', () => {
    const ds = buildDataset({ rows: [row('JPN', 'ai', 'b', 2024, 3), row('CHN', 'ai', 'b', 2024, 1)] });
    const ai = assessment(ds, { side: ['JPN'], maxYears: 12 }, 'CHN', 'ai');
    expect(ai.path).toHaveLength(13);
    expect(ai.path[0]).toBe(ai.asymmetry);
  });
});
