/**
 * Bytes → records: encodings, dialects, row numbering, and the two tokenizers (fast path and
 * papaparse) giving identical records whatever the chunking.
 */
import { describe, expect, test } from 'vitest';
import { sniffBytes } from '../../../src/ingest/decode';
import { detectDialect } from '../../../src/ingest/dialect';
import type { FieldBounds, RecordSink } from '../../../src/ingest/record-sink';
import { type ReadOptions, readRecords } from '../../../src/ingest/records';
import { utf16 } from './support';

interface Collected {
  records: { row: number; cells: string[] }[];
  badQuotes: { row: number; found: string }[];
  status: string;
  delimiter?: string;
  newline?: string;
}

/** Read `text` (or bytes) and collect every record. */
function collect(input: string | Uint8Array, options: ReadOptions = {}, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' = 'utf-8'): Collected {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const out: Collected = { records: [], badQuotes: [], status: '' };
  const sink: RecordSink = {
    record: (text: string, fields: FieldBounds, row: number) => out.records.push({ row, cells: fields.strings(text) }),
    badQuotes: (row: number, found: string) => out.badQuotes.push({ row, found }),
  };
  const outcome = readRecords(bytes, encoding, sink, options);
  out.status = outcome.status;
  if (outcome.status === 'ok') {
    out.delimiter = outcome.dialect.delimiter;
    out.newline = outcome.dialect.newline;
  }
  return out;
}

describe('encoding detection (sniffBytes)', () => {
  test.each([
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, 0x61], ['utf-8']],
    ['UTF-16 LE BOM', [0xff, 0xfe, 0x61, 0x00], ['utf-16le']],
    ['UTF-16 BE BOM', [0xfe, 0xff, 0x00, 0x61], ['utf-16be']],
    ['plain ASCII', [0x61, 0x2c, 0x62], ['utf-8', 'shift_jis']],
    ['Shift_JIS bytes', [0x93, 0xfa, 0x96, 0x7b], ['utf-8', 'shift_jis']],
  ])('%s', (_name, bytes, candidates) => {
    expect(sniffBytes(Uint8Array.from(bytes))).toEqual({ kind: 'text', candidates });
  });

  test('UTF-16 without a BOM is recognised by its zero bytes', () => {
    expect(sniffBytes(utf16('a,b\n1,2\n', 'le', false))).toEqual({ kind: 'text', candidates: ['utf-16le'] });
    expect(sniffBytes(utf16('a,b\n1,2\n', 'be', false))).toEqual({ kind: 'text', candidates: ['utf-16be'] });
  });

  test.each([
    ['xlsx (zip)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ['NUL bytes', [0x61, 0x00, 0x00, 0x00, 0x62, 0x00, 0x01]],
  ])('binary: %s', (_name, bytes) => {
    expect(sniffBytes(Uint8Array.from(bytes))).toEqual({ kind: 'binary' });
  });

  test('empty', () => expect(sniffBytes(new Uint8Array(0))).toEqual({ kind: 'empty' }));

  test('a strict UTF-8 decoder rejects Shift_JIS so the next candidate is tried', () => {
    expect(collect(Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]), {}, 'utf-8').status).toBe('decode_error');
    expect(collect(Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]), {}, 'shift_jis').records).toEqual([{ row: 1, cells: ['日本'] }]);
  });

  test('UTF-16 LE/BE and a UTF-8 BOM decode to the same records (BOM dropped)', () => {
    const text = 'country,value\nJPN,１\n';
    const expected = collect(text).records;
    expect(collect(utf16(text, 'le'), {}, 'utf-16le').records).toEqual(expected);
    expect(collect(utf16(text, 'be'), {}, 'utf-16be').records).toEqual(expected);
    expect(collect(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).records).toEqual(expected);
  });
});

