import { describe, expect, test } from 'vitest';
import { CsvError, formatCsv, formatField, parseCsv, parseCsvTable } from '../../../scripts/dataset/csv';

describe('parseCsv', () => {
  test.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['\uFEFFa,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\n"x, y","say ""hi"""\n', [['a', 'b'], ['x, y', 'say "hi"']]],
    ['a\n"line1\nline2"\n', [['a'], ['line1\nline2']]],
    ['a,b\n,\n', [['a', 'b'], ['', '']]],
    ['a,b\n\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\n"",x\n', [['a', 'b'], ['', 'x']]],
    ['日本,米国\n１２３,"1,234"\n', [['日本', '米国'], ['１２３', '1,234']]],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  test.each([
    ['a\n"open\n', /unterminated/],
    ['a\n"x"y\n', /after closing quote/],
    ['a\nx"y"\n', /quote inside an unquoted field/],
  ])('rejects %j', (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvError);
    expect(() => parseCsv(text)).toThrow(message);
  });
});

describe('parseCsvTable', () => {
  test('keys records by header', () => {
    expect(parseCsvTable('id,name\n1,x\n').records).toEqual([{ id: '1', name: 'x' }]);
  });
  test('rejects ragged rows and duplicate columns', () => {
    expect(() => parseCsvTable('a,b\n1\n', 'f.csv')).toThrow(/f.csv: data row 2 has 1 fields/);
    expect(() => parseCsvTable('a,a\n1,2\n', 'f.csv')).toThrow(/duplicate column/);
  });
});

describe('formatCsv', () => {
  test('quotes only what needs it', () => {
    expect(formatField('plain')).toBe('plain');
    expect(formatField('a,b')).toBe('"a,b"');
    expect(formatField('say "hi"')).toBe('"say ""hi"""');
    expect(formatField('two\nlines')).toBe('"two\nlines"');
    expect(formatField(' padded')).toBe('" padded"');
    expect(formatField('')).toBe('');
  });
  test('LF endings, final newline, no BOM', () => {
    const text = formatCsv([['a', 'b'], ['1', '2']]);
    expect(text).toBe('a,b\n1,2\n');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });
  test('round-trips awkward fields', () => {
    const rows = [['id', 'text'], ['1', 'comma, "quote"\nnewline ; semicolon 日本語'], ['2', '']];
    expect(parseCsv(formatCsv(rows))).toEqual(rows);
  });
});
