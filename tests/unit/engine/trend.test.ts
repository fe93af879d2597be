import { describe, expect, test } from 'vitest';
import { olsSlope } from '../../../src/engine';
import { buildDataset, row, series } from '../../fixtures/engine/build-dataset';
import { assessment } from './helpers';

describe('OLS slope', () => {
  test.each([
    [[2020, 2021, 2022], [1, 2, 4], 1.5],
    [[1, 2, 3, 4], [2, 4, 6, 8], 2],
    [[0, 1, 3], [5, 5, 5], 0],
    [[0, 1, 2, 3], [0, 1, 1, 2], 0.6],
  ])('x=%j y=%j → %d', (xs, ys, slope) => expect(olsSlope(xs, ys, xs.length)).toBeCloseTo(slope, 12));
  test('no spread in x → NaN', () => expect(olsSlope([1, 1], [1, 2], 2)).toBeNaN());
});

describe('trend of a coalition is fitted on its combined series (§4)', () => {
  // JPN doubles every year from a small base, USA is flat at 100.
  const ds = buildDataset({
    rows: [...series('JPN', 'ai', 'budget', 2022, [1, 2, 4]), ...series('USA', 'ai', 'budget', 2022, [100, 100, 100]), ...series('CHN', 'ai', 'budget', 2022, [50, 50, 50])],
  });
  const fit = assessment(ds, {}, 'CHN', 'ai').indicators[0].trend.side;

  test('slope of ln(101, 102, 104), not the mean of member slopes (ln 2 / 2)', () => {
    expect(fit.slope).toBeCloseTo((Math.log(104) - Math.log(101)) / 2, 12);
    expect(fit.slope).not.toBeCloseTo(Math.LN2 / 2, 2);
    expect(fit.points).toBe(3);
    expect(fit.noTrendData).toBe(false);
  });
});

describe('window years where a present member has no value are left out of the combined series', () => {
  const ds = buildDataset({
    rows: [
      ...series('JPN', 'ai', 'budget', 2020, [1, 2, null, 8, 16]), // no 2022 value
      ...series('USA', 'ai', 'budget', 2020, [1, 2, 4, 8, 16]),
      ...series('CHN', 'ai', 'budget', 2020, [1, 1, 1, 1, 1]),
    ],
  });
  test('4 points (2020, 2021, 2023, 2024) of 2·2^k: slope ln 2', () => {
    const fit = assessment(ds, {}, 'CHN', 'ai').indicators[0].trend.side;
    expect(fit.points).toBe(4);
    expect(fit.slope).toBeCloseTo(Math.LN2, 12);
  });
  test('a member missing at y0 is left out of every year (the y0 composition)', () => {
    const partial = buildDataset({
      rows: [...series('JPN', 'ai', 'budget', 2020, [1, 2, 4, 8, 16]), ...series('USA', 'ai', 'budget', 2016, [1000]), ...series('CHN', 'ai', 'budget', 2020, [1, 1, 1, 1, 1])],
    });
    const budget = assessment(partial, {}, 'CHN', 'ai').indicators[0];
    expect(budget.side.missing).toEqual(['USA']);
    expect(budget.trend.side.slope).toBeCloseTo(Math.LN2, 12);
  });
});

describe('window and degenerate series', () => {
  const ds = buildDataset({
    rows: [
      ...series('JPN', 'ai', 'budget', 2015, [1, 1, 1, 1, 1, 2, 4, 8, 16, 32]),
      ...series('CHN', 'ai', 'budget', 2023, [5, 5]),
      ...series('JPN', 'q', 'budget', 2021, [0, 1, 2, 4]),
      ...series('CHN', 'q', 'budget', 2021, [3, 3, 3, 3]),
    ],
  });
  test('only [y0 − W + 1, y0] is used', () => {
    const fit = assessment(ds, { side: ['JPN'] }, 'CHN', 'ai').indicators[0].trend.side;
    expect(fit.points).toBe(5);
    expect(fit.slope).toBeCloseTo(Math.LN2, 12);
    const long = assessment(ds, { side: ['JPN'], trendWindow: 10 }, 'CHN', 'ai').indicators[0].trend.side;
    expect(long.points).toBe(10);
    expect(long.slope).toBeLessThan(Math.LN2);
  });
  test('fewer than 3 points: slope 0, flagged "no trend data"', () => {
    const fit = assessment(ds, { side: ['JPN'] }, 'CHN', 'ai').indicators[0].trend.rival;
    expect(fit).toEqual({ slope: 0, points: 2, noTrendData: true });
  });
  test('zero values have no logarithm and are skipped', () => {
    const fit = assessment(ds, { side: ['JPN'] }, 'CHN', 'q').indicators[0].trend.side;
    expect(fit.points).toBe(3);
    expect(fit.slope).toBeCloseTo(Math.LN2, 12);
  });
  test('without trend data the projection is flat: no parity, T = ∞', () => {
    const flat = buildDataset({ rows: [row('JPN', 'ai', 'budget', 2024, 20), row('CHN', 'ai', 'budget', 2024, 10)] });
    const ai = assessment(flat, { side: ['JPN'] }, 'CHN', 'ai');
    expect(ai.yearsToParity).toBe(Infinity);
    expect(new Set(ai.path).size).toBe(1);
    expect(ai.momentum).toBe(0);
    expect(ai.advantageClass).toBe('durable');
  });
});

describe('ordinal trend: OLS of the level', () => {
  const levels = [0, 1, 2, 3, 4].map((value) => ({ value, labelEn: `${value}`, labelJa: `${value}` }));
  const ds = buildDataset({
    indicators: [{ id: 'maturity', kind: 'ordinal', combine: 'max', levels }],
    rows: [...series('JPN', 'ai', 'maturity', 2020, [1, 1, 2, 2, 3]), ...series('USA', 'ai', 'maturity', 2020, [0, 0, 0, 0, 0]), ...series('CHN', 'ai', 'maturity', 2020, [2, 2, 2, 2, 2])],
  });
  test('max(JPN, USA) = JPN: slope 0.5', () => {
    const fit = assessment(ds, {}, 'CHN', 'ai').indicators[0].trend;
    expect(fit.side.slope).toBeCloseTo(0.5, 12);
    expect(fit.rival.slope).toBe(0);
  });
});
