/**
 * Compose the embedded default dataset from its CSV files with the real ingest pipeline, in the
 * lossless JSON form the app ships (src/app/compact-dataset.ts). Run at build time by
 * scripts/builtin-dataset-plugin.ts; also used by the tests that check the shipped form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ingestFiles } from '../src/ingest/ingest-files';
import { compactDataset } from '../src/app/compact-dataset';
import type { BuiltinDatasetModule } from '../src/app/builtin-dataset-types';

/** Identity of the built-in dataset (the id appears in URLs: `ds=default`). */
export const BUILTIN_IDENTITY = { id: 'default', name: 'Public sources', origin: 'builtin' } as const;

/** What composing a folder gives: the module's value and the files it was read from. */
export interface ComposedBuiltin {
  /** Default export of `virtual:builtin-dataset`. */
  value: BuiltinDatasetModule;
  /** The CSV files read (absolute paths). */
  files: string[];
}

/** Compose the CSV files of `dir` (sorted by name, as the app always read them). */
export function composeBuiltinDataset(dir: string): ComposedBuiltin {
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.csv')).sort();
  } catch {
    // No such folder: a build without a built-in dataset.
  }
  const files = names.map((name) => path.join(dir, name));
  if (names.length === 0) return { value: null, files };
  const inputs = names.map((name, i) => ({ name, bytes: new Uint8Array(readFileSync(files[i]!)) }));
  const result = ingestFiles(inputs, [], BUILTIN_IDENTITY);
  return { value: result.ok ? { ok: true, compact: compactDataset(result.value.dataset) } : { ok: false, errors: result.errors }, files };
}
