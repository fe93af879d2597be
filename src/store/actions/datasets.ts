/**
 * Loading, switching and deleting datasets. Loading is atomic: files are read off the main
 * thread, and only a load with no error touches the workspace; a refused or cancelled load
 * leaves every dataset, setting and selection as it was.
 */
import type { InputFile, ParsedFile } from '../../ingest';
import { loadFilesInWorker } from '../../ingest/worker-client';
import { appStore, initialState } from '../store';
import type { DatasetEntry, StorageStatus } from '../types';
import { clearStoredDatasets, deleteStoredDataset, saveStoredDataset } from '../persistence/datasets-db';
import { SETTINGS_KEY } from '../persistence/settings';

/** Where loaded files go. */
export type LoadTarget = 'new' | 'current';

/** Loads started so far (tells a finished load whether a newer one began meanwhile). */
let loadsStarted = 0;
let inFlight: AbortController | null = null;

function baseName(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

function newDatasetIdentity(fileNames: string[]): { id: string; name: string; origin: 'user' } {
  const first = baseName(fileNames[0] ?? 'data');
  const name = fileNames.length > 1 ? `${first} +${fileNames.length - 1}` : first;
  const id = `user-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  return { id, name, origin: 'user' };
}

/** Record a storage failure without losing what is in memory. */
export function reportStorage(status: StorageStatus): void {
  appStore.setState({ storage: status });
}

async function persistEntry(entry: DatasetEntry): Promise<void> {
  const { datasetOrder } = appStore.getState();
  const id = entry.dataset.id;
  // Saved before putDataset (see loadFiles): a new dataset takes the next place in the order.
  const order = datasetOrder.includes(id) ? datasetOrder.indexOf(id) : datasetOrder.length;
  const outcome = await saveStoredDataset({ id, name: entry.dataset.name, files: entry.files, order });
  if (!outcome.ok) reportStorage({ state: 'failed', reason: outcome.reason });
}

/** Add (or replace) a dataset in the workspace and make it active. */
export function putDataset(entry: DatasetEntry, activate = true): void {
  appStore.setState((state) => {
    const id = entry.dataset.id;
    return {
      datasets: { ...state.datasets, [id]: entry },
      datasetOrder: state.datasetOrder.includes(id) ? state.datasetOrder : [...state.datasetOrder, id],
      activeDatasetId: activate ? id : state.activeDatasetId,
    };
  });
}

/**
 * Read files into a new dataset or into the current user dataset. Resolves when the load is
 * over (loaded, refused or cancelled); the outcome is in `loadReport`.
 */
export async function loadFiles(files: (File | InputFile)[], target: LoadTarget = 'new'): Promise<void> {
  if (files.length === 0) return;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const loadNumber = ++loadsStarted;
  const fileNames = files.map((file) => file.name);
  const state = appStore.getState();
  const active = state.activeDatasetId ? state.datasets[state.activeDatasetId] : undefined;
  const extend = target === 'current' && active?.dataset.origin === 'user';
  const identity = extend && active
    ? { id: active.dataset.id, name: active.dataset.name, origin: 'user' as const }
    : newDatasetIdentity(fileNames);
  const previous: ParsedFile[] = extend && active ? active.files : [];

  appStore.setState({ loadProgress: { fileNames, fraction: 0 } });
  const result = await loadFilesInWorker(files, previous, identity, {
    signal: controller.signal,
    onProgress: (fraction) => {
      if (inFlight === controller) appStore.setState({ loadProgress: { fileNames, fraction } });
    },
  });
  if (inFlight !== controller) return; // superseded by a newer load
  inFlight = null;

  if (controller.signal.aborted) {
    appStore.setState({ loadProgress: null, loadReport: { status: 'cancelled', fileNames, errors: [], warnings: [], at: Date.now() } });
    return;
  }
  if (!result.ok) {
    appStore.setState({
      loadProgress: null,
      loadReport: { status: 'refused', fileNames, errors: result.errors, warnings: result.warnings, at: Date.now() },
    });
    return;
  }
  const entry: DatasetEntry = { dataset: result.value.dataset, files: result.value.files };
  // Stored before it is shown: IndexedDB's structured clone of a big load's columns (~230 MB
  // for 100 MB of CSV) then no longer coincides with the first analysis and render of the
  // dataset, which kept the renderer's peak memory above 1 GB. Nothing else changes: a failed
  // save is reported and the dataset stays in memory, as before.
  await persistEntry(entry);
  // A load started while this one was being saved is the user's latest act: this dataset joins
  // the workspace, but does not take the screen or the progress bar from the newer load.
  const superseded = loadsStarted !== loadNumber;
  putDataset(entry, !superseded);
  if (superseded) return;
  appStore.setState({
    loadProgress: null,
    loadReport: {
      status: 'loaded',
      fileNames,
      datasetId: entry.dataset.id,
      errors: [],
      warnings: [...result.warnings, ...result.value.dataset.warnings.filter((w) => !result.warnings.includes(w))],
      at: Date.now(),
    },
  });
}

/** Cancel the load in flight, if any. */
export function cancelLoad(): void {
  inFlight?.abort();
}

/** Hide the last load report. */
export function dismissLoadReport(): void {
  appStore.setState({ loadReport: null });
}

/** Make a dataset active. */
export function setActiveDataset(id: string): void {
  if (appStore.getState().datasets[id]) appStore.setState({ activeDatasetId: id, technology: null, indicator: null });
}

/** Remove a user dataset from the workspace and from storage. */
export async function deleteDataset(id: string): Promise<void> {
  const state = appStore.getState();
  const entry = state.datasets[id];
  if (!entry || entry.dataset.origin !== 'user') return;
  const datasets = { ...state.datasets };
  delete datasets[id];
  const datasetOrder = state.datasetOrder.filter((other) => other !== id);
  appStore.setState({
    datasets,
    datasetOrder,
    activeDatasetId: state.activeDatasetId === id ? (datasetOrder[0] ?? null) : state.activeDatasetId,
  });
  const outcome = await deleteStoredDataset(id);
  if (!outcome.ok) reportStorage({ state: 'failed', reason: outcome.reason });
}

/** The built-in datasets of the workspace (kept by a reset). */
export function builtinEntries(): DatasetEntry[] {
  const state = appStore.getState();
  return state.datasetOrder
    .map((id) => state.datasets[id])
    .filter((entry): entry is DatasetEntry => entry?.dataset.origin === 'builtin');
}

/**
 * Delete every user dataset, setting, selection and parameter, in memory and in storage. The
 * built-in datasets and the language stay.
 */
export async function resetWorkspace(): Promise<void> {
  const builtins = builtinEntries();
  const { locale } = appStore.getState();
  try {
    localStorage.removeItem(SETTINGS_KEY);
  } catch {
    // storage unavailable: nothing persisted to remove
  }
  const outcome = await clearStoredDatasets();
  appStore.setState({
    ...initialState(),
    locale,
    datasets: Object.fromEntries(builtins.map((entry) => [entry.dataset.id, entry])),
    datasetOrder: builtins.map((entry) => entry.dataset.id),
    activeDatasetId: builtins[0]?.dataset.id ?? null,
    storage: outcome.ok ? { state: 'ok' } : { state: 'failed', reason: outcome.reason },
  });
}
