/**
 * The embedded default dataset (datasets/default/*.csv, built from public sources by
 * `npm run build:dataset`). The build composes it with the real ingest pipeline and bundles the
 * result (scripts/builtin-dataset-plugin.ts), so it opens with no request beyond the app's own
 * files — also from a single HTML file on a USB stick — and a first visit downloads neither the
 * CSV text nor the CSV parser.
 */
import type { DatasetEntry } from '../store/types';
import { expandDataset } from './compact-dataset';

/** Id of the built-in dataset (also in URLs: `ds=default`). */
export const BUILTIN_DATASET_ID = 'default';

/** Read the embedded dataset; null when the build has none or it fails to load. */
export async function loadBuiltinDataset(): Promise<DatasetEntry | null> {
  let embedded;
  try {
    embedded = await (await import('virtual:builtin-dataset')).default;
  } catch (error) {
    // E.g. a server that does not serve .json files: say so instead of opening empty silently.
    console.warn('The embedded dataset could not be read', error);
    return null;
  }
  if (embedded === null) return null;
  if (!embedded.ok) {
    // A broken embedded dataset is a build defect; the unit tests catch it before release.
    console.warn('The embedded dataset failed to load', embedded.errors);
    return null;
  }
  // Built-in datasets are re-read from the bundle on every visit, never stored.
  return { dataset: expandDataset(embedded.compact), files: [] };
}
