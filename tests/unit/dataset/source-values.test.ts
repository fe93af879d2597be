/**
 * Sample values of the dataset checked against the source files in datasets/sources/ and against
 * figures published by the sources themselves.
 */
import { describe, expect, test } from 'vitest';
import { datasetRow, sourceValue } from './helpers';

describe('values copied verbatim from the source files', () => {
  test.each([
    // [source file, source indicator, country, year, dataset technology, dataset indicator, published figure]
    ['ncses_sei.csv', 'se_articles_fractional', 'CHN', 2022, '', 'se_articles', 898949.09],
    ['sipri_milex.csv', 'milex_constant_2023_usd', 'JPN', 2024, '', 'milex_constant_2023_usd', 58399.2796],
    ['sipri_milex.csv', 'milex_constant_2023_usd', 'USA', 2024, '', 'milex_constant_2023_usd', 968381.5949],
    ['sipri_milex.csv', 'milex_constant_2023_usd', 'CHN', 2024, '', 'milex_constant_2023_usd', 317561.0423],
    ['sipri_milex.csv', 'milex_constant_2023_usd', 'RUS', 2024, '', 'milex_constant_2023_usd', 150533.9968],
    ['sipri_milex.csv', 'milex_share_gdp', 'RUS', 2024, '', 'milex_share_gdp', 7.052339],
    ['ncses_sei.csv', 'ai_articles_whole_count', 'CHN', 2022, 'ai', 'ai_articles', 42524],
    ['ncses_sei.csv', 'ai_articles_whole_count', 'USA', 2022, 'ai', 'ai_articles', 12642],
    ['ncses_sei.csv', 'uspto_utility_patents_semiconductors', 'JPN', 2022, 'semiconductors', 'uspto_patents_granted', 3077],
    ['ncses_sei.csv', 'intl_patent_families_granted_semiconductors', 'CHN', 2020, 'semiconductors', 'patent_families_granted', 10462],
    ['ncses_sei.csv', 'us_intl_masters_students_se_fields', 'IND', 2022, '', 'us_masters_students_se', 113300],
    ['ncses_sei.csv', 'us_intl_doctoral_students_se_fields', 'CHN', 2022, '', 'us_doctoral_students_se', 36980],
    ['owid_wb_rd_share_gdp.csv', 'gerd_share_gdp', 'JPN', 2021, '', 'gerd_share_gdp_uis', undefined],
    ['ncses_sei.csv', 'gerd_share_gdp', 'TWN', 2021, '', 'gerd_share_gdp_msti', 3.77],
  ] as const)('%s %s %s %i', (file, sourceIndicator, country, year, technology, indicator, published) => {
    const fromSource = sourceValue(file, country, sourceIndicator, year);
    expect(fromSource).toBeDefined();
    const row = datasetRow(country, technology, indicator, year);
    expect(row?.value).toBe(fromSource);
    if (published !== undefined) expect(Number(row?.value)).toBe(published);
  });

  test('the two R&D-intensity series stay separate and are never merged', () => {
    const uis = datasetRow('JPN', '', 'gerd_share_gdp_uis', 2021);
    const msti = datasetRow('JPN', '', 'gerd_share_gdp_msti', 2021);
    expect(uis?.source).toBe('owid_wb_rd_share_gdp');
    expect(msti?.source).toBe('ncses_sei2024_srd1');
    expect(datasetRow('TWN', '', 'gerd_share_gdp_uis', 2021)).toBeUndefined();
  });
});

describe('confidence grades follow the sources', () => {
  test.each([
    ['CHN', 2024, 'B'],
    ['CHN', 2005, 'B'],
    ['RUS', 2010, 'B'],
    ['RUS', 2015, 'A'],
    ['RUS', 2023, 'B'],
    ['KOR', 2003, 'B'],
    ['KOR', 2010, 'A'],
    ['JPN', 2024, 'A'],
    ['USA', 2024, 'A'],
  ] as const)('SIPRI %s %i is %s (blue cells are SIPRI estimates)', (country, year, grade) => {
    expect(datasetRow(country, '', 'milex_constant_2023_usd', year)?.confidence).toBe(grade);
  });

  test('North Korea: only SIPRI current-USD estimates, 2015–2018, graded B; no placeholder zeros', () => {
    expect(datasetRow('PRK', '', 'milex_current_usd', 2015)?.confidence).toBe('B');
    expect(datasetRow('PRK', '', 'milex_current_usd', 2014)).toBeUndefined();
    expect(datasetRow('PRK', '', 'milex_constant_2023_usd', 2018)).toBeUndefined();
  });

  test('official statistics A, S&P Global-based estimates B, reconstructed-year series B with a note', () => {
    expect(datasetRow('JPN', '', 'gerd_share_gdp_msti', 2021)?.confidence).toBe('A');
    expect(datasetRow('JPN', 'aerospace', 'industry_value_added', 2019)?.confidence).toBe('B');
    const ai = datasetRow('JPN', 'ai', 'ai_articles', 2022);
    expect(ai?.confidence).toBe('B');
    expect(ai?.note).toMatch(/row order/);
  });

  test("Japan's 2014 definitional break in S&E degrees is flagged on the affected rows", () => {
    for (const year of [2013, 2014, 2018]) expect(datasetRow('JPN', '', 'se_first_degrees', year)?.note).toMatch(/break in 2014/);
    expect(datasetRow('KOR', '', 'se_first_degrees', 2014)?.note).toBe('');
  });
});
