import { describe, expect, test } from 'vitest';
import { analyse, combineNumbers, combineRule } from '../../../src/engine';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';
import { assessment } from './helpers';

describe('combine rules (§1)', () => {
  test.each([
    ['sum', [2, 8], 10],
    ['max', [2, 8], 8],
    ['mean', [2, 8], 5],
    ['sum', [4], 4],
  ] as const)('%s of %j = %d', (rule, values, expected) => expect(combineNumbers(rule, [...values])).toBe(expected));
  test('no member → NaN, never 0', () => expect(combineNumbers('sum', [])).toBeNaN());
  test('unknown names are refused', () => expect(() => combineRule('median')).toThrow('invalid combine: median'));
});

describe('coalition value at y0 (§1)', () => {
  const ds = buildDataset({
    indicators: [
      { id: 'budget', kind: 'quantity', unit: 'USD' },
      { id: 'papers', kind: 'quantity' },
    ],
    rows: [
      row('JPN', 'ai', 'budget', 2024, 2, { source: 'MEXT', confidence: 'A' }),
      row('USA', 'ai', 'budget', 2022, 8, { source: 'OMB', confidence: 'C' }), // stale by 2 years
      row('CHN', 'ai', 'budget', 2024, 5),
      row('JPN', 'ai', 'papers', 2024, 3),
      row('USA', 'ai', 'papers', 2019, 100), // older than staleness: missing
      row('CHN', 'ai', 'papers', 2024, 3),
    ],
  });
  const ai = assessment(ds, {}, 'CHN', 'ai');
  const [budget, papers] = ai.indicators;

  test('stale member stands in and is flagged, with the year used', () => {
    expect(budget.side.value).toBe(10);
    expect(budget.side.present).toEqual(['JPN', 'USA']);
    expect(budget.side.stale).toEqual(['USA']);
    expect(budget.side.missing).toEqual([]);
    expect(budget.side.years).toEqual({ JPN: 2024, USA: 2022 });
  });
  test('lowest confidence, sources and unit are reported', () => {
    expect(budget.side.confidence).toBe('C');
    expect(budget.side.sources).toEqual(['MEXT', 'OMB']);
    expect(budget.side.unit).toBe('USD');
    expect(budget.rival.confidence).toBe('B');
  });
  test('a member without a value within staleness is missing, never zero', () => {
    expect(papers.side.value).toBe(3);
    expect(papers.side.missing).toEqual(['USA']);
    expect(papers.asymmetry).toBe(0);
  });
  test('staleness 1 makes the 2022 value missing too', () => {
    const strict = assessment(ds, { staleness: 1 }, 'CHN', 'ai');
    expect(strict.indicators[0].side.value).toBe(2);
    expect(strict.indicators[0].side.missing).toEqual(['USA']);
  });
  test('staleness 0: only values of y0 itself', () => {
    const strict = assessment(ds, { staleness: 0 }, 'CHN', 'ai');
    expect(strict.indicators[0].side.stale).toEqual([]);
    expect(strict.indicators[0].side.missing).toEqual(['USA']);
  });
  test('values newer than y0 are never used', () => {
    const old = assessment(ds, { year: 2023 }, 'CHN', 'ai');
    expect(old.indicators[0].side.value).toBe(8);
    expect(old.indicators[0].side.missing).toEqual(['JPN']);
    expect(old.indicators[0].rival.value).toBeNull();
    expect(old.indicators[0].excluded).toBe('missing-rival');
  });
});

describe('rival coalitions', () => {
  const ds = buildDataset({
    rows: [row('JPN', 'ai', 'budget', 2024, 12), row('CHN', 'ai', 'budget', 2024, 4), row('RUS', 'ai', 'budget', 2024, 2)],
  });
  test('CHN+RUS is combined like the side; one block per rival, ordered by label', () => {
    const result = analyse(ds, { side: ['JPN'], rivals: ['RUS', 'CHN+RUS', 'CHN'] });
    expect(result.rivals.map((r) => r.rival.label)).toEqual(['CHN', 'CHN+RUS', 'RUS']);
    const coalition = result.rivals[1].technologies[0].indicators[0];
    expect(coalition.rival.value).toBe(6);
    expect(coalition.ratio).toBe(2);
    expect(result.parameters.rivals).toEqual(['CHN', 'CHN+RUS', 'RUS']);
  });
});
