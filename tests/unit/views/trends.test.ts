import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { buildTrends, trendIndicators } from '../../../src/views/trends/trends-series';
import { trendsTable } from '../../../src/views/trends/trends-text';
import { translator } from '../../../src/i18n';
import { sampleDataset } from '../../fixtures/views/sample-dataset';
import { buildDataset, row, series as rows } from '../../fixtures/engine/build-dataset';

// Sample data (tests/fixtures/views/sample-dataset.ts), AI government budget, 2019–2023:
// JPN 2·1.02^k, USA 8·1.02^k (side sum 10·1.02^k), CHN 5·1.1^k, RUS 1; y0 = 2023, H = 10.
describe('trends series', () => {
  const dataset = sampleDataset();
  const result = analyse(dataset, {});

  test('members, the side (sum) and the rivals, year by year', () => {
    const series = buildTrends(dataset, result, 'ai', 'gov_budget', null)!;
    expect(series.lines.map((line) => [line.key, line.role])).toEqual([
      ['JPN', 'member'],
      ['USA', 'member'],
      ['side:JPN+USA', 'side'],
      ['rival:CHN', 'rival'],
      ['rival:RUS', 'rival'],
    ]);
    const y2021 = series.rows.find((r) => r.year === 2021)!;
    expect(y2021.JPN).toBeCloseTo(2 * 1.02 ** 2, 10);
    expect(y2021['side:JPN+USA']).toBeCloseTo(10 * 1.02 ** 2, 10);
    expect(y2021['rival:CHN']).toBeCloseTo(5 * 1.1 ** 2, 10);
    expect(y2021['rival:RUS']).toBe(1);
    expect(series.year).toBe(2023);
    expect(series.horizonEnd).toBe(2033);
    expect(series.rows.map((r) => r.year)).toEqual(Array.from({ length: 15 }, (_, k) => 2019 + k));
  });

  test('projection: V(y0)·exp(g·k) from y0 to y0 + H, members not projected', () => {
    const series = buildTrends(dataset, result, 'ai', 'gov_budget', null)!;
    const side = series.lines.find((line) => line.role === 'side')!;
    const china = series.lines.find((line) => line.key === 'rival:CHN')!;
    expect(series.lines.find((line) => line.key === 'JPN')!.projectionKey).toBeNull();
    const at = (year: number, key: string) => series.rows.find((r) => r.year === year)![key];
    // Side grows 2 % a year from 10·1.02^4 = 10.824; CHN 10 % from 5·1.1^4 = 7.3205.
    expect(at(2023, side.projectionKey!)).toBeCloseTo(10 * 1.02 ** 4, 8);
    expect(at(2033, side.projectionKey!)).toBeCloseTo(10 * 1.02 ** 14, 8);
    expect(at(2033, china.projectionKey!)).toBeCloseTo(5 * 1.1 ** 14, 8);
    expect(at(2022, side.projectionKey!)).toBeUndefined();
    expect(side.slope!.value).toBeCloseTo(Math.log(1.02), 10);
    expect(side.staleAtYear).toBe(false);
  });

  test('provenance of a point: the reporting members, their sources and the lowest confidence', () => {
    const series = buildTrends(dataset, result, 'ai', 'gov_budget', null)!;
    expect(series.provenance.JPN![2021]).toMatchObject({ present: ['JPN'], years: { JPN: 2021 }, sources: ['src1'], confidence: 'A' });
    expect(series.provenance['rival:CHN']![2020]).toMatchObject({ sources: ['src2'], confidence: 'C' });
    expect(series.provenance['side:JPN+USA']![2019]!.value).toBeCloseTo(10, 10);
  });

  test('log scale offered when values span 10× (RUS 1 … CHN 19), suggested only from 100×', () => {
    const series = buildTrends(dataset, result, 'ai', 'gov_budget', null)!;
    expect(series.logAvailable).toBe(true);
    expect(series.logSuggested).toBe(false);
    expect(series.hasZeros).toBe(false);
    // Zeros do not block the log scale (they are not drawn on it): 0, 1 … 200 spans 200×.
    const data = buildDataset({ rows: [row('JPN', 'ai', 'b', 2023, 200), row('USA', 'ai', 'b', 2023, 0), row('CHN', 'ai', 'b', 2023, 1)] });
    const zeros = buildTrends(data, analyse(data, {}), 'ai', 'b', null)!;
    expect([zeros.logAvailable, zeros.logSuggested, zeros.hasZeros]).toEqual([true, true, true]);
    // Citations: RUS 1000 … USA+JPN (20000+3000)·… → about 26×; ordinals never.
    expect(buildTrends(dataset, result, 'space', 'weapon_system_integration', null)!.logAvailable).toBe(false);
  });

  test('indicators of a technology: scored ones only (text left out)', () => {
    const space = result.rivals[0]!.technologies.find((item) => item.technology === 'space');
    expect(trendIndicators(space).map((item) => item.indicator)).toEqual(['gov_budget', 'weapon_system_integration']);
  });

  test('a stale value at y0 is marked, and a partial year lists who is missing', () => {
    // JPN reports 2020–2022 only, USA 2020–2023: at y0 = 2023 the side uses JPN 2022 (stale).
    const data = buildDataset({
      rows: [
        ...rows('JPN', 'ai', 'b', 2020, [1, 1, 1]),
        ...rows('USA', 'ai', 'b', 2020, [2, 2, 2, 2]),
        ...rows('CHN', 'ai', 'b', 2020, [4, 4, 4, 4]),
        row('JPN', 'ai', 'b', 2019, 1),
      ],
    });
    const series = buildTrends(data, analyse(data, {}), 'ai', 'b', null)!;
    const side = series.lines.find((line) => line.role === 'side')!;
    expect(series.year).toBe(2023);
    expect(side.staleAtYear).toBe(true);
    expect(series.provenance['side:JPN+USA']![2023]).toMatchObject({ value: 2, present: ['USA'], missing: ['JPN'] });
    expect(series.provenance['side:JPN+USA']![2019]).toMatchObject({ value: 1, missing: ['USA'] });
    const table = trendsTable(series, 'caption', { dataset: data, locale: 'en', t: translator('en'), trendWindow: 5 });
    const y2023 = table.rows.find((r) => String(r.series).endsWith('(side)') && r.year === 2023 && r.kind === 'reported');
    expect(y2023?.note).toBe('Partial: JPN not reported · Value at y0 uses a stale value');
  });

  test('unknown or text indicator: no series', () => {
    expect(buildTrends(dataset, result, 'space', 'defense_use_principles', null)).toBeNull();
    expect(buildTrends(dataset, result, 'ai', 'nope', null)).toBeNull();
  });
});

describe('trends tooltip', () => {
  test('a source shared by every line is said once', async () => {
    const { yearTooltip } = await import('../../../src/views/trends/trends-text');
    const dataset = sampleDataset();
    const series = buildTrends(dataset, analyse(dataset, {}), 'ai', 'citations', null)!;
    const t = translator('en');
    const tip = yearTooltip(series, 2020, { dataset, locale: 'en', t, trendWindow: 5 });
    expect(tip.common).toEqual(['Source: Test bibliometrics', 'Confidence: B — credible estimate']);
    expect(tip.sections.map((section) => section.heading)).toEqual(['Japan', 'United States', 'Japan–United States (side)', 'China', 'Russia']);
    expect(tip.sections[0]!.lines).toEqual(['Value: 3,030', 'Year: JPN 2020']);
  });
});
