/** ingestFiles: atomic loads on top of previous files, replacement by name, progress, cancel. */
import { describe, expect, test } from 'vitest';
import { ingestFiles, type ParsedFile } from '../../../src/ingest';
import { IDENTITY, file, rows } from './support';

const H = 'country,technology,indicator,year,value';

function loadOk(newFiles: Parameters<typeof ingestFiles>[0], previous: ParsedFile[] = []) {
  const result = ingestFiles(newFiles, previous, IDENTITY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('ingestFiles', () => {
  test('one bad file among good ones: ok:false, every error listed, previous untouched', () => {
    const first = loadOk([file('a.csv', `${H}\nJPN,ai,x,2023,1\n`)]);
    const previous = first.files;
    const snapshot = structuredClone(previous);
    const result = ingestFiles(
      [file('b.csv', `${H}\nUSA,ai,x,2023,2\n`), file('c.csv', `${H}\nCHN,ai,x,yesterday,3\n`), file('d.csv', '')],
      previous,
      IDENTITY,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => [e.code, e.file])).toEqual([
      ['invalid_year', 'c.csv'],
      ['empty_file', 'd.csv'],
    ]);
    expect(previous).toEqual(snapshot);
    expect(previous).toHaveLength(1);
  });

  test('a compose error (duplicate across files) also refuses the load', () => {
    const previous = loadOk([file('a.csv', `${H}\nJPN,ai,x,2023,1\n`)]).files;
    const result = ingestFiles([file('b.csv', `${H}\nJPN,ai,x,2023,2\n`)], previous, IDENTITY);
    expect(result.ok).toBe(false);
    expect(previous).toHaveLength(1);
  });

  test('new files add to the previous ones; a same-named file replaces the old one in place', () => {
    const one = loadOk([file('a.csv', `${H}\nJPN,ai,x,2023,1\n`), file('b.csv', `${H}\nUSA,ai,x,2023,2\n`)]);
    const two = loadOk([file('a.csv', `${H}\nJPN,ai,x,2023,10\n`), file('c.csv', `${H}\nCHN,ai,x,2023,3\n`)], one.files);
    expect(two.files.map((f) => f.info.name)).toEqual(['a.csv', 'b.csv', 'c.csv']);
    expect(rows(two.dataset).map((r) => [r.country, r.value])).toEqual([
      ['JPN', 10],
      ['USA', 2],
      ['CHN', 3],
    ]);
    expect(one.files.map((f) => f.info.name)).toEqual(['a.csv', 'b.csv']);
  });

  test('metadata loaded later re-resolves earlier values (a path in the name is ignored)', () => {
    const values = loadOk([file('v.csv', `${H}\nAtlantis,ai,x,2023,1\n`.replace('Atlantis', 'XAT'))]);
    const withCountries = loadOk([file('C:\\data\\countries.csv', 'code,name_en,role\nXAT,Atlantis,partner\n')], values.files);
    expect(withCountries.dataset.countries).toEqual([{ code: 'XAT', nameEn: 'Atlantis', nameJa: 'Atlantis', role: 'partner' }]);
    expect(withCountries.files.map((f) => f.info.name)).toEqual(['v.csv', 'countries.csv']);
  });

  test('warnings of earlier files are reported again on every compose', () => {
    const one = loadOk([file('v.csv', `${H},extra\nJPN,ai,x,2023,1,\n`)]);
    expect(one.dataset.warnings.map((w) => w.code)).toEqual(['unknown_column']);
    const two = ingestFiles([file('w.csv', `${H}\nUSA,ai,x,2023,1\n`)], one.files, IDENTITY);
    expect(two.ok && two.value.dataset.warnings.map((w) => w.code)).toEqual(['unknown_column']);
  });

  test('progress rises to 1; cancellation mid-file stops with `cancelled`', () => {
    const lines = [H];
    // Track the length as we go: joining on every iteration would be quadratic.
    let length = H.length;
    for (let i = 0; length < 3_000_000; i++) {
      const line = `JPN,t${i % 50},x${Math.floor(i / 50) % 40},${1000 + Math.floor(i / 2000)},${i}`;
      lines.push(line);
      length += line.length + 1;
    }
    const big = file('big.csv', lines.join('\n'));
    const fractions: number[] = [];
    const ok = ingestFiles([big], [], IDENTITY, { onProgress: (f) => fractions.push(f) });
    expect(ok.ok).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual(fractions.slice().sort((a, b) => a - b));
    let polls = 0;
    const cancelled = ingestFiles([big], [], IDENTITY, { isCancelled: () => ++polls > 1 });
    expect(cancelled.ok).toBe(false);
    if (!cancelled.ok) expect(cancelled.errors).toEqual([{ severity: 'error', code: 'cancelled', file: 'big.csv' }]);
  });

  test('the dataset carries identity and file facts', () => {
    const { dataset } = loadOk([file('v.csv', `${H}\nJPN,ai,x,2023,1\n`)]);
    expect([dataset.id, dataset.name, dataset.origin]).toEqual(['test', 'Test', 'user']);
    expect(dataset.files[0]).toMatchObject({ name: 'v.csv', role: 'values-long', records: 1 });
  });
});
