import { describe, expect, test } from 'vitest';
import { analyse, InvalidParametersError, parameterIssues, tryAnalyse, validateParameters } from '../../../src/engine';
import { defaultParameters, type Parameters } from '../../../src/model/parameters';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';
import { workedExample } from '../../fixtures/engine/worked-example';

const ds = workedExample;

describe('validateParameters', () => {
  test('defaults are valid (full and partial objects)', () => {
    expect(validateParameters(defaultParameters(), ds)).toEqual([]);
    expect(validateParameters({}, ds)).toEqual([]);
  });

  test.each<[Partial<Parameters>, string]>([
    [{ horizon: -1 }, 'invalid horizon: -1 (expected a number ≥ 0)'],
    [{ saturation: 0 }, 'invalid saturation: 0 (expected a number > 0)'],
    [{ saturation: -2 }, 'invalid saturation: -2 (expected a number > 0)'],
    [{ parityBand: -0.01 }, 'invalid parityBand: -0.01 (expected a number ≥ 0)'],
    [{ maxYears: 0 }, 'invalid maxYears: 0 (expected an integer from 1 to 1000)'],
    [{ maxYears: 2.5 }, 'invalid maxYears: 2.5 (expected an integer from 1 to 1000)'],
    [{ trendWindow: 1 }, 'invalid trendWindow: 1 (expected an integer ≥ 2)'],
    [{ staleness: -1 }, 'invalid staleness: -1 (expected an integer ≥ 0)'],
    [{ horizon: NaN }, 'invalid horizon: NaN (expected a number ≥ 0)'],
    [{ year: 2024.5 }, 'invalid year: 2024.5 (expected an integer year, or null for the latest year with data)'],
    [{ side: [] }, 'invalid side: (empty) (expected one or more country codes)'],
    [{ side: ['JPN', 'XXX'] }, 'invalid side: XXX (expected a country of the dataset)'],
    [{ side: ['JPN', 'jpn'] }, 'invalid side: JPN+JPN (expected each country once)'],
    [{ rivals: ['CHN+'] }, 'invalid rivals: CHN+ (expected country codes joined by +)'],
    [{ rivals: ['CHN+CHN'] }, 'invalid rivals: CHN+CHN (expected each country once per coalition)'],
    [{ weights: { gov_budget: -1 } }, 'invalid weights.gov_budget: -1 (expected a number ≥ 0)'],
    [{ pillarWeights: { investment: Infinity } }, 'invalid pillarWeights.investment: Infinity (expected a number ≥ 0)'],
    [{ relevance: { ai: -0.5 } }, 'invalid relevance.ai: -0.5 (expected a number ≥ 0)'],
    [{ monteCarlo: { draws: 0, seed: 1 } }, 'invalid monteCarlo.draws: 0 (expected an integer from 1 to 1000000)'],
    [{ monteCarlo: { draws: 10, seed: -1 } }, 'invalid monteCarlo.seed: -1 (expected an integer from 0 to 4294967295)'],
  ])('%j → %s', (params, message) => expect(validateParameters(params, ds)).toEqual([message]));

  test('strings where numbers belong are refused (URL state, hand-written JSON)', () => {
    expect(validateParameters({ horizon: '10' as unknown as number }, ds)).toEqual(['invalid horizon: 10 (expected a number ≥ 0)']);
  });
  test('several problems are all listed', () => {
    expect(validateParameters({ horizon: -1, saturation: 0, maxYears: 0 }, ds)).toHaveLength(3);
  });
  test('unknown ids in weights/relevance are ignored (they may come from another dataset)', () => {
    expect(validateParameters({ weights: { not_here: 2 }, relevance: { nope: 1 } }, ds)).toEqual([]);
  });
  test('structured issues carry parameter, value and expectation', () => {
    expect(parameterIssues({ horizon: -1 }, ds)).toEqual([{ parameter: 'horizon', value: '-1', expected: 'a number ≥ 0', message: 'invalid horizon: -1 (expected a number ≥ 0)' }]);
  });
  test('no data for the selection and no year → invalid year', () => {
    const empty = buildDataset({ rows: [] , countries: [{ code: 'JPN' }, { code: 'USA' }] });
    expect(validateParameters({}, empty)).toEqual(['invalid year: null (expected a year: the dataset has no values for the side and rivals)']);
    expect(validateParameters({ year: 2024 }, empty)).toEqual([]);
  });
});

describe('analyse refuses invalid parameters', () => {
  test('throws InvalidParametersError with the issues', () => {
    let caught: unknown;
    try {
      analyse(ds, { horizon: -1 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidParametersError);
    expect((caught as InvalidParametersError).issues.map((i) => i.parameter)).toEqual(['horizon']);
    expect((caught as Error).message).toBe('invalid horizon: -1 (expected a number ≥ 0)');
  });
  test('tryAnalyse returns a tagged result', () => {
    const bad = tryAnalyse(ds, { maxYears: 0 });
    expect(bad.ok).toBe(false);
    const good = tryAnalyse(ds, {});
    expect(good.ok && good.value.year).toBe(2024);
  });
  test('a dataset with an unknown combine rule is refused loudly', () => {
    const odd = buildDataset({ indicators: [{ id: 'b', combine: 'median' as 'sum' }], rows: [row('JPN', 'ai', 'b', 2024, 1)] });
    expect(() => analyse(odd)).toThrow('invalid combine: median');
  });
});

describe('resolved parameters in the result', () => {
  test('defaults filled, codes upper-cased, rivals resolved; year kept as given (null = per technology)', () => {
    const result = analyse(ds, { side: [' jpn', 'usa'] });
    expect(result.parameters.side).toEqual(['JPN', 'USA']);
    expect(result.parameters.rivals).toEqual(['CHN']);
    expect(result.parameters.year).toBeNull();
    expect(result.year).toBe(2024);
    expect(result.rivals[0].technologies[0].year).toBe(2024);
    expect(result.parameters.saturation).toBe(3);
    expect(result.side).toEqual({ label: 'JPN+USA', members: ['JPN', 'USA'] });
  });
});
