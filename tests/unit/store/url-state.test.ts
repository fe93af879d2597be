import { describe, expect, test } from 'vitest';
import { defaultParameters } from '../../../src/model/parameters';
import { formatUrlHash, parseUrlState, type UrlSource } from '../../../src/store/url-state';

function source(overrides: Partial<UrlSource> = {}): UrlSource {
  return {
    view: 'ranking',
    datasetId: 'default',
    locale: 'ja',
    technology: null,
    indicator: null,
    focusRival: null,
    partners: [],
    parameters: defaultParameters(),
    ...overrides,
  };
}

describe('formatUrlHash', () => {
  test('writes only what differs from the defaults', () => {
    expect(formatUrlHash(source())).toBe('#/ranking?ds=default&lang=ja&side=JPN,USA');
  });

  test('writes every changed parameter with its short name', () => {
    const parameters = { ...defaultParameters(), rivals: ['CHN', 'RUS+PRK'], year: 2021, saturation: 4, horizon: 15, parityBand: 0.1, weights: { b: 2, a: 0.5 } };
    const hash = formatUrlHash(source({ parameters, technology: 'ai', locale: 'en' }));
    expect(hash).toBe('#/ranking?ds=default&lang=en&side=JPN,USA&rivals=CHN,RUS%2BPRK&year=2021&tech=ai&K=4&H=15&eps=0.1&w=a:0.5,b:2');
  });
});

describe('parseUrlState', () => {
  test('round-trips a formatted hash', () => {
    const parameters = {
      ...defaultParameters(),
      side: ['JPN', 'USA', 'AUS'],
      rivals: ['CHN+RUS'],
      year: 2020,
      trendWindow: 7,
      maxYears: 40,
      staleness: 2,
      weights: { gov_budget: 2 },
      pillarWeights: { talent: 0.5 },
      relevance: { ai: 3 },
      monteCarlo: { draws: 500, seed: 42 },
    };
    const hash = formatUrlHash(source({ parameters, technology: 'quantum', indicator: 'citations', focusRival: 'CHN', partners: ['KOR'] }));
    const parsed = parseUrlState('', hash);
    expect(parsed.view).toBe('ranking');
    expect(parsed.technology).toBe('quantum');
    expect(parsed.indicator).toBe('citations');
    expect(parsed.focusRival).toBe('CHN');
    expect(parsed.partners).toEqual(['KOR']);
    expect({ ...defaultParameters(), ...parsed.parameters }).toEqual(parameters);
  });

  test('?lang=en in the query string forces English; the hash wins when both give a value', () => {
    expect(parseUrlState('?lang=en', '').locale).toBe('en');
    expect(parseUrlState('?lang=en', '#/overview?lang=ja').locale).toBe('ja');
  });

  test('ignores malformed values instead of trusting them', () => {
    const parsed = parseUrlState('', '#/nowhere?K=abc&year=20x1&w=a:,:3,b:x,c:1&lang=fr');
    expect(parsed.view).toBeUndefined();
    expect(parsed.locale).toBeUndefined();
    expect(parsed.parameters).toEqual({ weights: { c: 1 } });
  });

  test('year=latest means the latest year with data', () => {
    expect(parseUrlState('', '#/overview?year=latest').parameters?.year).toBeNull();
  });
});
