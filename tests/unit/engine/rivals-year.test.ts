import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';

const ds = buildDataset({
  countries: [{ code: 'AUS', role: 'partner' }, { code: 'KOR', role: 'other' }],
  indicators: [{ id: 'note', kind: 'text' }, { id: 'gdp', kind: 'quantity', scope: 'country' }],
  rows: [
    row('JPN', 'ai', 'b', 2022, 1),
    row('USA', 'ai', 'b', 2023, 1),
    row('CHN', 'ai', 'b', 2021, 1),
    row('RUS', 'ai', 'b', 2020, 1),
    row('PRK', 'ai', 'b', 2019, 1),
    row('AUS', 'ai', 'b', 2026, 1), // partner: not in the selection
    row('KOR', 'ai', 'b', 2027, 1), // other: not in the selection
    row('JPN', 'ai', 'note', 2030, 'text does not move y0'),
    row('CHN', null, 'gdp', 2031, 5), // country-scope context does not move y0
  ],
});

describe('rivals', () => {
  test('empty → every country with role rival, ordered by label', () => {
    expect(analyse(ds).rivals.map((r) => r.rival.label)).toEqual(['CHN', 'PRK', 'RUS']);
  });
  test('a side member with role rival is not its own rival', () => {
    expect(analyse(ds, { side: ['JPN', 'CHN'] }).rivals.map((r) => r.rival.label)).toEqual(['PRK', 'RUS']);
  });
  test('unknown codes are dropped with a warning; overlapping and repeated rivals too', () => {
    const result = analyse(ds, { rivals: ['CHN+XXX', 'YYY', 'USA', 'RUS+CHN', 'CHN+RUS', 'prk'] });
    expect(result.rivals.map((r) => r.rival.label)).toEqual(['CHN', 'PRK', 'RUS+CHN']);
    expect(result.warnings.map((w) => [w.code, w.found])).toEqual([
      ['engine-unknown-country', 'XXX'],
      ['engine-unknown-country', 'YYY'],
      ['engine-rival-overlaps-side', 'USA'],
      ['engine-duplicate-rival', 'CHN+RUS'],
    ]);
  });
  test('no rival at all → empty result with a warning', () => {
    const result = analyse(ds, { rivals: ['XXX'] });
    expect(result.rivals).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('engine-no-rivals');
  });
});

describe('assessment year y0', () => {
  test('default: latest scored value of side and rivals (USA 2023), not partners, text or context', () => {
    expect(analyse(ds).year).toBe(2023);
  });
  test('the selection follows the rivals: JPN vs PRK → 2022', () => {
    expect(analyse(ds, { side: ['JPN'], rivals: ['PRK'] }).year).toBe(2022);
  });
  test('explicit year wins', () => {
    expect(analyse(ds, { year: 2020 }).year).toBe(2020);
  });
  test('only text and context for the selection → latest row of those countries', () => {
    const textOnly = buildDataset({ indicators: [{ id: 'note', kind: 'text' }], rows: [row('JPN', 'ai', 'note', 2018, 'x'), row('CHN', 'ai', 'note', 2019, 'y')] });
    expect(analyse(textOnly, { side: ['JPN'] }).year).toBe(2019);
  });
});
