import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyse } from '../../../src/engine';
import { ingestFiles, type InputFile } from '../../../src/ingest';
import { rankingsCsv } from '../../../src/export/rankings-csv';
import { workspaceFile, workspaceJson, WORKSPACE_FORMAT, type WorkspaceState } from '../../../src/export/workspace';
import { parseWorkspace } from '../../../src/export/workspace-read';
import { reviveTypedJson, typedJsonReplacer } from '../../../src/export/typed-json';
import { defaultParameters } from '../../../src/model/parameters';
import type { Dataset } from '../../../src/model/dataset';
import type { DatasetEntry, Slide } from '../../../src/store/types';

const root = resolve(import.meta.dirname, '../../..');

function input(path: string): InputFile {
  return { name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(path)) };
}

function userEntry(id: string, name: string, paths: string[]): DatasetEntry {
  const result = ingestFiles(paths.map(input), [], { id, name, origin: 'user' });
  if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors[0])}`);
  return { dataset: result.value.dataset, files: result.value.files };
}

const BUILTIN_ID = 'default';
let state: WorkspaceState;
let builtin: DatasetEntry;

beforeAll(() => {
  const defaultFiles = readdirSync(resolve(root, 'datasets/default'))
    .filter((name) => name.endsWith('.csv'))
    .map((name) => resolve(root, 'datasets/default', name));
  // The built-in dataset: present in the app, never written to the file.
  const builtinResult = ingestFiles(defaultFiles.map(input), [], { id: BUILTIN_ID, name: 'Default', origin: 'builtin' });
  if (!builtinResult.ok) throw new Error('default dataset did not load');
  builtin = { dataset: builtinResult.value.dataset, files: [] };
  // User datasets: every file kind (values with blanks → NaN, countries, technologies, indicators, sources).
  const full = userEntry('user-full', '公開データ（コピー）', defaultFiles);
  const analyst = userEntry('user-analyst', 'analyst-values', [resolve(root, 'tests/fixtures/e2e/analyst-values.csv')]);
  const parameters = { ...defaultParameters(), weights: { ai_articles: 2.5 }, pillarWeights: { output: 0.5 }, relevance: { ai: 0.8 }, horizon: 7, year: null };
  const slide: Slide = {
    id: 'slide-1',
    view: 'overview',
    title: '対中国：持続的優位',
    notes: 'Speaker notes, line 1\nline 2',
    datasetId: 'user-full',
    selection: { technology: 'ai', indicator: null, focusRival: 'CHN', partners: ['AUS'] },
    parameters: { ...parameters, horizon: 5 },
    createdAt: 1_763_900_000_000,
  };
  state = {
    datasets: { [BUILTIN_ID]: builtin, 'user-full': full, 'user-analyst': analyst },
    datasetOrder: [BUILTIN_ID, 'user-full', 'user-analyst'],
    activeDatasetId: 'user-full',
    locale: 'ja',
    view: 'ranking',
    technology: 'ai',
    indicator: 'ai_articles',
    focusRival: 'CHN',
    partners: ['AUS', 'KOR'],
    parameters,
    deck: [slide],
    briefing: { marking: '取扱注意', theme: 'dark' },
    annotations: { 'technology:ai': '注記 = note', 'indicator:ai_articles': 'whole counting' },
  };
});

const builtinIds = new Set([BUILTIN_ID]);

function restored(text: string) {
  const result = parseWorkspace(text, builtinIds);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.workspace;
}

describe('round trip: export → import', () => {
  test('same user datasets (parsed files and composed datasets deep-equal), built-ins not written', () => {
    const text = workspaceJson(state);
    const back = restored(text);
    expect(back.entries.map((entry) => entry.dataset.id)).toEqual(['user-full', 'user-analyst']);
    expect(back.entries[0]!.files).toEqual(state.datasets['user-full']!.files);
    expect(back.entries[1]!.files).toEqual(state.datasets['user-analyst']!.files);
    expect(back.entries[0]!.dataset).toEqual(state.datasets['user-full']!.dataset);
    expect(back.entries[1]!.dataset).toEqual(state.datasets['user-analyst']!.dataset);
    expect(JSON.parse(text).datasets.map((d: { id: string }) => d.id)).not.toContain(BUILTIN_ID);
  });

  test('typed arrays come back with their type and every value, NaN blanks included', () => {
    const back = restored(workspaceJson(state));
    const original = state.datasets['user-full']!.files.find((file) => file.kind === 'values');
    const copy = back.entries[0]!.files.find((file) => file.kind === 'values');
    if (original?.kind !== 'values' || copy?.kind !== 'values') throw new Error('no values file');
    expect(copy.fragment.value).toBeInstanceOf(Float64Array);
    expect(copy.fragment.confidence).toBeInstanceOf(Uint8Array);
    expect(copy.fragment.row).toBeInstanceOf(Uint32Array);
    expect(Array.from(copy.fragment.value)).toEqual(Array.from(original.fragment.value));
    expect(Array.from(copy.fragment.raw)).toEqual(Array.from(original.fragment.raw));
  });

  test('same parameters, selection, settings, deck, presentation settings and notes', () => {
    const back = restored(workspaceJson(state));
    expect(back.parameters).toEqual(state.parameters);
    expect(back.deck).toEqual(state.deck);
    expect(back.briefing).toEqual(state.briefing);
    expect(back.annotations).toEqual(state.annotations);
    expect({ ...back, entries: undefined, parameters: undefined, deck: undefined, briefing: undefined, annotations: undefined }).toEqual({
      activeDatasetId: 'user-full',
      locale: 'ja',
      view: 'ranking',
      technology: 'ai',
      indicator: 'ai_articles',
      focusRival: 'CHN',
      partners: ['AUS', 'KOR'],
    });
  });

  test('rankings computed from the restored workspace are identical', () => {
    const back = restored(workspaceJson(state));
    const before = rankingsCsv(analyse(state.datasets['user-full']!.dataset, state.parameters));
    const after = rankingsCsv(analyse(back.entries[0]!.dataset, back.parameters));
    expect(after).toBe(before);
    expect(before.split('\n').length).toBeGreaterThan(5);
  });

  test('exporting the restored workspace gives the same file', () => {
    const at = new Date('2026-11-23T10:00:00Z');
    const text = workspaceJson(state, at);
    const back = restored(text);
    const again: WorkspaceState = {
      ...back,
      datasets: { [BUILTIN_ID]: builtin, ...Object.fromEntries(back.entries.map((entry) => [entry.dataset.id, entry])) },
      datasetOrder: [BUILTIN_ID, ...back.entries.map((entry) => entry.dataset.id)],
    };
    expect(workspaceJson(again, at)).toBe(text);
  });

  test('a workspace with only the built-in dataset round-trips too', () => {
    const onlyBuiltin: WorkspaceState = { ...state, datasets: { [BUILTIN_ID]: builtin }, datasetOrder: [BUILTIN_ID], activeDatasetId: BUILTIN_ID, deck: [] };
    const back = restored(workspaceJson(onlyBuiltin));
    expect(back.entries).toEqual([]);
    expect(back.activeDatasetId).toBe(BUILTIN_ID);
  });

  test('an active dataset the app does not have falls back to the first dataset', () => {
    const file = workspaceFile(state);
    const back = restored(JSON.stringify({ ...file, activeDatasetId: 'user-gone' }, typedJsonReplacer));
    expect(back.activeDatasetId).toBe('user-full');
  });
});

describe('typed JSON', () => {
  test('non-finite numbers and every typed array type survive', () => {
    const value = {
      n: [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5],
      f64: new Float64Array([Number.NaN, -0, 1e-310, Number.MAX_VALUE]),
      i32: new Int32Array([-1, 2 ** 31 - 1, -(2 ** 31)]),
      u8: new Uint8Array([0, 255]),
      u32: new Uint32Array([2 ** 32 - 1]),
      sub: new Int32Array([1, 2, 3, 4]).subarray(1, 3),
    };
    const back = reviveTypedJson(JSON.parse(JSON.stringify(value, typedJsonReplacer))) as typeof value;
    expect(back.n).toEqual(value.n);
    expect(back.f64).toBeInstanceOf(Float64Array);
    expect(Object.is(back.f64[1], -0)).toBe(true);
    expect(back.f64).toEqual(value.f64);
    expect(back.i32).toEqual(value.i32);
    expect(back.u8).toEqual(value.u8);
    expect(back.u32).toEqual(value.u32);
    expect(back.sub).toEqual(new Int32Array([2, 3]));
  });

  test('a "__proto__" key is dropped, never assigned', () => {
    const back = reviveTypedJson(JSON.parse('{"a":1,"__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(back).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('bad files are refused with a reason', () => {
  const good = () => JSON.parse(workspaceJson(state)) as Record<string, unknown>;
  const refuse = (text: string) => {
    const result = parseWorkspace(text, builtinIds);
    if (result.ok) throw new Error('accepted a bad file');
    return result.error;
  };

  test('not JSON', () => {
    expect(refuse('{"format": "net-assessment-workspace", ').key).toBe('workspace.error.notJson');
    expect(refuse('').key).toBe('workspace.error.notJson');
  });

  test('JSON but not a workspace', () => {
    expect(refuse('[1,2,3]').key).toBe('workspace.error.notWorkspace');
    expect(refuse('{"format":"something-else","version":1}').key).toBe('workspace.error.notWorkspace');
    expect(refuse('null').key).toBe('workspace.error.notWorkspace');
  });

  test('a newer or unknown version', () => {
    expect(refuse(JSON.stringify({ ...good(), version: 2 }))).toEqual({ key: 'workspace.error.newerVersion', params: { found: '2', supported: 1 } });
    expect(refuse(JSON.stringify({ ...good(), version: '1' }))).toEqual({ key: 'workspace.error.version', params: { found: '1', supported: 1 } });
    expect(refuse(JSON.stringify({ format: WORKSPACE_FORMAT })).key).toBe('workspace.error.version');
  });

  const damaged: [string, (file: Record<string, unknown>) => void, string][] = [
    ['datasets missing', (f) => delete f.datasets, 'datasets'],
    ['a dataset id reusing a built-in id', (f) => ((f.datasets as { id: string }[])[0]!.id = BUILTIN_ID), 'datasets[0].id'],
    ['two datasets with one id', (f) => ((f.datasets as { id: string }[])[1]!.id = 'user-full'), 'datasets[1].id'],
    ['a typed array with bad base64', (f) => (values(f).fragment.year = { $typed: 'Int32Array', base64: '!!!' }), 'datasets[0].files[4].fragment.year'],
    ['a typed array of the wrong type', (f) => (values(f).fragment.year = [2020]), 'datasets[0].files[4].fragment.year'],
    ['a typed array of the wrong length', (f) => (values(f).fragment.length = 3), 'datasets[0].files[4].fragment.country'],
    ['a label index outside the strings', (f) => (values(f).fragment.strings = []), 'datasets[0].files[4].fragment.country'],
    ['an unknown file kind', (f) => (values(f).kind = 'binary'), 'datasets[0].files[4].kind'],
    ['a metadata record without id', (f) => delete metadata(f, 'technologies').records[0].id, 'records[0].id'],
    ['parameters with a text weight', (f) => ((f.parameters as { weights: Record<string, unknown> }).weights.ai_articles = 'heavy'), 'parameters.weights.ai_articles'],
    ['parameters without horizon', (f) => delete (f.parameters as Record<string, unknown>).horizon, 'parameters.horizon'],
    ['a slide with an unknown view', (f) => ((f.deck as { view: string }[])[0]!.view = 'nowhere'), 'deck[0].view'],
    ['a slide without parameters', (f) => delete (f.deck as Record<string, unknown>[])[0]!.parameters, 'deck[0].parameters'],
    ['a slide of the briefing view itself', (f) => ((f.deck as { view: string }[])[0]!.view = 'briefing'), 'deck[0].view'],
    ['two slides with one id', (f) => (f.deck as unknown[]).push((f.deck as unknown[])[0]), 'deck[1].id'],
    ['a slide without a dataset', (f) => ((f.deck as { datasetId: string }[])[0]!.datasetId = ''), 'deck[0].datasetId'],
    ['a marking longer than 200 characters', (f) => ((f.briefing as { marking: string }).marking = 'x'.repeat(201)), 'briefing.marking'],
    ['a note on an unknown target', (f) => ((f.annotations as Record<string, unknown>)['slide:1'] = 'x'), 'annotations.slide:1'],
    ['an unknown theme', (f) => ((f.briefing as { theme: string }).theme = 'neon'), 'briefing.theme'],
    ['a note that is not text', (f) => ((f.annotations as Record<string, unknown>)['technology:ai'] = 3), 'annotations.technology:ai'],
    ['an unknown locale', (f) => (f.locale = 'fr'), 'locale'],
    ['a bad non-finite number', (f) => (f.partners = [{ $number: 'lots' }]), 'partners[0]'],
  ];

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function values(f: Record<string, unknown>): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (f.datasets as any[])[0].files[4];
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function metadata(f: Record<string, unknown>, role: string): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (f.datasets as any[])[0].files.find((file: any) => file.info.role === role);
  }

  test.each(damaged)('%s', (_name, damage, part) => {
    const file = good();
    damage(file);
    const error = refuse(JSON.stringify(file));
    expect(error.key).toBe('workspace.error.malformed');
    expect(String(error.params?.part)).toContain(part);
  });

  test('a dataset whose files no longer compose is named', () => {
    const file = good();
    // Structurally sound, but the same values file twice: every value is a duplicate.
    const analyst = (file.datasets as { name: string; files: Record<string, unknown>[] }[])[1]!;
    analyst.files = [analyst.files[0]!, analyst.files[0]!];
    const error = refuse(JSON.stringify(file));
    expect(error.key).toBe('workspace.error.dataset');
    expect(error.params?.name).toBe('analyst-values');
    expect(String(error.params?.detail)).toContain('duplicate_value');
  });

  test('the dataset deep equality above is not vacuous', () => {
    const a: Dataset = state.datasets['user-full']!.dataset;
    expect(a.values.length).toBeGreaterThan(1000);
  });
});
