import { describe, expect, test } from 'vitest';
import { numberFromString, numberScan, parseConfidence, parseNumber, parseYear } from '../../../src/ingest/numbers';

/** Parse a whole cell the way readers do (trimmed first). */
function num(text: string): number | undefined {
  return numberFromString(text);
}

describe('parseNumber: what counts as a number (DATA-FORMAT "Numbers")', () => {
  test.each([
    ['0', 0],
    ['42', 42],
    ['-42', -42],
    ['3.25', 3.25],
    ['-0.5', -0.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['-1,234', -1234],
    ['１２３', 123],
    ['－１２', -12],
    ['１．５', 1.5],
    ['１，２３４', 1234],
    ['−7', -7], // U+2212 MINUS SIGN
    ['  12  ', 12],
    ['\u300012\u3000', 12], // ideographic spaces around
    ['0.1', 0.1],
    ['123456789012345', 123456789012345],
    ['12345678901234567890', 1.2345678901234567e19],
    ['0.30000000000000004', 0.30000000000000004],
    ['007', 7],
  ])('%j → %d', (text, expected) => {
    expect(num(text)).toBe(expected);
  });

  test.each(['abc', '1e5', '+5', '1,5', '12,34', '1234,567', ',123', '1.2.3', '5%', '$5', '--5', '-', '.', '1 234', '1,234,56', '0x10', 'NaN', 'Infinity', '1,,234', '▲5'])(
    '%j is not a number',
    (text) => {
      expect(num(text)).toBeNaN();
    },
  );

  test('blank is missing, not an error', () => {
    expect(num('')).toBeUndefined();
    expect(num('   ')).toBeUndefined();
  });

  test('the result equals Number() of the ASCII text for plain decimals', () => {
    for (const text of ['0.1', '0.7', '1.005', '123.456', '99999.99', '0.000001', '0.0000001', '4503599627370.5']) {
      expect(num(text)).toBe(Number(text));
    }
  });
});

describe('numberScan.fixed: when toFixed(k) gives the text back', () => {
  test.each([
    ['42', 0],
    ['-42', 0],
    ['3.25', 2],
    ['3.50', 2],
    ['1200.0', 1],
    ['0.0000001', 7],
    ['0', 0],
  ])('%j → toFixed(%d)', (text, k) => {
    const value = parseNumber(text, 0, text.length);
    expect(numberScan.fixed).toBe(k);
    expect(value.toFixed(k)).toBe(text);
  });

  test.each(['1,234', '１２', '007', '-0', '5.', '.5', '12345678901234567'])('%j keeps its text', (text) => {
    parseNumber(text, 0, text.length);
    expect(numberScan.fixed).toBe(-1);
  });
});

describe('parseYear', () => {
  test.each([
    ['2024', 2024],
    ['２０２４', 2024],
    ['2024年', 2024],
    ['1000', 1000],
    ['9999', 9999],
  ])('%j → %d', (text, year) => expect(parseYear(text, 0, text.length)).toBe(year));

  test.each(['2024.0', '2024.5', '-2024', '999', '10000', 'FY2024', '2,024', '24', 'year', '年'])('%j is invalid', (text) => {
    expect(parseYear(text, 0, text.length)).toBeNaN();
  });
});

describe('parseConfidence', () => {
  test.each([
    ['A', 0],
    ['B', 1],
    ['C', 2],
    ['a', 0],
    ['Ｃ', 2],
    ['', 1],
    ['D', -1],
    ['AA', -1],
    ['high', -1],
  ])('%j → %d', (text, code) => expect(parseConfidence(text, 0, text.length)).toBe(code));
});
