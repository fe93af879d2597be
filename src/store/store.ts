/**
 * The one application store: a vanilla zustand store (testable without React) with a React
 * hook on top. Actions live in src/store/actions/*; derived data in src/store/selectors.ts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { defaultParameters } from '../model/parameters';
import type { AppState } from './types';

/** State of a fresh workspace. */
export function initialState(): AppState {
  return {
    datasets: {},
    datasetOrder: [],
    activeDatasetId: null,
    loadProgress: null,
    loadReport: null,
    storage: { state: 'ok' },
    view: 'overview',
    technology: null,
    indicator: null,
    focusRival: null,
    partners: [],
    locale: 'ja',
    parameters: defaultParameters(),
  };
}

/** Create a store (tests create their own; the app uses {@link appStore}). */
export function createAppStore(state: Partial<AppState> = {}): StoreApi<AppState> {
  return createStore<AppState>()(() => ({ ...initialState(), ...state }));
}

/** The app's store. */
export const appStore: StoreApi<AppState> = createAppStore();

/** Read a slice of the app store in a component; re-renders only when the slice changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
