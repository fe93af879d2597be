import { describe, expect, test } from 'vitest';
import { analyse, runSensitivity } from '../../../src/engine';
import { csvCell, csvLine, neutraliseFormula } from '../../../src/export/csv-cell';
import { fixed6, rankingsCsv } from '../../../src/export/rankings-csv';
import { buildDataset, growthTo, row, series } from '../../fixtures/engine/build-dataset';
import { workedExample } from '../../fixtures/engine/worked-example';

const HEADER = 'technology,side,rival,year,asymmetry,coverage,years_to_parity,class,score,rank';
const MC_HEADER = `${HEADER},rank_p05,rank_median,rank_p95,p_durable,p_eroding,p_contested,p_recoverable,p_structural`;

describe('csvCell: formula neutralisation and quoting', () => {
  test.each([
    ['ai', 'ai'],
    ['', ''],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['+CHN', "'+CHN"],
    ['-x', "'-x"],
    ['-', "'-"],
    ['--1', "'--1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['＝1+1', "'＝1+1"],
    ['-0.123456', '-0.123456'], // a negative number is data
    ['-12', '-12'],
    ['-1.5e-7', '-1.5e-7'],
    ['-.5', '-.5'],
    ['-1,5', '"\'-1,5"'], // not a plain number: neutralised, then quoted
    ['JPN+USA', 'JPN+USA'], // + inside is harmless
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
  ])('%j → %j', (input, output) => expect(csvCell(input)).toBe(output));
  test('numbers and empties', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(neutraliseFormula('-0.000001')).toBe('-0.000001');
  });
  test('csvLine ends with \\n', () => expect(csvLine(['a', '=b', null])).toBe("a,'=b,\n"));
});

describe('fixed6', () => {
  test.each([
    [1 / 3, '0.333333'],
    [-1 / 3, '-0.333333'],
    [2, '2.000000'],
    [-0, '0.000000'],
    [-1e-9, '0.000000'],
    [null, ''],
    [NaN, ''],
  ])('%d → %s', (value, text) => expect(fixed6(value)).toBe(text));
});

describe('rankingsCsv', () => {
  test('worked example: header and row', () => {
    expect(rankingsCsv(analyse(workedExample))).toBe(`${HEADER}\nai,JPN+USA,CHN,2024,0.333333,1.000000,9.179839,eroding,0.101998,1\n`);
  });

  const ds = buildDataset({
    countries: [{ code: 'USA' }],
    technologies: [{ id: 'nodata' }, { id: 'lag' }, { id: 'lead' }, { id: '=evil' }],
    rows: [
      ...series('JPN', 'lead', 'b', 2020, growthTo(4, 1.05, 5)),
      ...series('CHN', 'lead', 'b', 2020, growthTo(1, 1.05, 5)),
      row('RUS', 'lead', 'b', 2024, 8),
      row('JPN', 'lag', 'b', 2024, 1),
      row('CHN', 'lag', 'b', 2024, 2),
      row('RUS', 'lag', 'b', 2024, 1),
      row('JPN', 'nodata', 'b', 2024, 1),
      row('JPN', '=evil', 'b', 2024, 1),
      row('CHN', '=evil', 'b', 2024, 1),
    ],
  });
  const result = analyse(ds, { side: ['JPN', 'USA'], rivals: ['RUS', 'CHN'] });
  const csv = rankingsCsv(result);
  const lines = csv.split('\n');

  test('one block per rival by label, then rank; undefined A last with empty fields; T = ∞ empty', () => {
    expect(lines).toEqual([
      HEADER,
      'lead,JPN+USA,CHN,2024,0.666667,1.000000,,durable,0.666667,1',
      "'=evil,JPN+USA,CHN,2024,0.000000,1.000000,0.000000,contested,0.000000,2",
      'lag,JPN+USA,CHN,2024,-0.333333,1.000000,,structural,-0.333333,3',
      'nodata,JPN+USA,CHN,2024,,0.000000,,,,',
      'lag,JPN+USA,RUS,2024,0.000000,1.000000,0.000000,contested,0.000000,1',
      'lead,JPN+USA,RUS,2024,-0.333333,1.000000,14.206699,structural,-0.157852,2', // ln 2 / ln 1.05 years
      "'=evil,JPN+USA,RUS,2024,,0.000000,,,,",
      'nodata,JPN+USA,RUS,2024,,0.000000,,,,',
      '',
    ]);
  });
  test('only \\n line endings', () => {
    expect(csv.includes('\r')).toBe(false);
    expect(csv.endsWith('\n')).toBe(true);
  });
  test('with sensitivity: extra columns, empty for undefined A', () => {
    const params = { side: ['JPN', 'USA'], rivals: ['RUS', 'CHN'], monteCarlo: { draws: 40, seed: 2 } };
    const withMc = rankingsCsv(analyse(ds, params), runSensitivity(ds, params)).split('\n');
    expect(withMc[0]).toBe(MC_HEADER);
    expect(withMc[1]).toMatch(/^lead,JPN\+USA,CHN,2024,0\.666667,1\.000000,,durable,0\.666667,1,1\.000000,1\.000000,1\.000000,(0|1)\.\d{6},(0|1)\.\d{6},/);
    expect(withMc[4]).toBe('nodata,JPN+USA,CHN,2024,,0.000000,,,,,,,,,,,,');
    expect(withMc.every((line) => line === '' || line.split(',').length === 18)).toBe(true);
  });
  test('year is each technology’s own y0', () => {
    const mixed = buildDataset({
      rows: [row('JPN', 'old', 'b', 2018, 8), row('CHN', 'old', 'b', 2018, 1), row('JPN', 'new', 'b', 2024, 1), row('CHN', 'new', 'b', 2024, 2)],
    });
    const mixedResult = analyse(mixed, { side: ['JPN'] });
    expect(mixedResult.year).toBe(2024);
    expect(rankingsCsv(mixedResult).split('\n')).toEqual([
      HEADER,
      'old,JPN,CHN,2018,1.000000,1.000000,,durable,1.000000,1',
      'new,JPN,CHN,2024,-0.333333,1.000000,,structural,-0.333333,2',
      '',
    ]);
    expect(rankingsCsv(analyse(mixed, { side: ['JPN'], year: 2020 })).split('\n').slice(1, 3)).toEqual([
      'old,JPN,CHN,2020,1.000000,1.000000,,durable,1.000000,1',
      'new,JPN,CHN,2020,,0.000000,,,,',
    ]);
  });
  test('a sensitivity result of other parameters is refused', () => {
    const mc = runSensitivity(ds, { side: ['JPN'], rivals: ['CHN'], monteCarlo: { draws: 5, seed: 1 } });
    expect(() => rankingsCsv(result, mc)).toThrow('other parameters');
  });
});
