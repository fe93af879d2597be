import { describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';
import { assessment } from './helpers';

// ai: budget a = +1 (8x), papers a = −1/3 (1:2), talent missing on the rival side,
// principles is text, gdp is a country-scope context indicator.
const ds = buildDataset({
  indicators: [
    { id: 'budget', kind: 'quantity', weight: 2, pillar: 'investment' },
    { id: 'papers', kind: 'quantity', weight: 1, pillar: 'output' },
    { id: 'talent', kind: 'quantity', weight: 1, pillar: 'talent' },
    { id: 'principles', kind: 'text', weight: 0 },
    { id: 'gdp', kind: 'quantity', scope: 'country' },
  ],
  rows: [
    row('JPN', 'ai', 'budget', 2024, 8),
    row('CHN', 'ai', 'budget', 2024, 1),
    row('JPN', 'ai', 'papers', 2024, 1),
    row('CHN', 'ai', 'papers', 2024, 2),
    row('JPN', 'ai', 'talent', 2024, 5),
    row('JPN', 'ai', 'principles', 2024, 'human in the loop'),
    row('CHN', 'ai', 'principles', 2024, 'military-civil fusion'),
    row('JPN', null, 'gdp', 2024, 1),
    row('CHN', null, 'gdp', 2024, 1000),
  ],
});
const side = { side: ['JPN'] };

describe('composite A and coverage (§3)', () => {
  const ai = assessment(ds, side, 'CHN', 'ai');
  const byId = Object.fromEntries(ai.indicators.map((i) => [i.indicator, i]));

  test('A = Σ w·a / Σ w over defined indicators: (2·1 + 1·(−1/3)) / 3', () => {
    expect(ai.asymmetry).toBeCloseTo((2 - 1 / 3) / 3, 12);
  });
  test('coverage = 3 / 4 (talent missing on the rival side), not low', () => {
    expect(ai.coverage).toBeCloseTo(0.75, 12);
    expect(ai.lowCoverage).toBe(false);
    expect(byId.talent.excluded).toBe('missing-rival');
    expect(byId.talent.asymmetry).toBeNull();
  });
  test('text indicators are reported side by side, never scored', () => {
    expect(byId.principles.excluded).toBe('text');
    expect(byId.principles.asymmetry).toBeNull();
    expect(byId.principles.side.texts).toEqual([{ country: 'JPN', text: 'human in the loop' }]);
    expect(byId.principles.rival.texts).toEqual([{ country: 'CHN', text: 'military-civil fusion' }]);
    expect(byId.principles.side.value).toBeNull();
  });
  test('country-scope indicators are not part of any technology', () => {
    expect(byId.gdp).toBeUndefined();
    expect(ai.indicators.map((i) => i.indicator)).toEqual(['budget', 'papers', 'talent', 'principles']);
  });
  test('relevance defaults to the technology relevance (1)', () => expect(ai.relevance).toBe(1));
});

describe('weights', () => {
  test('weight override: budget 1 → A = (1 − 1/3) / 2', () => {
    const ai = assessment(ds, { ...side, weights: { budget: 1 } }, 'CHN', 'ai');
    expect(ai.asymmetry).toBeCloseTo((1 - 1 / 3) / 2, 12);
    expect(ai.indicators[0].weight).toBe(1);
  });
  test('pillar multiplier: investment × 0.5 → effective budget weight 1', () => {
    const ai = assessment(ds, { ...side, pillarWeights: { investment: 0.5 } }, 'CHN', 'ai');
    expect(ai.indicators[0].weight).toBe(1);
    expect(ai.asymmetry).toBeCloseTo((1 - 1 / 3) / 2, 12);
  });
  test('zero weight: out of A and of the coverage denominator, a still shown', () => {
    const ai = assessment(ds, { ...side, weights: { budget: 0 } }, 'CHN', 'ai');
    expect(ai.asymmetry).toBeCloseTo(-1 / 3, 12);
    expect(ai.coverage).toBeCloseTo(0.5, 12);
    expect(ai.indicators[0].excluded).toBe('zero-weight');
    expect(ai.indicators[0].asymmetry).toBe(1);
  });
  test('all weights zero: A undefined, coverage 0, nothing ranked', () => {
    const ai = assessment(ds, { ...side, weights: { budget: 0, papers: 0, talent: 0 } }, 'CHN', 'ai');
    expect(ai).toMatchObject({ asymmetry: null, coverage: 0, lowCoverage: true, path: [], momentum: null, yearsToParity: null, advantageClass: null, score: null, rank: null });
  });
  test('an indicator called like an Object.prototype member does not pick it up', () => {
    const odd = buildDataset({ rows: [row('JPN', 'ai', 'constructor', 2024, 2), row('CHN', 'ai', 'constructor', 2024, 1)] });
    expect(assessment(odd, side, 'CHN', 'ai').indicators[0].weight).toBe(1);
  });
});

describe('low coverage (c < 0.65) and undefined A', () => {
  const sparse = buildDataset({
    rows: [
      row('JPN', 'ai', 'a', 2024, 2),
      row('CHN', 'ai', 'a', 2024, 1),
      row('JPN', 'ai', 'b', 2024, 2),
      row('JPN', 'ai', 'c', 2024, 2),
      row('JPN', 'cyber', 'a', 2024, 2),
    ],
  });
  const result = analyse(sparse, side);
  const [ai, cyber] = result.rivals[0].technologies;
  test('1 of 3 defined → c = 1/3, flagged', () => {
    expect(ai.coverage).toBeCloseTo(1 / 3, 12);
    expect(ai.lowCoverage).toBe(true);
    expect(ai.asymmetry).toBeCloseTo(1 / 3, 12);
  });
  test('no defined indicator → A null, ranked last', () => {
    expect(cyber.technology).toBe('cyber');
    expect(cyber.asymmetry).toBeNull();
    expect(cyber.rank).toBeNull();
    expect(cyber.indicators[0].excluded).toBe('missing-rival');
  });
  test('missing side is reported first when both are missing', () => {
    const none = buildDataset({ rows: [row('CHN', 'ai', 'a', 2024, 2), row('KOR', 'ai', 'b', 2024, 1), row('JPN', 'ai', 'c', 2024, 1)] });
    const ai2 = assessment(none, side, 'CHN', 'ai');
    expect(ai2.indicators.map((i) => i.excluded)).toEqual(['missing-side', 'missing-side', 'missing-rival']); // a: side, b: both, c: rival
  });
});
