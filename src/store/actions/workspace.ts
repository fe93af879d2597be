/**
 * Export and import of the whole workspace (src/export/workspace.ts holds the format).
 *
 * Import is atomic: the file is read, checked and every dataset composed before the store is
 * touched; a refused file changes nothing. A good file replaces the user datasets, settings,
 * selection, parameters, deck and notes in one store update (built-in datasets stay), then what
 * was restored is written to storage: datasets to IndexedDB (new ones first, old ones removed
 * after, so a failure half-way never leaves storage emptier than memory) and settings to
 * localStorage. A storage failure keeps everything in memory and is reported in the storage
 * notice, which offers to export the workspace.
 */
import type { RestoredWorkspace, WorkspaceError, WorkspaceParseResult } from '../../export/workspace';
import { downloadText } from '../../export/download';
import { appStore } from '../store';
import type { DatasetEntry } from '../types';
import { deleteStoredDataset, saveStoredDataset } from '../persistence/datasets-db';
import { writeSettings } from '../persistence/settings';
import { settingsOf } from '../sync';
import { builtinEntries, cancelLoad, reportStorage } from './datasets';

/**
 * The current workspace as workspace-file JSON. The writer is loaded on first use (the first
 * visit does not need it); the state is taken at call time, before the module arrives.
 */
export async function currentWorkspaceJson(exportedAt: Date = new Date()): Promise<string> {
  const state = appStore.getState();
  const { workspaceJson } = await import('../../export/workspace');
  return workspaceJson(state, exportedAt);
}

/** File name of a workspace export: `workspace-2026-11-23.json`. */
export function workspaceFileName(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `workspace-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** Download the current workspace as a JSON file. */
export async function exportWorkspace(): Promise<void> {
  const now = new Date();
  downloadText(await currentWorkspaceJson(now), workspaceFileName(now), 'application/json');
}

/** Outcome of an import. */
export type ImportOutcome = { ok: true; datasets: number; slides: number } | { ok: false; error: WorkspaceError };

/**
 * Read and check a workspace file against this app's built-in datasets; changes nothing. The
 * reader (and the dataset composer it needs) is loaded on first use.
 */
export async function readWorkspaceFile(text: string): Promise<WorkspaceParseResult> {
  const { parseWorkspace } = await import('../../export/workspace-read');
  return parseWorkspace(text, new Set(builtinEntries().map((entry) => entry.dataset.id)));
}

async function persistRestored(entries: DatasetEntry[], previousUserIds: string[]): Promise<void> {
  const failures: string[] = [];
  const order = appStore.getState().datasetOrder;
  for (const entry of entries) {
    const outcome = await saveStoredDataset({ id: entry.dataset.id, name: entry.dataset.name, files: entry.files, order: order.indexOf(entry.dataset.id) });
    if (!outcome.ok) failures.push(outcome.reason);
  }
  const kept = new Set(entries.map((entry) => entry.dataset.id));
  for (const id of previousUserIds.filter((other) => !kept.has(other))) {
    const outcome = await deleteStoredDataset(id);
    if (!outcome.ok) failures.push(outcome.reason);
  }
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    storage = undefined;
  }
  if (storage) {
    const settingsError = writeSettings(storage, settingsOf(appStore.getState()));
    if (settingsError) failures.push(settingsError);
  }
  // Storage already known to be unavailable keeps that (more precise) notice.
  if (failures.length > 0 && appStore.getState().storage.state !== 'unavailable') reportStorage({ state: 'failed', reason: failures[0]! });
}

/**
 * Replace the workspace with `workspace` (from {@link readWorkspaceFile}) in one store update,
 * then write it to storage. Resolves when storage has been written.
 */
export async function applyWorkspace(workspace: RestoredWorkspace): Promise<void> {
  const builtins = builtinEntries();
  cancelLoad();
  const previous = appStore.getState();
  const previousUserIds = previous.datasetOrder.filter((id) => previous.datasets[id]?.dataset.origin === 'user');
  const all = [...builtins, ...workspace.entries];
  appStore.setState({
    datasets: Object.fromEntries(all.map((entry) => [entry.dataset.id, entry])),
    datasetOrder: all.map((entry) => entry.dataset.id),
    activeDatasetId: workspace.activeDatasetId,
    loadProgress: null,
    loadReport: null,
    locale: workspace.locale,
    view: workspace.view,
    technology: workspace.technology,
    indicator: workspace.indicator,
    focusRival: workspace.focusRival,
    partners: workspace.partners,
    parameters: workspace.parameters,
    deck: workspace.deck,
    briefing: workspace.briefing,
    annotations: workspace.annotations,
  });
  await persistRestored(workspace.entries, previousUserIds);
}

/**
 * Read `text` and, when the whole file is good, replace the workspace with it; a refused file
 * changes nothing.
 */
export async function importWorkspace(text: string): Promise<ImportOutcome> {
  const parsed = await readWorkspaceFile(text);
  if (!parsed.ok) return parsed;
  await applyWorkspace(parsed.workspace);
  return { ok: true, datasets: parsed.workspace.entries.length, slides: parsed.workspace.deck.length };
}
