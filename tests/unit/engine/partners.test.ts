import { describe, expect, test } from 'vitest';
import { analyse, COALITION_PRESETS, partnerContributions, resolvePreset } from '../../../src/engine';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';

const ds = buildDataset({
  countries: [{ code: 'AUS', role: 'partner' }, { code: 'GBR', role: 'partner' }, { code: 'IND', role: 'other' }],
  rows: [
    row('JPN', 'ai', 'budget', 2024, 2),
    row('USA', 'ai', 'budget', 2024, 2),
    row('CHN', 'ai', 'budget', 2024, 16),
    row('AUS', 'ai', 'budget', 2024, 4),
    row('IND', 'ai', 'budget', 2024, 8),
    row('GBR', 'cyber', 'budget', 2024, 1),
    row('JPN', 'cyber', 'budget', 2024, 1),
    row('CHN', 'cyber', 'budget', 2024, 1),
  ],
});
const find = (rows: ReturnType<typeof partnerContributions>['contributions'], partner: string, technology: string) => rows.find((r) => r.partner === partner && r.technology === technology);

describe('partner contributions ΔA = A(S ∪ p) − A(S) (§9)', () => {
  const result = partnerContributions(ds);
  test('default candidates: countries with role partner', () => {
    expect(result.candidates.map((c) => c.label)).toEqual(['AUS', 'GBR']);
    expect(result.side.label).toBe('JPN+USA');
    expect(result.year).toBe(2024);
  });
  test('AUS on ai: 4 vs 16 → 8 vs 16, ΔA = −1/3 − (−2/3) = 1/3', () => {
    const r = find(result.contributions, 'AUS', 'ai');
    expect(r?.asymmetryWithout).toBeCloseTo(-2 / 3, 12);
    expect(r?.asymmetryWith).toBeCloseTo(-1 / 3, 12);
    expect(r?.delta).toBeCloseTo(1 / 3, 12);
    expect(r?.rival).toBe('CHN');
  });
  test('a partner without data adds nothing (missing is not zero, nor a change)', () => {
    expect(find(result.contributions, 'GBR', 'ai')?.delta).toBe(0);
    expect(find(result.contributions, 'GBR', 'cyber')?.delta).toBeCloseTo(Math.log2(2) / 3, 12);
  });
  test('one row per candidate × rival × technology', () => {
    expect(result.contributions).toHaveLength(2 * 1 * 2);
  });
});

describe('partners are assessed at the baseline y0 of each technology (§9)', () => {
  const years = buildDataset({
    countries: [{ code: 'AUS', role: 'partner' }],
    rows: [
      row('JPN', 'ai', 'budget', 2020, 2),
      row('CHN', 'ai', 'budget', 2020, 8),
      row('AUS', 'ai', 'budget', 2019, 6), // stands in (stale) at the baseline y0 2020
      row('AUS', 'ai', 'budget', 2024, 100), // newer than the baseline y0: not used, does not move it
      row('JPN', 'cyber', 'budget', 2024, 1),
      row('CHN', 'cyber', 'budget', 2024, 1),
    ],
  });
  const result = partnerContributions(years, { side: ['JPN'] });
  test('ai at 2020 (the baseline year), cyber at 2024; the as-of year is 2024', () => {
    expect(result.year).toBe(2024);
    expect(find(result.contributions, 'AUS', 'ai')).toMatchObject({ year: 2020, asymmetryWith: 0 });
    expect(find(result.contributions, 'AUS', 'ai')?.asymmetryWithout).toBeCloseTo(-2 / 3, 12); // log2(2/8)/3
    expect(find(result.contributions, 'AUS', 'ai')?.delta).toBeCloseTo(2 / 3, 12);
    expect(find(result.contributions, 'AUS', 'cyber')).toMatchObject({ year: 2024, delta: 0 });
  });
  test('the baseline equals analyse, technology by technology', () => {
    const analysis = analyse(years, { side: ['JPN'] }).rivals[0].technologies;
    for (const t of analysis) expect(find(result.contributions, 'AUS', t.technology)).toMatchObject({ year: t.year, asymmetryWithout: t.asymmetry });
  });
});

describe('presets and candidate sets', () => {
  test('the presets are data', () => {
    expect(COALITION_PRESETS.map((p) => [p.id, p.members.join('+')])).toEqual([
      ['japan-us', 'JPN+USA'],
      ['quad', 'JPN+USA+AUS+IND'],
      ['aukus-japan', 'AUS+GBR+USA+JPN'],
      ['gcap', 'JPN+GBR+ITA'],
    ]);
  });
  test('Quad as a candidate set adds AUS+IND: ΔA = 0 − (−2/3)', () => {
    const quad = COALITION_PRESETS[1];
    const result = partnerContributions(ds, {}, [quad.members.join('+')]);
    expect(result.candidates.map((c) => c.label)).toEqual(['AUS+IND']);
    expect(find(result.contributions, 'AUS+IND', 'ai')?.delta).toBeCloseTo(2 / 3, 12);
  });
  test('GCAP: ITA is not in the data — said, not failed', () => {
    const gcap = COALITION_PRESETS[3];
    expect(resolvePreset(ds, gcap)).toMatchObject({ members: ['JPN', 'GBR'], absent: ['ITA'] });
    const result = partnerContributions(ds, {}, [gcap.members.join('+')]);
    expect(result.candidates.map((c) => c.label)).toEqual(['GBR']);
    expect(result.warnings).toContainEqual({ severity: 'warning', code: 'engine-unknown-country', found: 'ITA', detail: { partner: 'JPN+GBR+ITA' } });
  });
  test('a GCAP side works with the members present', () => {
    const { members } = resolvePreset(ds, COALITION_PRESETS[3]);
    const result = partnerContributions(ds, { side: members }, ['AUS']);
    expect(result.side.label).toBe('JPN+GBR');
  });
  test('candidates already on the side, or rivals, are skipped with warnings', () => {
    const result = partnerContributions(ds, {}, ['JPN', 'CHN']);
    expect(result.contributions).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.found])).toEqual([
      ['engine-partner-on-side', 'JPN'],
      ['engine-partner-is-rival', 'CHN'],
    ]);
  });
});