describe('dialect detection', () => {
  test.each([
    ['a,b,c\n1,2,3', ',', '\n'],
    ['a\tb\tc\r\n1\t2\t3', '\t', '\r\n'],
    ['a;b;c\r1;2;3', ';', '\r'],
    ['"x,y";b;c\n1;2;3', ';', '\n'], // quoted commas do not vote
    ['\n\na,b\n', ',', '\n'], // blank lines before the header are skipped
    ['single', ',', '\n'],
    ['a;b,c;d\n', ';', '\n'],
    ['a,b;c,d\n', ',', '\n'],
    ['a\tb,c\n', ',', '\n'], // tie → comma
  ])('%j → %j %j', (text, delimiter, newline) => {
    expect(detectDialect(text)).toEqual({ delimiter, newline });
  });

  test('an incomplete header asks for more text', () => {
    expect(detectDialect('a,b', false)).toBeUndefined();
    expect(detectDialect('a,b\r', false)).toBeUndefined();
    expect(detectDialect('a,b\r\n', false)).toEqual({ delimiter: ',', newline: '\r\n' });
  });
});

describe('row numbers count records, not lines', () => {
  test('quoted newlines stay in one record; blank lines keep their row', () => {
    const out = collect('a,b\n1,"x\ny"\n\n2,z\n');
    expect(out.records).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', 'x\ny'] },
      { row: 4, cells: ['2', 'z'] },
    ]);
  });

  test('rows of empty cells (Excel padding) are skipped like blank lines', () => {
    expect(collect('a,b\n,\n1,2\n').records.map((r) => r.row)).toEqual([1, 3]);
  });

  test('unclosed quote is reported at the record where it starts', () => {
    const out = collect('a,b\n1,2\n3,"open\n4,5\n');
    expect(out.badQuotes).toEqual([{ row: 3, found: '3,open\n4,5\n' }]);
  });
});

/** Inputs for the two tokenizers: quote-free (fast path possible) and quoted. */
const QUOTE_FREE = [
  'a,b,c\n1,2,3\n4,5,6\n',
  'a,b,c\r\n1,2,3\r\n4,5,6',
  'a;b\r1;2\r3;4\r',
  'a\tb\n1\t\n\t2\n\n\n',
  'x\n1\n2\n3',
  'a,b\r\n1,2\n3,4\r\n', // a bare LF inside a CRLF file is data, in both paths
  'a,b\n1,2\r\n3,4\n', // a CR before LF in an LF file stays in the cell, in both paths
  'a,b,c\n1,2\n1,2,3,4\n',
  '日本,米国\n１,２\n',
  '',
  '\n\n',
];
const QUOTED = ['a,b\n"1,5",2\n"x ""y"" z",3\n', 'a,b\r\n"multi\r\nline",2\r\n3,4\r\n', 'a;b\n"q;q";"r\nr"\n', 'a,b\n1,"unterminated\n2,3\n'];

describe('fast path and papaparse give identical records', () => {
  const chunkSizes = [1, 2, 3, 5, 8, 13, undefined];
  test.each(QUOTE_FREE)('quote-free %j', (text) => {
    const reference = collect(text, { tokenizer: 'papaparse' });
    for (const chunkBytes of chunkSizes) {
      expect(collect(text, { tokenizer: 'auto', chunkBytes }), `chunk ${chunkBytes}`).toEqual(reference);
      expect(collect(text, { tokenizer: 'papaparse', chunkBytes }), `papa chunk ${chunkBytes}`).toEqual(reference);
    }
  });

  test.each(QUOTED)('quoted %j, cut into chunks anywhere', (text) => {
    const reference = collect(text, { tokenizer: 'papaparse' });
    for (const chunkBytes of chunkSizes) {
      expect(collect(text, { tokenizer: 'auto', chunkBytes }), `chunk ${chunkBytes}`).toEqual(reference);
    }
  });

  test('multi-byte characters cut by chunk boundaries decode whole', () => {
    const text = '国,値\n日本,１２３\n米国,４５６\n';
    for (const chunkBytes of [1, 2, 4, 7]) expect(collect(text, { chunkBytes }).records).toEqual(collect(text).records);
  });

  test('the fast path handles a generated file like papaparse', () => {
    const lines = ['country,technology,indicator,year,value,note'];
    for (let i = 0; i < 2000; i++) lines.push(`C${i % 7},t${i % 5},ind${i % 3},${2000 + (i % 20)},${i * 1.5},${i % 11 ? '' : 'n'}`);
    const text = lines.join('\r\n');
    expect(collect(text, { chunkBytes: 4096 })).toEqual(collect(text, { tokenizer: 'papaparse', chunkBytes: 4096 }));
  });
});
