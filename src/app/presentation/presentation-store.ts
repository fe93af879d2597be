/**
 * Whether the deck is being presented, and which slide is up. Kept apart from the app store:
 * it is a moment of the session, never persisted nor part of a workspace.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { clampIndex, indexAfter, type DeckCommand } from '../../briefing/navigation';
import { appStore } from '../../store/store';

/** Presentation state. */
export interface PresentationState {
  /** True while presenting. */
  open: boolean;
  /** Index of the slide shown. */
  index: number;
}

/** The presentation store. */
export const presentationStore = createStore<PresentationState>()(() => ({ open: false, index: 0 }));

/** React: read the presentation state. */
export function usePresentation<T>(selector: (state: PresentationState) => T): T {
  return useStore(presentationStore, selector);
}

/**
 * Start presenting at `index`. Called from a click so that the browser grants full screen
 * (it requires a user gesture); where full screen is refused the overlay fills the viewport.
 */
export function startPresentation(index = 0): void {
  const count = appStore.getState().deck.length;
  if (count === 0) return;
  presentationStore.setState({ open: true, index: clampIndex(index, count) });
  const root = typeof document === 'undefined' ? null : document.documentElement;
  if (root && typeof root.requestFullscreen === 'function' && document.fullscreenEnabled && !document.fullscreenElement) {
    root.requestFullscreen().catch(() => {
      // Refused (no gesture, iframe, policy): the full-viewport overlay is shown anyway.
    });
  }
}

/** Leave presentation mode (and full screen). */
export function stopPresentation(): void {
  presentationStore.setState({ open: false });
  if (typeof document !== 'undefined' && document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => {
      // Already left (the user pressed Esc): nothing to do.
    });
  }
}

/** Apply a deck command (from a key, a clicker or the presenter window). */
export function applyDeckCommand(command: DeckCommand): void {
  if (command === 'exit') {
    stopPresentation();
    return;
  }
  const count = appStore.getState().deck.length;
  presentationStore.setState((state) => ({ index: indexAfter(command, state.index, count) }));
}

/** Show a given slide. */
export function showSlide(index: number): void {
  presentationStore.setState({ index: clampIndex(index, appStore.getState().deck.length) });
}
