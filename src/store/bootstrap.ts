/**
 * Start-up: restore the workspace from storage, apply what the URL asks for, add the built-in
 * dataset, then start mirroring changes. Nothing stored is trusted blindly: a stored dataset
 * that no longer composes is skipped with a warning instead of breaking the app.
 *
 * The built-in dataset and the stored datasets are read at the same time, and the composer of
 * stored datasets (ingest) is fetched only when there is one: a first visit never downloads it.
 */
import { appStore } from './store';
import type { DatasetEntry, LoadReport } from './types';
import { readSettings } from './persistence/settings';
import { loadStoredDatasets } from './persistence/datasets-db';
import { parseUrlState } from './url-state';
import { hashHasQuery, localStorageOf, startSync, stateFromUrl } from './sync';
import { putDataset, reportStorage } from './actions/datasets';

/** Bring the workspace back, then keep it in sync. `builtin` supplies the embedded dataset. */
export async function bootstrap(win: Window, builtin: () => Promise<DatasetEntry | null>): Promise<void> {
  const settings = readSettings(localStorageOf(win));
  const { activeDatasetId: storedActive, ...rest } = settings;
  appStore.setState(rest);
  const url = parseUrlState(win.location.search, win.location.hash);
  if (url.locale) appStore.setState({ locale: url.locale });
  if (!localStorageOf(win)) reportStorage({ state: 'unavailable', reason: 'localStorage is disabled' });

  const [entry, stored] = await Promise.all([builtin(), loadStoredDatasets()]);
  if (entry) putDataset(entry, false);

  if (!stored.ok) {
    reportStorage({ state: 'unavailable', reason: stored.reason });
  } else if (stored.value.length > 0) {
    const { composeDataset } = await import('../ingest/compose');
    const skipped: LoadReport['warnings'] = [];
    for (const record of stored.value) {
      const composed = composeDataset(record.files, { id: record.id, name: record.name, origin: 'user' });
      if (composed.ok) putDataset({ dataset: composed.value, files: record.files }, false);
      else skipped.push({ severity: 'warning', code: 'stored-dataset-skipped', file: record.name, detail: { errors: composed.errors.length } });
    }
    if (skipped.length > 0) {
      appStore.setState({ loadReport: { status: 'loaded', fileNames: [], errors: [], warnings: skipped, at: Date.now() } });
    }
  }

  const state = appStore.getState();
  // A file the user loaded while start-up was still reading storage wins: it was their last act.
  const active = [state.activeDatasetId, url.datasetId, storedActive, entry?.dataset.id, state.datasetOrder[0]].find(
    (id): id is string => typeof id === 'string' && id in state.datasets,
  );
  appStore.setState({ activeDatasetId: active ?? null });
  appStore.setState(stateFromUrl(url, hashHasQuery(win.location.hash), appStore.getState()));
  startSync(win);
}
