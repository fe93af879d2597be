/**
 * Fuzzing the ingest (issue 9): random bytes, truncated and mutated valid files, random CSV
 * grids. Whatever comes in, ingestFiles returns a dataset or a list of errors — it never
 * throws — and every error names its file and renders as one bilingual line.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue, ingestFiles, type InputFile } from '../../src/ingest';

const IDENTITY = { id: 'fuzz', name: 'Fuzz', origin: 'user' as const };
const DEFAULT_DIR = resolve(import.meta.dirname, '../../datasets/default');

/** Small valid files of each kind to mutate (the default dataset's values file is cut short). */
const SEEDS: InputFile[] = readdirSync(DEFAULT_DIR)
  .filter((name) => name.endsWith('.csv'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(DEFAULT_DIR, name)).subarray(0, 6_000)) }))
  .concat([
    { name: 'wide.csv', bytes: new TextEncoder().encode('比較軸,年,日本,米国,中国\n国家予算投資額,2023,"1,234",５６７,89\n兵器システム化の形態,2023,試験,配備,配備\n') },
  ]);

function checkOutcome(files: InputFile[]): void {
  const result = ingestFiles(files, [], IDENTITY);
  if (result.ok) {
    expect(result.value.dataset.values.length).toBeGreaterThanOrEqual(0);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of result.errors) {
    expect(issue.severity).toBe('error');
    for (const locale of ['en', 'ja'] as const) {
      const line = formatIssue(issue, locale);
      expect(line.length).toBeGreaterThan(0);
      expect(line).not.toContain('\n');
    }
  }
}

const seedArb = fc.constantFrom(...SEEDS);

describe('ingest fuzzing: never throws', () => {
  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.constantFrom('values.csv', 'x.csv', 'indicators.csv'), (bytes, name) => {
        checkOutcome([{ name, bytes }]);
      }),
      { numRuns: 300 },
    );
  });

  test('valid files truncated anywhere', () => {
    fc.assert(
      fc.property(seedArb, fc.double({ min: 0, max: 1, noNaN: true }), (seed, fraction) => {
        checkOutcome([{ name: seed.name, bytes: seed.bytes.subarray(0, Math.floor(seed.bytes.length * fraction)) }]);
      }),
      { numRuns: 200 },
    );
  });

  test('valid files with bytes overwritten, inserted or deleted', () => {
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.constantFrom('set', 'insert', 'delete'), byte: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(seedArb, fc.array(edit, { minLength: 1, maxLength: 12 }), (seed, edits) => {
        const bytes = Array.from(seed.bytes);
        for (const { at, kind, byte } of edits) {
          const i = Math.min(bytes.length, Math.floor(at * bytes.length));
          if (kind === 'set' && i < bytes.length) bytes[i] = byte;
          else if (kind === 'insert') bytes.splice(i, 0, byte);
          else bytes.splice(i, 1);
        }
        checkOutcome([{ name: seed.name, bytes: Uint8Array.from(bytes) }]);
      }),
      { numRuns: 200 },
    );
  });

  test('random grids of tricky cells under a values header', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'JPN', 'CHN', 'ai', '2023', '２０２３年', '"1,234"', '-5', '1e3', '=1+1', '<b>x</b>', '"a\nb"', '"', 'ＮａＮ', '∞'),
      fc.string({ maxLength: 8 }),
    );
    const row = fc.array(cell, { minLength: 0, maxLength: 7 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.constantFrom(',', '\t', ';'), fc.constantFrom('\n', '\r\n'), (rows, delimiter, eol) => {
        const header = ['country', 'technology', 'indicator', 'year', 'value'].join(delimiter);
        const text = [header, ...rows.map((r) => r.join(delimiter))].join(eol);
        checkOutcome([{ name: 'values.csv', bytes: new TextEncoder().encode(text) }]);
      }),
      { numRuns: 300 },
    );
  });

  test('several mutated files together', () => {
    fc.assert(
      fc.property(fc.subarray(SEEDS, { minLength: 1 }), fc.integer({ min: 0, max: 5_000 }), (files, cut) => {
        checkOutcome(files.map((f, i) => ({ name: f.name, bytes: i === 0 ? f.bytes.subarray(0, cut) : f.bytes })));
      }),
      { numRuns: 100 },
    );
  });
});
