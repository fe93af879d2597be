import { describe, expect, test } from 'vitest';
import { DEFAULT_PARAMETERS, defaultParameters } from '../../src/model/parameters';

describe('default parameters', () => {
  test('match METHODOLOGY.md', () => {
    expect(DEFAULT_PARAMETERS).toMatchObject({ side: ['JPN', 'USA'], saturation: 3, trendWindow: 5, horizon: 10, maxYears: 30, parityBand: 0.05, staleness: 3 });
    expect(DEFAULT_PARAMETERS.monteCarlo).toEqual({ draws: 1000, seed: 1 });
  });
  test('defaultParameters returns an independent copy', () => {
    const p = defaultParameters();
    p.side.push('AUS');
    expect(DEFAULT_PARAMETERS.side).toEqual(['JPN', 'USA']);
  });
});
