import { describe, expect, test } from 'vitest';
import { ordinalAsymmetry, quantityAsymmetry, rawRatio } from '../../../src/engine';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';
import { assessment } from './helpers';

describe('quantity asymmetry a = clamp(d·log2(V_S/V_R)/K, −1, 1) (§2)', () => {
  test.each([
    // vs, vr, d, K, a
    [10, 5, 1, 3, 1 / 3],
    [5, 10, 1, 3, -1 / 3],
    [10, 5, -1, 3, -1 / 3], // lower is better
    [8, 1, 1, 3, 1], // exactly K log2 units: full advantage
    [64, 1, 1, 3, 1], // saturation clamp
    [1, 64, 1, 3, -1],
    [1, 64, -1, 3, 1],
    [4, 1, 1, 1, 1], // K = 1 saturates at 2x
    [3, 3, 1, 3, 0],
    [7, 0, 1, 3, 1], // V_R = 0 < V_S → d
    [0, 7, 1, 3, -1], // V_S = 0 < V_R → −d
    [7, 0, -1, 3, -1],
    [0, 7, -1, 3, 1],
    [0, 0, 1, 3, 0], // both zero
  ])('V_S=%d V_R=%d d=%d K=%d → %d', (vs, vr, d, k, a) => {
    expect(quantityAsymmetry(vs, vr, d, k)).toBeCloseTo(a, 12);
  });
});

describe('ordinal asymmetry a = d·(L_S − L_R)/(L_max − L_min) (§2)', () => {
  test.each([
    [3, 1, 1, 0, 4, 0.5],
    [1, 3, 1, 0, 4, -0.5],
    [4, 0, 1, 0, 4, 1],
    [3, 1, -1, 0, 4, -0.5],
    [2, 2, 1, 0, 4, 0],
    [3, 2, 1, 1, 3, 0.5],
    [9, 0, 1, 0, 4, 1], // out-of-scale level clamped (defensive)
    [1, 1, 1, 2, 2, 0], // one-level scale
  ])('L_S=%d L_R=%d d=%d scale %d..%d → %d', (ls, lr, d, lo, hi, a) => {
    expect(ordinalAsymmetry(ls, lr, d, lo, hi)).toBeCloseTo(a, 12);
  });
});

describe('raw ratio V_S / V_R', () => {
  test.each([
    [10, 5, 2],
    [0, 5, 0],
    [5, 0, Infinity],
    [0, 0, null],
  ])('%d / %d → %s', (vs, vr, ratio) => expect(rawRatio(vs, vr)).toBe(ratio));
});

describe('in analyse', () => {
  const ds = buildDataset({
    indicators: [
      { id: 'budget', kind: 'quantity' },
      { id: 'cost', kind: 'quantity', direction: 'lower', combine: 'mean' },
      { id: 'level', kind: 'ordinal', combine: 'max', levels: [0, 1, 2, 3, 4].map((value) => ({ value, labelEn: `${value}`, labelJa: `${value}` })) },
    ],
    rows: [
      row('JPN', 'ai', 'budget', 2024, 0),
      row('CHN', 'ai', 'budget', 2024, 0),
      row('JPN', 'ai', 'cost', 2024, 2),
      row('USA', 'ai', 'cost', 2024, 6),
      row('CHN', 'ai', 'cost', 2024, 16),
      row('JPN', 'ai', 'level', 2024, 1),
      row('USA', 'ai', 'level', 2024, 3),
      row('CHN', 'ai', 'level', 2024, 2),
    ],
  });
  const ai = assessment(ds, {}, 'CHN', 'ai');
  const byId = Object.fromEntries(ai.indicators.map((i) => [i.indicator, i]));

  test('both zero → a = 0, ratio null, still defined', () => {
    expect(byId.budget.asymmetry).toBe(0);
    expect(byId.budget.ratio).toBeNull();
    expect(byId.budget.excluded).toBeUndefined();
  });
  test('lower is better with mean combine: mean(2, 6) = 4 vs 16 → a = +2/3', () => {
    expect(byId.cost.side.value).toBe(4);
    expect(byId.cost.ratio).toBe(0.25);
    expect(byId.cost.asymmetry).toBeCloseTo(2 / 3, 12);
  });
  test('ordinal with max combine: max(1, 3) = 3 vs 2 on 0..4 → 0.25', () => {
    expect(byId.level.side.value).toBe(3);
    expect(byId.level.ratio).toBeNull();
    expect(byId.level.asymmetry).toBe(0.25);
  });
  test('composite = mean of the three (weights 1)', () => {
    expect(ai.asymmetry).toBeCloseTo((0 + 2 / 3 + 0.25) / 3, 12);
  });
});
