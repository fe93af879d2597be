import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { rankingsCsv } from '../../../src/export/rankings-csv';
import { workedExample } from '../../fixtures/engine/worked-example';

describe('METHODOLOGY worked example (AI, government budget)', () => {
  const result = analyse(workedExample);
  const ai = result.rivals[0].technologies[0];
  const budget = ai.indicators[0];

  test('coalition value and raw ratio: V_S = 2 + 8 = 10, V_R = 5, ratio 2', () => {
    expect(result.side.label).toBe('JPN+USA');
    expect(result.rivals.map((r) => r.rival.label)).toEqual(['CHN']);
    expect(budget.side.value).toBeCloseTo(10, 12);
    expect(budget.rival.value).toBeCloseTo(5, 12);
    expect(budget.ratio).toBeCloseTo(2, 12);
  });

  test('a = log2(2) / 3 = 0.3333 and A = a (one indicator, weight 1)', () => {
    expect(budget.asymmetry).toBeCloseTo(1 / 3, 12);
    expect(ai.asymmetry).toBeCloseTo(1 / 3, 12);
    expect(ai.coverage).toBe(1);
    expect(ai.lowCoverage).toBe(false);
  });

  test('trends: g_S = ln 1.02, g_R = ln 1.10 fitted on 5 points', () => {
    expect(budget.trend.side.slope).toBeCloseTo(Math.log(1.02), 12);
    expect(budget.trend.rival.slope).toBeCloseTo(Math.log(1.1), 12);
    expect(budget.trend.side.points).toBe(5);
  });

  test('T = ln 2 / (ln 1.10 − ln 1.02) = 9.18, class eroding, D = 0.1020', () => {
    const exact = Math.LN2 / (Math.log(1.1) - Math.log(1.02));
    expect(ai.yearsToParity).toBeCloseTo(exact, 10);
    expect(ai.yearsToParity?.toFixed(2)).toBe('9.18');
    expect(ai.advantageClass).toBe('eroding');
    expect(ai.score?.toFixed(4)).toBe('0.1020');
    expect(ai.score).toBeCloseTo((1 / 3) * (exact / 30), 10);
    expect(ai.rank).toBe(1);
  });

  test('the path is linear: Â(k) = (1 − k/T)/3, momentum = Â(1) − Â(0)', () => {
    expect(ai.path).toHaveLength(31);
    const exact = Math.LN2 / (Math.log(1.1) - Math.log(1.02));
    for (const k of [0, 1, 5, 9, 10]) expect(ai.path[k]).toBeCloseTo((1 - k / exact) / 3, 12);
    expect(ai.momentum).toBeCloseTo(-1 / (3 * exact), 12);
  });

  test('rankings CSV row', () => {
    expect(rankingsCsv(result).split('\n')[1]).toBe('ai,JPN+USA,CHN,2024,0.333333,1.000000,9.179839,eroding,0.101998,1');
  });
});
