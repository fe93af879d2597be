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

describe('actorProjection uses the per-technology y0', () => {
  const years = buildDataset({
    rows: [
      ...series('JPN', 'old', 'b', 2014, [1, 2, 4, 8, 16]), // ends 2018
      ...series('CHN', 'old', 'b', 2014, [1, 1, 1, 1, 1]),
      row('RUS', 'old', 'b', 2020, 1),
      row('JPN', 'new', 'b', 2024, 1),
      row('CHN', 'new', 'b', 2024, 1),
    ],
  });
  const result = analyse(years, { side: ['JPN'], rivals: ['CHN', 'RUS'] });
  const old = (rival: string) => result.rivals.find((r) => r.rival.label === rival)?.technologies.find((t) => t.technology === 'old');
  test('with the rival: the year analyse used for that rival × technology', () => {
    expect(old('CHN')?.year).toBe(2018);
    expect(old('RUS')?.year).toBe(2020);
    const vsChn = actorProjection(years, ['JPN'], 'old', 'b', result.parameters, 'CHN');
    expect(vsChn).toMatchObject({ year: 2018, value: 16 });
    expect(vsChn.fit).toEqual(old('CHN')?.indicators[0].trend.side);
    expect(vsChn.fit.slope).toBeCloseTo(Math.LN2, 12);
    const vsRus = actorProjection(years, ['JPN'], 'old', 'b', result.parameters, 'RUS');
    expect(vsRus).toMatchObject({ year: 2020, value: 16 }); // 2018 stands in, stale
    expect(vsRus.fit).toEqual(old('RUS')?.indicators[0].trend.side);
  });
  test('without a rival: the latest year of the technology over side and every rival', () => {
    expect(actorProjection(years, ['JPN'], 'old', 'b', result.parameters).year).toBe(2020);
    expect(actorProjection(years, ['JPN'], 'new', 'b', result.parameters).year).toBe(2024);
  });
  test('an explicit year wins', () => {
    expect(actorProjection(years, ['JPN'], 'old', 'b', { ...result.parameters, year: 2017 }, 'CHN')).toMatchObject({ year: 2017, value: 8 });
  });
});
