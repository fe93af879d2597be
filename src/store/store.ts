/**
 * The one application store: a vanilla zustand store (testable without React) with a React
 * hook on top. Actions live in src/store/actions/*; derived data in src/store/selectors.ts.
 *
 * Components read the store through {@link useAppStore}, which reads the store of the nearest
 * {@link AppStoreProvider} — the app's store by default. A briefing slide renders a view inside
 * a provider holding the slide's own snapshot (dataset, selection, parameters), so the same view
 * components draw a live slide without touching the user's working state.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
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
    deck: [],
    briefing: { marking: '', theme: 'light' },
    annotations: {},
  };
}

/** Create a store (tests and slides create their own; the app uses {@link appStore}). */
export function createAppStore(state: Partial<AppState> = {}): StoreApi<AppState> {
  return createStore<AppState>()(() => ({ ...initialState(), ...state }));
}

/** The app's store. */
export const appStore: StoreApi<AppState> = createAppStore();

/** How a subtree is being shown: the working app, or a read-only slide. */
export interface StoreScope {
  /** The store the subtree reads. */
  store: StoreApi<AppState>;
  /** True on a briefing slide: views hide their controls. */
  readOnly: boolean;
}

const StoreScopeContext = createContext<StoreScope>({ store: appStore, readOnly: false });

/** Render `children` against another store (a slide's snapshot). */
export function AppStoreProvider({ store, readOnly = true, children }: { store: StoreApi<AppState>; readOnly?: boolean; children: ReactNode }) {
  return createElement(StoreScopeContext.Provider, { value: { store, readOnly } }, children);
}

/** Read a slice of the store in a component; re-renders only when the slice changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useContext(StoreScopeContext).store, selector);
}

/** The store of the subtree (to read the state of the moment in an event handler). */
export function useScopedStore(): StoreApi<AppState> {
  return useContext(StoreScopeContext).store;
}

/** True when the component is drawn on a read-only slide (hide selects, buttons, drawers). */
export function useReadOnly(): boolean {
  return useContext(StoreScopeContext).readOnly;
}
