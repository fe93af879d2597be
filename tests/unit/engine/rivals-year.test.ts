import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import type { Parameters } from '../../../src/model/parameters';
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

describe('assessment year y0 (one technology)', () => {
  test('default: latest scored value of side and rivals (USA 2023), not partners, text or context', () => {
    expect(analyse(ds).year).toBe(2023);
    expect(analyse(ds).rivals.map((r) => r.technologies[0].year)).toEqual([2023, 2023, 2023]);
  });
  test('the selection follows the rivals: JPN vs PRK → 2022', () => {
    expect(analyse(ds, { side: ['JPN'], rivals: ['PRK'] }).year).toBe(2022);
  });
  test('explicit year wins', () => {
    expect(analyse(ds, { year: 2020 }).year).toBe(2020);
  });
  test('only text and context for the selection → latest text row of those countries', () => {
    const textOnly = buildDataset({ indicators: [{ id: 'note', kind: 'text' }], rows: [row('JPN', 'ai', 'note', 2018, 'x'), row('CHN', 'ai', 'note', 2019, 'y')] });
    const result = analyse(textOnly, { side: ['JPN'] });
    expect(result.year).toBe(2019);
    expect(result.rivals[0].technologies[0].year).toBe(2019);
  });
  test('the result keeps parameters.year as given: null stays null, an explicit year stays', () => {
    expect(analyse(ds).parameters.year).toBeNull();
    expect(analyse(ds, { year: 2020 }).parameters.year).toBe(2020);
  });
});

