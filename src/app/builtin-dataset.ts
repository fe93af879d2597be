/**
 * The embedded default dataset (datasets/default/*.csv, built from public sources by
 * `npm run build:dataset`). Its CSV text is bundled with the app, so it opens with no request
 * beyond the app's own files — also from a single HTML file on a USB stick.
 */
import { ingestFiles, type InputFile } from '../ingest';
import type { DatasetEntry } from '../store/types';

/** Id of the built-in dataset (also in URLs: `ds=default`). */
export const BUILTIN_DATASET_ID = 'default';

const csvModules = import.meta.glob('../../datasets/default/*.csv', { query: '?raw', import: 'default' });

/** Read and validate the embedded dataset; null when the build has none or it fails to load. */
export async function loadBuiltinDataset(): Promise<DatasetEntry | null> {
  const paths = Object.keys(csvModules).sort();
  if (paths.length === 0) return null;
  const encoder = new TextEncoder();
  const files: InputFile[] = await Promise.all(
    paths.map(async (path) => {
      const text = (await csvModules[path]!()) as string;
      return { name: path.slice(path.lastIndexOf('/') + 1), bytes: encoder.encode(text) };
    }),
  );
  const result = ingestFiles(files, [], { id: BUILTIN_DATASET_ID, name: 'Public sources', origin: 'builtin' });
  if (!result.ok) {
    // A broken embedded dataset is a build defect; the unit tests catch it before release.
    console.warn('The embedded dataset failed to load', result.errors);
    return null;
  }
  // Built-in datasets are re-read from the bundle on every visit, never stored.
  return { dataset: result.value.dataset, files: [] };
}
