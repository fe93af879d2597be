import { describe, expect, test } from 'vitest';
import { changedParameters, focusTargets, slideSources } from '../../../src/briefing/footer';
import { defaultParameters } from '../../../src/model/parameters';
import { sampleDataset } from '../../fixtures/views/sample-dataset';

describe('changedParameters', () => {
  test('defaults change nothing', () => {
    expect(changedParameters(defaultParameters())).toEqual([]);
  });

  test('lists each changed parameter by its method symbol', () => {
    const parameters = {
      ...defaultParameters(),
      side: ['JPN', 'USA', 'AUS'],
      rivals: ['CHN', 'CHN+RUS'],
      year: 2022,
      horizon: 15,
      parityBand: 0.1,
      weights: { citations: 2.5, b: 0 },
      pillarWeights: { military: 2 },
      relevance: { ai: 0.5 },
      monteCarlo: { seed: 7, draws: 1000 },
    };
    expect(changedParameters(parameters)).toEqual([
      { symbol: 'S', value: 'JPN+USA+AUS' },
      { symbol: 'R', value: 'CHN, CHN+RUS' },
      { symbol: 'y0', value: '2022' },
      { symbol: 'H', value: '15' },
      { symbol: 'ε', value: '0.1' },
      { symbol: 'w[b]', value: '0' },
      { symbol: 'w[citations]', value: '2.5' },
      { symbol: 'pillar[military]', value: '2' },
      { symbol: 'r[ai]', value: '0.5' },
      { symbol: 'seed', value: '7' },
    ]);
  });
});

describe('focusTargets', () => {
  const dataset = sampleDataset();
  test('a chosen technology and indicator count on any view', () => {
    expect(focusTargets('overview', { technology: 'space', indicator: 'citations' }, dataset)).toEqual({ technology: 'space', indicator: 'citations' });
  });
  test('technology views fall back to the first technology; others show none', () => {
    expect(focusTargets('table', { technology: null, indicator: null }, dataset)).toEqual({ technology: 'ai', indicator: null });
    expect(focusTargets('overview', { technology: null, indicator: null }, dataset)).toEqual({ technology: null, indicator: null });
  });
  test('ids the dataset does not know are ignored', () => {
    expect(focusTargets('table', { technology: 'nope', indicator: 'nope' }, dataset)).toEqual({ technology: 'ai', indicator: null });
    expect(focusTargets('table', { technology: 'ai', indicator: null }, null)).toEqual({ technology: null, indicator: null });
  });
});

describe('slideSources', () => {
  const dataset = sampleDataset();
  test('sources of the technology shown, by first appearance', () => {
    const ids = slideSources(dataset, { technology: 'quantum', indicator: null });
    expect(ids.more).toBe(0);
    expect(ids.names).toHaveLength(2);
  });
  test('a whole-dataset view lists every source, cut to the limit', () => {
    const all = slideSources(dataset, { technology: null, indicator: null }, 2);
    expect(all.names).toHaveLength(2);
    expect(all.more).toBe(2);
  });
  test('an indicator narrows further', () => {
    expect(slideSources(dataset, { technology: 'ai', indicator: 'citations' }).names).toHaveLength(1);
  });
});
