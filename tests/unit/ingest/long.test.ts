/** Long (tidy) values files: the reading rules, one tiny input each, answers by hand. */
import { describe, expect, test } from 'vitest';
import { ingestFiles } from '../../../src/ingest';
import { CONFIDENCE_GRADES } from '../../../src/model/dataset';
import { IDENTITY, bytesFile, file, load, rows, utf16 } from './support';

const HEADER = 'country,technology,indicator,year,value';

describe('long values', () => {
  test('a minimal file', () => {
    const d = load(file('values.csv', `${HEADER}\nJPN,ai,gov_budget,2023,12.5\nUSA,ai,gov_budget,2023,40\n`));
    expect(rows(d)).toEqual([
      { country: 'JPN', technology: 'ai', indicator: 'gov_budget', year: 2023, value: 12.5, text: null },
      { country: 'USA', technology: 'ai', indicator: 'gov_budget', year: 2023, value: 40, text: null },
    ]);
    expect(Array.from(d.values.row)).toEqual([2, 3]);
    expect(d.files).toEqual([{ name: 'values.csv', role: 'values-long', encoding: 'utf-8', delimiter: ',', records: 2, bytes: d.files[0].bytes }]);
  });

  test.each([
    ['"1,234"', 1234],
    ['１２３', 123],
    ['５．５', 5.5],
    ['  8  ', 8],
  ])('number %s → %d', (cell, value) => {
    const d = load(file('v.csv', `${HEADER}\nJPN,ai,x,2023,${cell}\n`));
    expect(d.values.value[0]).toBe(value);
    expect(d.indicators[0].kind).toBe('quantity');
  });

  test('negative numbers read as numbers (and are refused for quantities: METHODOLOGY §2)', () => {
    const d = load(
      file('indicators.csv', 'id,kind,levels\nx,ordinal,-2=bad;0=none;2=good\n'),
      file('v.csv', `${HEADER}\nJPN,ai,x,2023,－２\nUSA,ai,x,2023,-0.5\n`),
    );
    expect(Array.from(d.values.value)).toEqual([-2, -0.5]);
  });

  test('blank value = missing: NaN, no text, still a row', () => {
    const d = load(file('v.csv', `${HEADER}\nJPN,ai,x,2023,\nUSA,ai,x,2023,5\n`));
    expect(rows(d)[0]).toMatchObject({ value: null, text: null });
    expect(d.indicators[0].kind).toBe('quantity');
  });

  test('delimiters tab and semicolon, CRLF, UTF-8 BOM, UTF-16 LE and BE all read the same', () => {
    const reference = rows(load(file('v.csv', `${HEADER}\nJPN,ai,x,2023,1.5\nCHN,ai,x,2023,"1,234"\n`)));
    const variants = [
      file('v.csv', `${HEADER.replace(/,/g, '\t')}\nJPN\tai\tx\t2023\t1.5\nCHN\tai\tx\t2023\t1,234\n`),
      file('v.csv', `${HEADER.replace(/,/g, ';')}\r\nJPN;ai;x;2023;1.5\r\nCHN;ai;x;2023;"1,234"\r\n`),
      bytesFile('v.csv', [0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${HEADER}\r\nJPN,ai,x,2023,1.5\r\nCHN,ai,x,2023,"1,234"`)]),
      bytesFile('v.csv', utf16(`${HEADER}\r\nJPN,ai,x,2023,1.5\r\nCHN,ai,x,2023,"1,234"\r\n`, 'le')),
      bytesFile('v.csv', utf16(`${HEADER}\nJPN,ai,x,2023,1.5\nCHN,ai,x,2023,"1,234"\n`, 'be')),
    ];
    for (const variant of variants) expect(rows(load(variant))).toEqual(reference);
  });

  test('encodings and delimiters are recorded per file', () => {
    const d = load(
      bytesFile('a.csv', utf16(`${HEADER}\nJPN,ai,x,2023,1\n`, 'le')),
      file('b.csv', `${HEADER.replace(/,/g, '\t')}\nUSA\tai\tx\t2023\t2\n`),
    );
    expect(d.files.map((f) => [f.encoding, f.delimiter])).toEqual([
      ['utf-16le', ','],
      ['utf-8', '\t'],
    ]);
    expect(Array.from(d.values.file)).toEqual([0, 1]);
  });

  test('column order is free; header names are case- and width-insensitive', () => {
    const d = load(file('v.csv', 'Value,YEAR,Ｉｎｄｉｃａｔｏｒ,Country\n3,2020,x,jpn\n'));
    expect(rows(d)).toEqual([{ country: 'JPN', technology: null, indicator: 'x', year: 2020, value: 3, text: null }]);
  });

  test('optional columns: unit, source, confidence, note', () => {
    const d = load(file('v.csv', `${HEADER},unit,source,confidence,note\nJPN,ai,x,2023,1,億円,MEXT,A,"first, checked"\nUSA,ai,x,2023,2,,,,\n`));
    const t = d.values;
    expect([t.strings[t.unit[0]], t.strings[t.source[0]], CONFIDENCE_GRADES[t.confidence[0]], t.strings[t.note[0]]]).toEqual(['億円', 'MEXT', 'A', 'first, checked']);
    expect([t.unit[1], t.source[1], CONFIDENCE_GRADES[t.confidence[1]], t.note[1]]).toEqual([-1, -1, 'B', -1]);
  });

  test('countries by code, English or Japanese name (built-in names without countries.csv)', () => {
    const d = load(file('v.csv', `${HEADER}\n日本,ai,x,2023,1\nUnited States,ai,x,2023,2\nアメリカ,ai,x,2022,3\n中国,ai,x,2023,4\nkor,ai,x,2023,5\nXYZ,ai,x,2023,6\n`));
    expect(rows(d).map((r) => r.country)).toEqual(['JPN', 'USA', 'USA', 'CHN', 'KOR', 'XYZ']);
    expect(d.countries.map((c) => [c.code, c.nameEn, c.nameJa, c.role])).toEqual([
      ['CHN', 'China', '中国', 'rival'],
      ['JPN', 'Japan', '日本', 'ally'],
      ['KOR', 'South Korea', '韓国', 'rival'],
      ['USA', 'United States', '米国', 'ally'],
      ['XYZ', 'XYZ', 'XYZ', 'rival'],
    ]);
  });

  test('inference: numbers → quantity, anything else → text; scope from the technology column', () => {
    const d = load(
      file('v.csv', `${HEADER}\nJPN,ai,budget,2023,1\nJPN,ai,policy,2023,yes\nJPN,ai,policy,2022,2024\nJPN,,gdp,2023,5\n`),
    );
    expect(d.indicators.map((i) => [i.id, i.kind, i.direction, i.combine, i.weight, i.scope, i.inferred])).toEqual([
      ['budget', 'quantity', 'higher', 'sum', 1, 'technology', true],
      ['policy', 'text', 'higher', 'sum', 0, 'technology', true],
      ['gdp', 'quantity', 'higher', 'sum', 1, 'country', true],
    ]);
    // A text indicator keeps its cells verbatim, numeric-looking ones included.
    expect(rows(d).map((r) => r.text)).toEqual([null, 'yes', '2024', null]);
    expect(d.technologies).toEqual([{ id: 'ai', nameEn: 'ai', nameJa: 'ai', relevance: 1, inferred: true }]);
  });

  test('text cells keep what was written: "1,234", full-width, trailing zeros, HTML', () => {
    const d = load(file('v.csv', `${HEADER}\nJPN,ai,t,2023,"1,234"\nUSA,ai,t,2023,１２\nCHN,ai,t,2023,2.50\nRUS,ai,t,2023,<script>alert(1)</script>\nKOR,ai,t,2023,yes\nPRK,ai,t,2023,no\n`));
    expect(rows(d).map((r) => r.text)).toEqual(['1,234', '１２', '2.50', '<script>alert(1)</script>', 'yes', 'no']);
  });

  test('a mostly numeric column with a word is a quantity with a bad cell, not a text indicator', () => {
    const result = ingestFiles([file('v.csv', `${HEADER}\nJPN,ai,x,2023,1\nUSA,ai,x,2023,2\nCHN,ai,x,2023,abc\n`)], [], IDENTITY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ code: 'not_a_number', file: 'v.csv', row: 4, column: 'value', found: 'abc' })]);
  });

  test('a seed quantity axis (gov_budget) stays a quantity even when half its cells are words', () => {
    const result = ingestFiles([file('v.csv', `${HEADER}\nJPN,ai,gov_budget,2023,2.0\nCHN,ai,gov_budget,2023,abc\n`)], [], IDENTITY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => [e.code, e.row, e.found])).toEqual([['not_a_number', 3, 'abc']]);
  });

  test('year with 年 and full-width digits', () => {
    const d = load(file('v.csv', `${HEADER}\nJPN,ai,x,２０２３年,1\n`));
    expect(d.values.year[0]).toBe(2023);
  });

  test('row numbers count records: quoted newlines do not shift them', () => {
    const d = load(file('v.csv', `${HEADER},note\nJPN,ai,x,2023,1,"line 1\nline 2\nline 3"\nUSA,ai,x,2023,2,\n`));
    expect(Array.from(d.values.row)).toEqual([2, 3]);
  });

  test('blank lines and trailing empty rows are ignored', () => {
    const d = load(file('v.csv', `${HEADER}\n\nJPN,ai,x,2023,1\n,,,,\n\n`));
    expect(d.values.length).toBe(1);
    expect(d.values.row[0]).toBe(3);
  });

  test('countries are sorted by code; the table is compact', () => {
    const d = load(file('v.csv', `${HEADER}\nUSA,ai,x,2023,1\nCHN,ai,x,2023,2\nJPN,ai,x,2023,3\n`));
    expect(d.countries.map((c) => c.code)).toEqual(['CHN', 'JPN', 'USA']);
    expect(d.values.country.length).toBe(3);
    expect(d.values.country.buffer.byteLength).toBe(12);
  });
});
