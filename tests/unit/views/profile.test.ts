import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { buildProfile, indicatorScore } from '../../../src/views/profile/profile-series';
import { pillarTooltip, profileTable, radarRows } from '../../../src/views/profile/profile-text';
import { translator } from '../../../src/i18n';
import type { Indicator } from '../../../src/model/dataset';
import { sampleDataset } from '../../fixtures/views/sample-dataset';

// Sample data at y0 = 2023 (K = 3). AI budget: JPN 2·1.02^4, USA 8·1.02^4, side 10·1.02^4 (best),
// CHN 5·1.1^4, RUS 1. Score = 1 + clamp(log2(V / V_best) / 3, −1, 0).
describe('profile series', () => {
  const dataset = sampleDataset();
  const result = analyse(dataset, {});

  test('actors: members, the side, rivals; pillars in display order', () => {
    const profile = buildProfile(dataset, result, 'ai', null)!;
    expect(profile.actors.map((actor) => actor.key)).toEqual(['JPN', 'USA', 'side:JPN+USA', 'rival:CHN', 'rival:RUS']);
    expect(profile.pillars).toEqual(['investment', 'output']);
    expect(profile.year).toBe(2023);
  });

  test('quantity scores against the best value, hand-computed', () => {
    const profile = buildProfile(dataset, result, 'ai', null)!;
    const investment = profile.scores.investment!;
    expect(investment['side:JPN+USA']!.score).toBeCloseTo(1, 12);
    expect(investment.USA!.score).toBeCloseTo(1 + Math.log2(0.8) / 3, 10); // 0.8927
    expect(investment.JPN!.score).toBeCloseTo(1 + Math.log2(0.2) / 3, 10); // 0.2260
    expect(investment['rival:CHN']!.score).toBeCloseTo(1 + Math.log2((5 * 1.1 ** 4) / (10 * 1.02 ** 4)) / 3, 10);
    expect(investment['rival:RUS']!.score).toBe(0); // 10.8× behind: saturated. CHN: 1 + log2(7.32 / 10.82)/3 = 0.81
    const citations = profile.scores.output!;
    const side = 3000 * 1.01 ** 4 + 20000 * 1.02 ** 4;
    expect(citations.JPN!.score).toBeCloseTo(1 + Math.log2((3000 * 1.01 ** 4) / side) / 3, 10);
    expect(citations.JPN).toMatchObject({ used: 1, total: 1 });
  });

  test('ordinal scores: 1 + (L − L_best) / (L_max − L_min)', () => {
    const profile = buildProfile(dataset, result, 'space', null)!;
    expect(profile.pillars).toEqual(['investment', 'military']);
    const military = profile.scores.military!;
    expect(military.JPN!.score).toBe(0.5); // level 2 vs 4 on 0–4
    expect(military['rival:CHN']!.score).toBe(0.75);
    expect(military['side:JPN+USA']!.score).toBe(1);
  });

  test('lower-is-better indicators: the smallest value is best', () => {
    const indicator = { id: 'cost', kind: 'quantity', direction: 'lower' } as Indicator;
    expect(indicatorScore(indicator, 2, 2, 3, [0, 0])).toBe(1);
    expect(indicatorScore(indicator, 4, 2, 3, [0, 0])).toBeCloseTo(2 / 3, 12); // twice the cost: a = −1/3
  });

  test('a pillar score is the mean of its indicators the actor has', () => {
    const data = sampleDataset();
    data.indicators.find((item) => item.id === 'citations')!.pillar = 'investment';
    const profile = buildProfile(data, analyse(data, {}), 'ai', null)!;
    const jpn = profile.scores.investment!.JPN!;
    const side = 3000 * 1.01 ** 4 + 20000 * 1.02 ** 4;
    expect(jpn.used).toBe(2);
    expect(jpn.score).toBeCloseTo((1 + Math.log2(0.2) / 3 + 1 + Math.log2((3000 * 1.01 ** 4) / side) / 3) / 2, 10);
  });

  test('radar rows and the table', () => {
    const t = translator('en');
    const profile = buildProfile(dataset, result, 'ai', null)!;
    const rows = radarRows(profile, t);
    expect(rows.map((row) => row.label)).toEqual(['Investment', 'Research output']);
    expect(rows[0]!.JPN).toBeCloseTo(0.226, 3);
    const table = profileTable(profile, { dataset, locale: 'en', t });
    expect(table.rows[0]).toEqual({ pillar: 'Investment', indicator: 'pillar score', actor: 'Japan', value: '', score: '0.23', used: '1 / 1', source: '' });
    expect(table.rows[1]).toMatchObject({ indicator: 'Government budget', actor: 'Japan', value: '2.16 USD_billion', score: '0.23', source: 'Test budget statistics · JPN 2023 · A' });
  });

  test('pillar tooltip: scores, values with year and confidence, sources numbered once', () => {
    const t = translator('en');
    const profile = buildProfile(dataset, result, 'ai', null)!;
    const tip = pillarTooltip(profile, 'investment', ['JPN', 'rival:CHN'], { dataset, locale: 'en', t });
    expect(tip.sections.map((section) => section.heading)).toEqual(['Japan: 0.23 (1 of 1 indicators)', 'China: 0.81 (1 of 1 indicators)']);
    expect(tip.sections[0]!.lines).toEqual(['Government budget: 2.16 USD_billion → 0.23 · JPN 2023 · Confidence A · [1]']);
    expect(tip.sections[1]!.lines[0]).toMatch(/· CHN 2023 · Confidence C · \[2\]$/);
    expect(tip.sources).toEqual(['[1] Test budget statistics', '[2] Test estimates of rival budgets']);
  });
});
