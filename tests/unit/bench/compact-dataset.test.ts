/**
 * The embedded default dataset is composed at build time and shipped in compact JSON form; the
 * app must see exactly the dataset ingestFiles makes from the CSV files.
 */
import { describe, expect, it } from 'vitest';
import { compactDataset, expandDataset } from '../../../src/app/compact-dataset';
import { composeBuiltinDataset } from '../../../scripts/compose-builtin-dataset';
import { analyse } from '../../../src/engine';
import { DEFAULT_DATASET_DIR, loadDefaultDataset } from '../../fixtures/engine/default-dataset';
import { generateDataset } from '../../fixtures/engine/generate';
import type { Dataset } from '../../../src/model/dataset';

/** Through JSON text, as the bundle carries it. */
function roundTrip(dataset: Dataset): Dataset {
  return expandDataset(JSON.parse(JSON.stringify(compactDataset(dataset))));
}

describe('compact dataset', () => {
  it('gives back the default dataset exactly, typed arrays included', () => {
    const original = loadDefaultDataset();
    const back = roundTrip(original);
    expect(back).toEqual(original);
    for (const key of ['country', 'technology', 'indicator', 'year', 'value', 'text', 'unit', 'source', 'confidence', 'note', 'file', 'row'] as const) {
      expect(back.values[key].constructor).toBe(original.values[key].constructor);
    }
  });

  it('keeps numbers JSON cannot hold: NaN, ±Infinity and -0', () => {
    const dataset = generateDataset({ countries: 2, technologies: 1, indicators: 1, years: 4, seed: 3 });
    dataset.values.value.set([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0], 0);
    const back = roundTrip(dataset);
    expect(Array.from(back.values.value.subarray(0, 4))).toEqual([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0]);
    expect(Object.is(back.values.value[3], -0)).toBe(true);
    expect(back).toEqual(dataset);
  });

  it('refuses a format it does not know', () => {
    const compact = { ...compactDataset(loadDefaultDataset()), format: 999 };
    expect(() => expandDataset(compact)).toThrow(/format 999/);
  });

  it('the build-time module holds the default dataset, and analyses the same', () => {
    const { value, files } = composeBuiltinDataset(DEFAULT_DATASET_DIR);
    expect(files.map((file) => file.slice(file.lastIndexOf('/') + 1))).toEqual(['countries.csv', 'indicators.csv', 'sources.csv', 'technologies.csv', 'values.csv']);
    if (!value?.ok) throw new Error('the default dataset did not compose');
    const shipped = expandDataset(JSON.parse(JSON.stringify(value.compact)));
    const original = loadDefaultDataset();
    expect(shipped).toEqual(original);
    expect(analyse(shipped, { horizon: 7 })).toEqual(analyse(original, { horizon: 7 }));
  });

  it('a folder without CSV files gives no built-in dataset', () => {
    expect(composeBuiltinDataset('/nonexistent-folder').value).toBeNull();
  });
});
