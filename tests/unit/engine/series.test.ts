import { describe, expect, test } from 'vitest';
import { actorProjection, actorSeries, analyse } from '../../../src/engine';
import { buildDataset, growthTo, row, series } from '../../fixtures/engine/build-dataset';

const levels = [0, 1, 2, 3, 4].map((value) => ({ value, labelEn: `${value}`, labelJa: `${value}` }));
const ds = buildDataset({
  indicators: [{ id: 'budget', kind: 'quantity', unit: 'USD' }, { id: 'level', kind: 'ordinal', combine: 'max', levels }],
  rows: [
    ...series('JPN', 'ai', 'budget', 2020, [1, 2, null, 8, 16]),
    ...series('USA', 'ai', 'budget', 2020, [1, 2, 4, 8, 16]),
    ...series('CHN', 'ai', 'budget', 2020, growthTo(10, 1.1, 5)),
    ...series('JPN', 'ai', 'level', 2020, [1, 2, 3, 3, 3]),
    row('CHN', 'ai', 'level', 2024, 1),
  ],
});

describe('actorSeries', () => {
  test('every year with a member value, combined over the members present, completeness flagged', () => {
    const s = actorSeries(ds, ['JPN', 'USA'], 'ai', 'budget');
    expect(s.label).toBe('JPN+USA');
    expect(s.unit).toBe('USD');
    expect(s.points.map((p) => [p.year, p.value, p.complete])).toEqual([
      [2020, 2, true],
      [2021, 4, true],
      [2022, 4, false],
      [2023, 16, true],
      [2024, 32, true],
    ]);
    expect(s.points[2].missing).toEqual(['JPN']);
  });
  test('unknown ids are refused', () => {
    expect(() => actorSeries(ds, ['JPN'], 'nope', 'budget')).toThrow('invalid technology: nope');
    expect(() => actorSeries(ds, ['JPN'], 'ai', 'nope')).toThrow('invalid indicator: nope');
  });
});

describe('actorProjection matches analyse', () => {
  const params = analyse(ds).parameters;
  test('fit on the complete years, projection V(y0)·exp(g·k)', () => {
    const p = actorProjection(ds, ['JPN', 'USA'], 'ai', 'budget', params);
    const detail = analyse(ds).rivals[0].technologies[0].indicators[0];
    expect(p.year).toBe(2024);
    expect(p.value).toBe(32);
    expect(p.fit).toEqual(detail.trend.side);
    expect(p.fitYears).toEqual([2020, 2021, 2023, 2024]);
    expect(p.fitted[0].value).toBeCloseTo(2, 10);
    expect(p.points).toHaveLength(31);
    expect(p.points[1]).toEqual({ year: 2025, value: 32 * Math.exp(p.fit.slope) });
    expect(p.points[1].value).toBeCloseTo(64, 10);
  });
  test('ordinal projection is clamped to the scale', () => {
    const p = actorProjection(ds, ['JPN'], 'ai', 'level', params);
    expect(p.fit.slope).toBeCloseTo(0.5, 12);
    expect(p.points.slice(0, 4).map((x) => x.value)).toEqual([3, 3.5, 4, 4]);
  });
  test('no value → empty projection', () => {
    expect(actorProjection(ds, ['RUS'], 'ai', 'budget', params)).toMatchObject({ value: null, points: [], fitYears: [] });
  });
});
