import { describe, expect, test } from 'vitest';
import { countryValueAt } from '../../../src/engine';
import { buildDataset, row } from '../../fixtures/engine/build-dataset';

const dataset = buildDataset({
  indicators: [{ id: 'budget', kind: 'quantity' }, { id: 'principles', kind: 'text', weight: 0 }, { id: 'milex', kind: 'quantity', scope: 'country' }],
  rows: [
    row('JPN', 'ai', 'budget', 2018, 1),
    row('JPN', 'ai', 'budget', 2020, 2),
    row('JPN', 'ai', 'budget', 2023, 4),
    row('CHN', 'ai', 'budget', 2019, null),
    row('CHN', 'ai', 'principles', 2022, 'Civil-military fusion'),
    row('JPN', null, 'milex', 2022, 50),
  ],
});

describe('countryValueAt', () => {
  test.each([
    // year, staleness → status, year used, value
    [2023, 3, 'present', 2023, 4],
    [2022, 3, 'stale', 2020, 2],
    [2022, 1, 'missing', null, null],
    [2019, 3, 'stale', 2018, 1],
    [2017, 3, 'missing', null, null],
  ] as const)('JPN budget at %i with staleness %i is %s', (year, staleness, status, used, value) => {
    expect(countryValueAt(dataset, 'JPN', 'ai', 'budget', year, staleness)).toMatchObject({ status, year: used, value });
  });

  test('a blank cell is not a value', () => {
    expect(countryValueAt(dataset, 'CHN', 'ai', 'budget', 2019, 3).status).toBe('missing');
  });

  test('text cells and country-scope values are found', () => {
    expect(countryValueAt(dataset, 'CHN', 'ai', 'principles', 2024, 3)).toMatchObject({ status: 'stale', text: 'Civil-military fusion', value: null });
    expect(countryValueAt(dataset, 'JPN', null, 'milex', 2022, 0)).toMatchObject({ status: 'present', value: 50 });
  });
});