describe('assessment year y0 per rival × technology', () => {
  const levels = [0, 1, 2, 3].map((value) => ({ value, labelEn: `${value}`, labelJa: `${value}` }));
  const perTech = buildDataset({
    countries: [{ code: 'AUS', role: 'partner' }],
    indicators: [
      { id: 'b', kind: 'quantity', pillar: 'output' },
      { id: 'rule', kind: 'ordinal', combine: 'max', weight: 0, levels, pillar: 'governance' },
      { id: 'note', kind: 'text' },
    ],
    rows: [
      // new: 4 vs 1 in 2024 → a = log2(4)/3 = 2/3.
      row('JPN', 'new', 'b', 2024, 4),
      row('CHN', 'new', 'b', 2024, 1),
      row('JPN', 'new', 'note', 2030, 'text never moves y0'),
      // old: the series ends in 2018 (8 vs 1 → a = 1); RUS has one newer value.
      row('JPN', 'old', 'b', 2018, 8),
      row('CHN', 'old', 'b', 2018, 1),
      row('RUS', 'old', 'b', 2021, 1),
      row('CHN', 'old', 'note', 2023, 'text never moves y0'),
      // gov: b to 2020 (2 vs 1 → a = 1/3); a weight-0 level coded in 2024 (3 vs 1).
      row('JPN', 'gov', 'b', 2020, 2),
      row('CHN', 'gov', 'b', 2020, 1),
      row('JPN', 'gov', 'rule', 2024, 3),
      row('CHN', 'gov', 'rule', 2024, 1),
      // side: only the side has a 2022 value; the rival's latest is 2020.
      row('JPN', 'side', 'b', 2022, 2),
      row('CHN', 'side', 'b', 2020, 1),
      // lonely: only a partner has data.
      row('AUS', 'lonely', 'b', 2026, 5),
    ],
  });
  const block = (params: Partial<Parameters>, rival = 'CHN') => {
    const result = analyse(perTech, { side: ['JPN'], ...params });
    const found = result.rivals.find((r) => r.rival.label === rival);
    if (!found) throw new Error(`no block for ${rival}`);
    return Object.fromEntries(found.technologies.map((t) => [t.technology, t]));
  };

  test('two technologies with different latest years get different y0, each with its own data', () => {
    const t = block({});
    expect(t.new.year).toBe(2024);
    expect(t.new.asymmetry).toBeCloseTo(2 / 3, 12);
    expect(t.old.year).toBe(2018);
    expect(t.old.asymmetry).toBe(1); // with one y0 = 2024 and staleness 3 this was undefined
    expect(t.old.indicators[0].side).toMatchObject({ value: 8, stale: [], years: { JPN: 2018 } });
  });
  test('AnalysisResult.year is the latest of the per-technology years', () => {
    const result = analyse(perTech, { side: ['JPN'], rivals: ['CHN'] });
    expect(result.year).toBe(2024);
    expect(Math.max(...result.rivals[0].technologies.map((t) => t.year))).toBe(result.year);
  });
  test('a weight-0 indicator with newer data does not move y0', () => {
    const gov = block({}).gov;
    expect(gov.year).toBe(2020);
    expect(gov.asymmetry).toBeCloseTo(1 / 3, 12);
    expect(gov.coverage).toBe(1);
    const rule = gov.indicators.find((i) => i.indicator === 'rule');
    expect(rule).toMatchObject({ excluded: 'missing-side', weight: 0 }); // its 2024 coding is newer than y0
  });
  test('giving that indicator a weight > 0 moves y0 to its year', () => {
    const gov = block({ weights: { rule: 2 } }).gov;
    expect(gov.year).toBe(2024);
    // b's 2020 values are 4 years older than y0: missing under staleness 3.
    expect(gov.asymmetry).toBeCloseTo(2 / 3, 12); // (3 − 1) / (3 − 0)
    expect(gov.coverage).toBeCloseTo(2 / 3, 12);
    // With staleness 4 they stand in: A = (2 · 2/3 + 1 · 1/3) / 3 = 5/9.
    const stale = block({ weights: { rule: 2 }, staleness: 4 }).gov;
    expect(stale.asymmetry).toBeCloseTo(5 / 9, 12);
    expect(stale.indicators.find((i) => i.indicator === 'b')?.side.stale).toEqual(['JPN']);
  });
  test('the weight is the effective one: a pillar multiplier moves y0 too', () => {
    expect(block({ pillarWeights: { governance: 1 }, weights: { rule: 1 } }).gov.year).toBe(2024);
    // No scored indicator with weight > 0 left: y0 = latest technology value of any kind, A undefined.
    const none = block({ pillarWeights: { output: 0 } }).gov;
    expect(none.year).toBe(2024);
    expect(none.asymmetry).toBeNull();
  });
  test('a side-only newer value moves y0; the rival stands in stale, or is missing past staleness', () => {
    const side = block({}).side;
    expect(side.year).toBe(2022);
    expect(side.indicators[0].rival).toMatchObject({ value: 1, stale: ['CHN'], years: { CHN: 2020 } });
    expect(side.asymmetry).toBeCloseTo(1 / 3, 12);
    const strict = block({ staleness: 1 }).side;
    expect(strict.year).toBe(2022);
    expect(strict.indicators[0].rival.missing).toEqual(['CHN']);
    expect(strict.asymmetry).toBeNull();
  });
  test('symmetric in side and rival: CHN vs JPN uses the same years', () => {
    const result = analyse(perTech, { side: ['CHN'], rivals: ['JPN'] });
    const years = Object.fromEntries(result.rivals[0].technologies.map((t) => [t.technology, t.year]));
    expect(years).toMatchObject({ new: 2024, old: 2018, gov: 2020, side: 2022 });
  });
  test('the same technology may have different years against different rivals', () => {
    const vsRus = block({ rivals: ['CHN', 'RUS'] }, 'RUS').old;
    expect(vsRus.year).toBe(2021);
    expect(vsRus.indicators[0].side).toMatchObject({ value: 8, stale: ['JPN'] });
    expect(vsRus.asymmetry).toBe(1);
    expect(block({ rivals: ['CHN', 'RUS'] }, 'CHN').old.year).toBe(2018);
  });
  test('no value of side or rival for the technology → the analysis year, A undefined', () => {
    const lonely = block({}).lonely;
    expect(lonely.year).toBe(2024); // AUS (a partner) is not in the selection
    expect(lonely.asymmetry).toBeNull();
  });
  test('an explicit year overrides every technology', () => {
    const t = block({ year: 2021 });
    expect(Object.values(t).map((x) => x.year)).toEqual([2021, 2021, 2021, 2021, 2021]);
    expect(t.old.asymmetry).toBe(1); // 2018 is within staleness 3 of 2021
    expect(t.new.asymmetry).toBeNull(); // 2024 is after y0: never used
    expect(t.side.asymmetry).toBeNull(); // JPN's only value (2022) is after y0
    expect(t.gov.asymmetry).toBeCloseTo(1 / 3, 12); // both 2020 values stand in, stale
  });
});
