import { describe, expect, test } from 'vitest';
import { partnerContributions } from '../../../src/engine';
import { buildCoalition, deltaScale, effectivePartners, rivalGaps, sameMembers } from '../../../src/views/coalition/coalition-series';
import { gapSentence } from '../../../src/views/coalition/coalition-text';
import { translator } from '../../../src/i18n';
import type { PartnerContribution } from '../../../src/model/results';
import { sampleDataset } from '../../fixtures/views/sample-dataset';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';

function contribution(partner: string, technology: string, without: number | null, withPartner: number | null, rival = 'CHN'): PartnerContribution {
  const delta = without === null || withPartner === null ? null : withPartner - without;
  return { partner, rival, technology, year: 2023, delta, asymmetryWith: withPartner, asymmetryWithout: without };
}

describe('coalition series', () => {
  test('gap closures: the largest positive ΔA per lagging technology (A < −ε)', () => {
    const rows = [
      contribution('AUS', 'space', -0.5, -0.3), // ΔA +0.2
      contribution('GBR', 'space', -0.5, -0.2), // ΔA +0.3 ← best
      contribution('AUS', 'ai', -0.04, 0.1), // inside the parity band: not a lag
      contribution('GBR', 'ai', -0.04, -0.04),
      contribution('AUS', 'cyber', -0.3, -0.35), // ΔA −0.05
      contribution('GBR', 'cyber', -0.3, null), // undefined
      contribution('AUS', 'quantum', null, null), // no baseline: not assessed
    ];
    const gaps = rivalGaps(rows, 'CHN', ['ai', 'quantum', 'space', 'cyber'], 0.05);
    expect(gaps.closures).toEqual([{ technology: 'space', partner: 'GBR', contribution: rows[1] }]);
    expect(gaps.unclosed).toEqual([{ technology: 'cyber', asymmetry: -0.3 }]);
    expect(gaps.assessed).toBe(3);
    const t = translator('en');
    const dataset = { countries: [{ code: 'GBR', nameEn: 'United Kingdom', nameJa: '英国', role: 'partner' as const }, { code: 'CHN', nameEn: 'China', nameJa: '中国', role: 'rival' as const }], technologies: [] };
    expect(gapSentence(gaps, 0.05, { dataset, locale: 'en', t })).toBe('vs China: United Kingdom in space (ΔA +0.30: A −0.50 → −0.20); no candidate narrows the lag in cyber.');
    expect(gapSentence(rivalGaps(rows, 'RUS', ['ai'], 0.05), 0.05, { dataset, locale: 'en', t })).toMatch(/^vs RUS: no technology has values for both sides/);
  });

  test('colour scale snaps |ΔA| up to a step', () => {
    expect(deltaScale(0)).toBe(0.05);
    expect(deltaScale(0.05)).toBe(0.05);
    expect(deltaScale(0.14)).toBe(0.2);
    expect(deltaScale(0.3)).toBe(0.5);
    expect(deltaScale(3)).toBe(2);
  });

  test('a partner that closes a gap, from the engine (hand-computed)', () => {
    // x: JPN 1 vs CHN 8 → A = log2(1/8)/3 = −1; + AUS 3 → log2(4/8)/3 = −1/3; + GBR 1 → log2(2/8)/3 = −2/3.
    const dataset = buildDataset({
      countries: [
        { code: 'JPN', role: 'ally' },
        { code: 'CHN', role: 'rival' },
        { code: 'AUS', role: 'partner' },
        { code: 'GBR', role: 'partner' },
      ],
      rows: [row('JPN', 'x', 'b', 2023, 1), row('CHN', 'x', 'b', 2023, 8), row('AUS', 'x', 'b', 2023, 3), row('GBR', 'x', 'b', 2023, 1)],
    });
    const analysis = partnerContributions(dataset, { side: ['JPN'] }, ['AUS', 'GBR']);
    const series = buildCoalition(analysis, ['CHN'], ['x'], null, 0.05);
    expect(series.partners).toEqual(['AUS', 'GBR']);
    expect(series.technologies).toEqual(['x']);
    expect(series.cells.map((cell) => cell.delta)).toEqual([expect.closeTo(2 / 3, 10), expect.closeTo(1 / 3, 10)]);
    expect(series.scale).toBe(1);
    expect(series.gaps[0]!.closures).toHaveLength(1);
    expect(series.gaps[0]!.closures[0]!.partner).toBe('AUS');
    expect(series.gaps[0]!.closures[0]!.contribution.asymmetryWithout).toBeCloseTo(-1, 10);
  });

  test('sample data: AUS adds budget to AI vs China; nobody has space data (lag unclosed)', () => {
    const dataset = sampleDataset();
    const analysis = partnerContributions(dataset, {}, ['AUS', 'GBR']);
    const series = buildCoalition(analysis, ['CHN', 'RUS'], ['ai', 'quantum', 'space'], 'CHN', 0.05);
    const ai = series.cells.find((cell) => cell.partner === 'AUS' && cell.technology === 'ai')!;
    // gov_budget: side 10·1.02^4 → + AUS 1.03^4; citations unchanged (AUS reports none); two indicators of weight 1.
    const side = 10 * 1.02 ** 4;
    expect(ai.delta).toBeCloseTo(Math.log2((side + 1.03 ** 4) / side) / 3 / 2, 10);
    expect(series.gaps[0]!.unclosed.map((item) => item.technology)).toEqual(['space']);
    expect(series.gaps[1]!.closures).toEqual([]);
    expect(series.gaps[1]!.unclosed).toEqual([]);
  });

  test('effective partners: stored list, else the defaults, never a side member', () => {
    expect(effectivePartners([], ['AUS', 'GBR'], ['JPN', 'USA'])).toEqual(['AUS', 'GBR']);
    expect(effectivePartners(['GBR', 'JPN'], ['AUS'], ['JPN', 'USA'])).toEqual(['GBR']);
    expect(sameMembers(['USA', 'JPN'], ['JPN', 'USA'])).toBe(true);
    expect(sameMembers(['USA'], ['JPN', 'USA'])).toBe(false);
  });
});
