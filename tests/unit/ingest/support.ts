/**
 * Helpers of the ingest tests: build InputFiles from text, run a load, and read values back as
 * plain rows so expectations are written as small tables.
 */
import { expect } from 'vitest';
import type { Dataset, IngestResult, LoadIssue } from '../../../src/model/dataset';
import { composeDataset, formatIssue, ingestFiles, parseFile, type InputFile, type ParsedFile } from '../../../src/ingest';

/** Identity used by every test dataset. */
export const IDENTITY = { id: 'test', name: 'Test', origin: 'user' as const };

/** A UTF-8 file. */
export function file(name: string, text: string): InputFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** A file from raw bytes. */
export function bytesFile(name: string, bytes: number[] | Uint8Array): InputFile {
  return { name, bytes: bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes) };
}

/** UTF-16 bytes of `text`, with a BOM. */
export function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  let at = 0;
  const put = (unit: number) => {
    out[at++] = order === 'le' ? unit & 0xff : unit >> 8;
    out[at++] = order === 'le' ? unit >> 8 : unit & 0xff;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
  return out;
}

/** Load files; fail the test with readable messages when the load fails. */
export function load(...files: InputFile[]): Dataset {
  const result = ingestFiles(files, [], IDENTITY);
  if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e, 'en')).join('\n'));
  return result.value.dataset;
}

/** Load files expecting failure; returns the errors. */
export function loadErrors(...files: InputFile[]): LoadIssue[] {
  const result = ingestFiles(files, [], IDENTITY);
  expect(result.ok, 'the load should have failed').toBe(false);
  return result.ok ? [] : result.errors;
}

/** Parse one file, failing the test on errors. */
export function parsed(input: InputFile): ParsedFile {
  const result = parseFile(input);
  if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e, 'en')).join('\n'));
  return result.value;
}

/** Compose, failing on errors. */
export function composed(files: ParsedFile[]): Dataset {
  const result = composeDataset(files, IDENTITY);
  if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e, 'en')).join('\n'));
  return result.value;
}

/** One value as a plain object. */
export interface Row {
  country: string;
  technology: string | null;
  indicator: string;
  year: number;
  value: number | null;
  text: string | null;
}

/** The dataset's values as plain rows (optionally with unit/source/confidence/note/row). */
export function rows(dataset: Dataset): Row[] {
  const t = dataset.values;
  const s = (i: number) => (i < 0 ? null : t.strings[i]);
  const out: Row[] = [];
  for (let i = 0; i < t.length; i++) {
    out.push({
      country: t.strings[t.country[i]],
      technology: s(t.technology[i]),
      indicator: t.strings[t.indicator[i]],
      year: t.year[i],
      value: Number.isNaN(t.value[i]) ? null : t.value[i],
      text: s(t.text[i]),
    });
  }
  return out;
}

/** Sort rows for order-independent comparison. */
export function sorted(list: Row[]): Row[] {
  const key = (r: Row) => [r.country, r.technology ?? '', r.indicator, r.year].join('|');
  return list.slice().sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The one issue with `code` among `issues` (fails unless exactly one). */
export function only(issues: LoadIssue[], code: string): LoadIssue {
  const matching = issues.filter((issue) => issue.code === code);
  expect(matching, `issues: ${JSON.stringify(issues)}`).toHaveLength(1);
  return matching[0];
}

/** Result's issues, errors and warnings together. */
export function allIssues(result: IngestResult<unknown>): LoadIssue[] {
  return result.ok ? result.warnings : [...result.errors, ...result.warnings];
}
