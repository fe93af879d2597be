/**
 * Put the app store in a known state for a component test (the store is a module singleton;
 * tests/component/setup.ts resets it after each test).
 */
import type { Dataset } from '../../../src/model/dataset';
import { defaultParameters, type Parameters } from '../../../src/model/parameters';
import { appStore, initialState } from '../../../src/store/store';
import type { AppState } from '../../../src/store/types';

/** What a test may set. */
export interface SeedOptions extends Partial<Omit<AppState, 'parameters'>> {
  /** The active dataset. */
  dataset?: Dataset;
  /** Parameter changes over the defaults. */
  parameters?: Partial<Parameters>;
}

/** Reset the store, then apply `options` (locale defaults to English for readable assertions). */
export function seedAppState(options: SeedOptions = {}): void {
  const { dataset, parameters, ...rest } = options;
  appStore.setState(
    {
      ...initialState(),
      locale: 'en',
      ...(dataset
        ? { datasets: { [dataset.id]: { dataset, files: [] } }, datasetOrder: [dataset.id], activeDatasetId: dataset.id }
        : {}),
      parameters: { ...defaultParameters(), ...parameters },
      ...rest,
    },
    true,
  );
}

/** Reset the store to a fresh workspace. */
export function resetAppState(): void {
  appStore.setState(initialState(), true);
}
