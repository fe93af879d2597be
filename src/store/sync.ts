/**
 * Keeps the store, localStorage and the URL in step: every change is remembered for the next
 * visit and mirrored in a bookmarkable hash; editing the hash (or Back/Forward) drives the store.
 */
import { defaultParameters } from '../model/parameters';
import { appStore } from './store';
import type { AppState } from './types';
import { formatUrlHash, parseUrlState, type UrlState } from './url-state';
import { writeSettings, type PersistedSettings } from './persistence/settings';

/** What of `state` is remembered in localStorage (also written by a workspace import). */
export function settingsOf(state: AppState): PersistedSettings {
  return {
    locale: state.locale,
    activeDatasetId: state.activeDatasetId,
    view: state.view,
    technology: state.technology,
    indicator: state.indicator,
    focusRival: state.focusRival,
    partners: state.partners,
    parameters: state.parameters,
    deck: state.deck,
    briefing: state.briefing,
    annotations: state.annotations,
  };
}

/** The hash that reproduces the current state. */
export function hashOf(state: AppState): string {
  return formatUrlHash({ ...settingsOf(state), datasetId: state.activeDatasetId });
}

/**
 * The store changes a URL asks for. A hash with a query describes the whole selection (values
 * left out are defaults); a URL without one changes only what it names.
 */
export function stateFromUrl(url: UrlState, hasQuery: boolean, current: AppState): Partial<AppState> {
  const next: Partial<AppState> = {};
  if (url.view) next.view = url.view;
  if (url.locale) next.locale = url.locale;
  if (url.datasetId && current.datasets[url.datasetId]) next.activeDatasetId = url.datasetId;
  if (hasQuery) {
    next.technology = url.technology ?? null;
    next.indicator = url.indicator ?? null;
    next.focusRival = url.focusRival ?? null;
    next.partners = url.partners ?? [];
    next.parameters = { ...defaultParameters(), ...url.parameters };
  }
  return next;
}

/** Whether the hash carries a full selection. */
export function hashHasQuery(hash: string): boolean {
  return hash.includes('?');
}

let stopSync: (() => void) | null = null;

/** The page's localStorage, or undefined where reading it throws (blocked storage, some file:// policies). */
export function localStorageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

/** Start mirroring the store into localStorage and the URL. Idempotent. */
export function startSync(win: Window): () => void {
  stopSync?.();
  let written = win.location.hash;
  const unsubscribe = appStore.subscribe((state, previous) => {
    if (state.storage.state === 'ok' || state.storage.state === 'failed') {
      const error = writeSettings(localStorageOf(win), settingsOf(state));
      if (error && state.storage.state === 'ok') appStore.setState({ storage: { state: 'failed', reason: error } });
    }
    const hash = hashOf(state);
    if (hash !== win.location.hash) {
      written = hash;
      // A new view is a step Back can undo; parameter tweaks are not.
      if (state.view !== previous.view) win.history.pushState(null, '', hash);
      else win.history.replaceState(null, '', hash);
    }
  });
  const onUrlChange = () => {
    if (win.location.hash === written) return;
    written = win.location.hash;
    const url = parseUrlState(win.location.search, win.location.hash);
    appStore.setState(stateFromUrl(url, hashHasQuery(win.location.hash), appStore.getState()));
  };
  win.addEventListener('hashchange', onUrlChange);
  win.addEventListener('popstate', onUrlChange);
  stopSync = () => {
    unsubscribe();
    win.removeEventListener('hashchange', onUrlChange);
    win.removeEventListener('popstate', onUrlChange);
    stopSync = null;
  };
  return stopSync;
}
