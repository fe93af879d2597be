/**
 * "Export workspace" / "Import workspace" in the header: a good file replaces the workspace
 * after confirmation and is written to storage; a bad file is refused with a reason and
 * changes nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { WorkspaceMenu } from '../../src/app/header/WorkspaceMenu';
import { ingestFiles } from '../../src/ingest';
import { appStore } from '../../src/store/store';
import { clearStoredDatasets, loadStoredDatasets } from '../../src/store/persistence/datasets-db';
import { SETTINGS_KEY, parseSettings } from '../../src/store/persistence/settings';
import { currentWorkspaceJson } from '../../src/store/actions/workspace';
import type { DatasetEntry, Slide } from '../../src/store/types';
import { defaultParameters } from '../../src/model/parameters';
import { seedAppState } from './support/app-state';

const fixture = resolve(import.meta.dirname, '../fixtures/e2e/analyst-values.csv');

function analystEntry(): DatasetEntry {
  const result = ingestFiles([{ name: 'analyst-values.csv', bytes: new Uint8Array(readFileSync(fixture)) }], [], { id: 'user-analyst', name: 'analyst-values', origin: 'user' });
  if (!result.ok) throw new Error('fixture did not load');
  return { dataset: result.value.dataset, files: result.value.files };
}

const parameters = { ...defaultParameters(), weights: { gov_budget: 3 }, horizon: 8 };
const slide: Slide = {
  id: 's1',
  view: 'ranking',
  title: '対中国',
  notes: '',
  datasetId: 'user-analyst',
  selection: { technology: 'ai', indicator: null, focusRival: null, partners: [] },
  parameters,
  createdAt: 1,
};

/** The workspace file of a seeded workspace (then the store is reset to a fresh one). */
async function workspaceText(): Promise<string> {
  const entry = analystEntry();
  seedAppState({
    datasets: { [entry.dataset.id]: entry },
    datasetOrder: [entry.dataset.id],
    activeDatasetId: entry.dataset.id,
    view: 'ranking',
    parameters,
    deck: [slide],
    briefing: { marking: '取扱注意', theme: 'dark' },
    annotations: { 'technology:ai': 'note' },
  });
  const text = await currentWorkspaceJson();
  seedAppState();
  return text;
}

function choose(text: string, name = 'workspace.json') {
  const input = screen.getByLabelText('Import workspace');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

beforeEach(async () => {
  await clearStoredDatasets();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Import workspace', () => {
  test('asks first, then restores datasets, parameters, deck and notes, and writes them to storage', async () => {
    const text = await workspaceText();
    render(<WorkspaceMenu />);
    choose(text);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Import “workspace.json”?');
    expect(dialog).toHaveTextContent('(datasets: 1, slides: 1)');
    expect(appStore.getState().datasetOrder).toEqual([]); // nothing changed before confirmation
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace workspace' }));

    await screen.findByText('Workspace imported from workspace.json.');
    const state = appStore.getState();
    expect(state.activeDatasetId).toBe('user-analyst');
    expect(state.datasets['user-analyst']!.dataset).toEqual(analystEntry().dataset);
    expect(state.parameters).toEqual(parameters);
    expect(state.view).toBe('ranking');
    expect(state.deck).toEqual([slide]);
    expect(state.briefing).toEqual({ marking: '取扱注意', theme: 'dark' });
    expect(state.annotations).toEqual({ 'technology:ai': 'note' });

    const stored = await loadStoredDatasets();
    expect(stored.ok && stored.value.map((record) => record.id)).toEqual(['user-analyst']);
    const settings = parseSettings(localStorage.getItem(SETTINGS_KEY));
    expect(settings.parameters).toEqual(parameters);
    expect(settings.activeDatasetId).toBe('user-analyst');
    expect(settings.deck).toEqual([slide]);
    expect(settings.briefing).toEqual({ marking: '取扱注意', theme: 'dark' });
    expect(settings.annotations).toEqual({ 'technology:ai': 'note' });
  });

  test('cancel changes nothing', async () => {
    const text = await workspaceText();
    render(<WorkspaceMenu />);
    choose(text);
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(appStore.getState().datasetOrder).toEqual([]);
    expect(appStore.getState().deck).toEqual([]);
  });

  test.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another JSON file', '{"name":"package"}', /not a workspace file of this app/],
    ['a newer version', '{"format":"net-assessment-workspace","version":9}', /newer version of the app \(format 9; this app reads format 1\)/],
  ])('%s is refused with a reason and nothing changes', async (_name, text, reason) => {
    const entry = analystEntry();
    seedAppState({ datasets: { [entry.dataset.id]: entry }, datasetOrder: [entry.dataset.id], activeDatasetId: entry.dataset.id, parameters });
    const before = appStore.getState();
    render(<WorkspaceMenu />);
    choose(text, 'bad.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.json was not imported:');
    expect(alert).toHaveTextContent(reason);
    expect(alert).toHaveTextContent('Nothing was changed.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(appStore.getState()).toBe(before);
  });

  test('a damaged part is named, in Japanese', async () => {
    const file = JSON.parse(await workspaceText());
    file.deck[0].view = 'nowhere';
    seedAppState({ locale: 'ja' });
    render(<WorkspaceMenu />);
    fireEvent.change(screen.getByLabelText('ワークスペースを読み込む'), { target: { files: [new File([JSON.stringify(file)], 'w.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('w.json は読み込まれませんでした：ファイルの「deck[0].view」が壊れています（unknown view）。何も変更されていません。');
  });
});
