import { describe, expect, test } from 'vitest';
import { defaultParameters } from '../../../src/model/parameters';
import { parseSettings, readSettings, SETTINGS_KEY, writeSettings, type PersistedSettings } from '../../../src/store/persistence/settings';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

const settings: PersistedSettings = {
  locale: 'en',
  activeDatasetId: 'user-1',
  view: 'matrix',
  technology: 'ai',
  indicator: null,
  focusRival: 'CHN',
  partners: ['AUS'],
  parameters: { ...defaultParameters(), horizon: 12, weights: { x: 2 } },
};

describe('settings persistence', () => {
  test('round-trips through storage', () => {
    const storage = memoryStorage();
    expect(writeSettings(storage, settings)).toBeNull();
    expect(readSettings(storage)).toEqual(settings);
  });

  test('drops fields of the wrong type, keeps the rest', () => {
    const parsed = parseSettings(
      JSON.stringify({ locale: 'fr', view: 'matrix', parameters: { horizon: 'ten', saturation: 4, weights: { a: 1, b: 'x' }, side: [] } }),
    );
    expect(parsed.locale).toBeUndefined();
    expect(parsed.view).toBe('matrix');
    expect(parsed.parameters).toEqual({ ...defaultParameters(), saturation: 4, weights: { a: 1 } });
  });

  test('survives garbage and missing storage', () => {
    expect(parseSettings('{not json')).toEqual({});
    expect(parseSettings('[1,2]')).toEqual({});
    expect(readSettings(undefined)).toEqual({});
  });

  test('reports a storage that refuses to write (quota, private mode)', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    expect(writeSettings(storage, settings)).toMatch(/quota/i);
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
  });
});
