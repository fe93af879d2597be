/**
 * Storage failures (quota exceeded, storage disabled) keep the data in memory, are reported in
 * the storage notice, and the notice's "Export workspace" saves everything to a file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { StorageNotice } from '../../src/app/StorageNotice';
import { loadFiles } from '../../src/store/actions/datasets';
import { appStore } from '../../src/store/store';
import { clearStoredDatasets, loadStoredDatasets } from '../../src/store/persistence/datasets-db';
import { parseWorkspace } from '../../src/export/workspace-read';
import { currentWorkspaceJson, importWorkspace } from '../../src/store/actions/workspace';
import { seedAppState } from './support/app-state';

const fixture = resolve(import.meta.dirname, '../fixtures/e2e/analyst-values.csv');
const analystFile = () => ({ name: 'analyst-values.csv', bytes: new Uint8Array(readFileSync(fixture)) });

/** Blobs handed to downloads, by file name. */
let downloads: Map<string, Blob>;
const { createObjectURL, revokeObjectURL } = URL;

beforeEach(async () => {
  await clearStoredDatasets();
  downloads = new Map();
  const blobs = new Map<string, Blob>();
  let next = 0;
  // jsdom has no blob URLs: keep each Blob under a made-up URL and record what an anchor "saves".
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${(next += 1)}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.set(this.download, blobs.get(this.href)!);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

describe('a failing IndexedDB put', () => {
  test('keeps the dataset in memory, says so, and the notice exports the workspace', async () => {
    seedAppState();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    render(<StorageNotice />);
    expect(screen.queryByRole('alert')).toBeNull();

    await act(() => loadFiles([analystFile()]));

    // In memory and active.
    const state = appStore.getState();
    const id = state.activeDatasetId!;
    expect(id).toMatch(/^user-/);
    expect(state.datasets[id]!.dataset.values.length).toBe(12);
    // Reported, with the browser's reason.
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Saving to browser storage failed (QuotaExceededError: The quota has been exceeded.)');
    expect(notice).toHaveTextContent('Your data stays in memory');
    // Nothing reached storage.
    const stored = await loadStoredDatasets();
    expect(stored.ok && stored.value).toEqual([]);

    // The way out: a workspace file holding the dataset.
    fireEvent.click(screen.getByRole('button', { name: 'Export workspace' }));
    await waitFor(() => expect(downloads.size).toBe(1));
    const [name, blob] = [...downloads.entries()][0]!;
    expect(name).toMatch(/^workspace-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseWorkspace(await blob.text(), new Set());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.workspace.entries.map((entry) => entry.dataset.id)).toEqual([id]);
    expect(parsed.workspace.entries[0]!.dataset).toEqual(state.datasets[id]!.dataset);
  });

  test('an imported workspace that cannot be stored stays in memory and is reported', async () => {
    seedAppState();
    await act(() => loadFiles([analystFile()]));
    const text = await currentWorkspaceJson();
    const id = appStore.getState().activeDatasetId!;
    seedAppState();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    render(<StorageNotice />);
    const outcome = await act(() => importWorkspace(text));
    expect(outcome).toEqual({ ok: true, datasets: 1, slides: 0 });
    expect(appStore.getState().activeDatasetId).toBe(id);
    expect(appStore.getState().datasets[id]!.dataset.values.length).toBe(12);
    expect(await screen.findByRole('alert')).toHaveTextContent('QuotaExceededError');
  });

  test('storage disabled at start-up is reported in Japanese too, with the same way out', async () => {
    seedAppState({ locale: 'ja', storage: { state: 'unavailable', reason: 'localStorage is disabled' } });
    render(<StorageNotice />);
    expect(screen.getByRole('alert')).toHaveTextContent('このブラウザではここに保存できません（localStorage is disabled）');
    fireEvent.click(screen.getByRole('button', { name: 'ワークスペースを書き出す' }));
    await waitFor(() => expect([...downloads.keys()]).toHaveLength(1));
  });
});
