/**
 * Message tables load with the code that shows them: the shell's tables with the entry
 * (src/i18n/index.ts), every other area with the views that use it (src/i18n/register/*).
 * These tests read the source (message-usage.ts) and check that each piece of the app that can
 * load on its own — the entry, each view (also rendered alone by the component tests) and each
 * module loaded on demand — registers every area whose keys it names; and that a key whose table
 * is not registered shows the key instead of failing.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { translate, translator, registerMessages, type MessageKey } from '../../../src/i18n';
import { VIEW_IDS } from '../../../src/store/view-ids';
import { readSourceGraph, registeredIn, staticClosure, unregisteredUses } from './message-usage';

const graph = readSourceGraph(fileURLToPath(new URL('../../../src/', import.meta.url)));
const ENTRY = 'main.tsx';
const viewRoot = (id: string) => `views/${id}/index.tsx`;

describe('message areas are registered by what loads them', () => {
  const entry = staticClosure(graph, ENTRY);
  const shellAreas = registeredIn(graph, entry);

  test('the analysis sees the app: the entry uses the shell strings, each view its own area', () => {
    expect(entry.has('app/App.tsx')).toBe(true);
    expect(shellAreas).toContain('common');
    expect(graph.modules.get('app/Navigation.tsx')?.uses.has('common')).toBe(true);
    expect(graph.modules.get('views/table/index.tsx')?.uses.has('table')).toBe(true);
    expect(graph.areas.get('method')?.has('method.title')).toBe(true);
  });

  test('the entry registers every area the shell names', () => {
    expect(unregisteredUses(graph, entry)).toEqual([]);
  });

  test.each(VIEW_IDS.map((id) => [id]))('the %s view registers every area it names (also when rendered alone)', (id) => {
    const root = viewRoot(id);
    expect(graph.modules.has(root)).toBe(true);
    expect(unregisteredUses(graph, staticClosure(graph, root))).toEqual([]);
  });

  test('every module loaded on demand finds its areas registered (by itself or the entry)', () => {
    const roots = new Set([...graph.modules.values()].flatMap((info) => info.dynamics));
    expect(roots.size).toBeGreaterThan(VIEW_IDS.length);
    const missing = [...roots].flatMap((root) => unregisteredUses(graph, staticClosure(graph, root), shellAreas));
    expect(missing).toEqual([]);
  });

  test('every area table is registered by the entry or by some view', () => {
    const registered = new Set([...shellAreas, ...VIEW_IDS.flatMap((id) => [...registeredIn(graph, staticClosure(graph, viewRoot(id)))])]);
    expect([...graph.areas.keys()].filter((area) => !registered.has(area))).toEqual([]);
  });

  test('only the shell areas are in the entry: view-only areas stay out of the first visit', () => {
    for (const area of ['briefing', 'data', 'method', 'table', 'matrix', 'ranking', 'quadrant', 'runway', 'trends', 'profile', 'coalition']) {
      expect(shellAreas.has(area), area).toBe(false);
    }
  });
});

describe('translate with registered and unregistered tables', () => {
  test('a key without a registered table comes back as the key, parameters and all', () => {
    const key = 'perf2.unregistered.key' as MessageKey;
    expect(translate('en', key)).toBe('perf2.unregistered.key');
    expect(translator('ja')(key, { n: 3 })).toBe('perf2.unregistered.key');
  });

  test('registering a table makes its strings available in both languages', () => {
    const key = 'perf2.registered.key' as MessageKey;
    registerMessages({ 'perf2.registered.key': { en: '{n} rows', ja: '{n} 行' } });
    expect(translate('en', key, { n: 3 })).toBe('3 rows');
    expect(translate('ja', key, { n: 3 })).toBe('3 行');
  });
});
