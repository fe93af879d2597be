import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { datasetIndex } from '../../../src/engine/dataset-index';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';

describe('dataset index', () => {
  test('built once per Dataset object (WeakMap cache)', () => {
    const ds = buildDataset({ rows: [row('JPN', 'ai', 'b', 2024, 1)] });
    expect(datasetIndex(ds)).toBe(datasetIndex(ds));
    expect(datasetIndex(buildDataset({ rows: [row('JPN', 'ai', 'b', 2024, 1)] }))).not.toBe(datasetIndex(ds));
  });
  test('duplicate rows for a year: the later row of the table wins', () => {
    const ds = buildDataset({ rows: [row('JPN', 'ai', 'b', 2024, 1), row('CHN', 'ai', 'b', 2024, 1), row('JPN', 'ai', 'b', 2024, 4)] });
    expect(analyse(ds, { side: ['JPN'] }).rivals[0].technologies[0].indicators[0].side.value).toBe(4);
  });
  test('rows out of year order are sorted', () => {
    const ds = buildDataset({ rows: [row('JPN', 'ai', 'b', 2024, 3), row('JPN', 'ai', 'b', 2022, 1), row('JPN', 'ai', 'b', 2023, 2), row('CHN', 'ai', 'b', 2024, 1)] });
    const fit = analyse(ds, { side: ['JPN'] }).rivals[0].technologies[0].indicators[0].trend.side;
    expect(fit.points).toBe(3);
    expect(fit.slope).toBeCloseTo(Math.log(3) / 2, 12);
  });
  test('negative quantities (a load error) are skipped and reported', () => {
    const ds = buildDataset({ rows: [row('JPN', 'ai', 'b', 2024, -5), row('JPN', 'ai', 'b', 2023, 2), row('CHN', 'ai', 'b', 2024, 1)] });
    const result = analyse(ds, { side: ['JPN'] });
    const b = result.rivals[0].technologies[0].indicators[0];
    expect(b.side.value).toBe(2);
    expect(b.side.stale).toEqual(['JPN']);
    expect(result.warnings).toContainEqual({ severity: 'warning', code: 'engine-negative-values', found: 'b', detail: { count: 1 } });
  });
  test('ordinal without declared levels: range from the data, with a warning', () => {
    const ds = buildDataset({ indicators: [{ id: 'm', kind: 'ordinal', combine: 'max' }], rows: [row('JPN', 'ai', 'm', 2024, 4), row('CHN', 'ai', 'm', 2024, 2), row('RUS', 'ai', 'm', 2024, 0)] });
    const result = analyse(ds, { side: ['JPN'], rivals: ['CHN'] });
    expect(result.rivals[0].technologies[0].asymmetry).toBe(0.5);
    expect(result.warnings).toContainEqual({ severity: 'warning', code: 'engine-ordinal-without-levels', found: 'm', detail: { min: 0, max: 4 } });
  });
  test('rows of countries missing from dataset.countries still count', () => {
    const ds = buildDataset({ rows: [row('JPN', 'ai', 'b', 2024, 2), row('CHN', 'ai', 'b', 2024, 1)] });
    ds.countries = ds.countries.filter((c) => c.code !== 'CHN');
    expect(analyse(ds, { side: ['JPN'], rivals: ['CHN'] }).rivals[0].technologies[0].asymmetry).toBeCloseTo(1 / 3, 12);
  });
});
