/**
 * Actions of the briefing deck, presentation settings and analyst notes. The deck operations
 * themselves are pure (src/briefing/deck.ts); these only apply them to the app's store.
 */
import {
  appendSlide,
  captureSlide,
  moveSlide as moveInDeck,
  moveSlideTo as moveInDeckTo,
  removeSlide as removeFromDeck,
  restoreSlide as restoreInDeck,
  retitleSlide as retitleInDeck,
  setSlideNotes as setNotesInDeck,
  type RemovedSlide,
} from '../../briefing/deck';
import { TEXT_LIMIT } from '../../briefing/sanitize';
import { appStore } from '../store';
import type { PresentationTheme, Slide } from '../types';

function newSlideId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `slide-${random}`;
}

/** Add the current view (dataset, selection, parameters) to the end of the deck; returns the slide, or null when there is nothing to capture. */
export function addCurrentViewToDeck(title = ''): Slide | null {
  const state = appStore.getState();
  const slide = captureSlide(state, newSlideId(), Date.now(), title);
  if (!slide) return null;
  appStore.setState({ deck: appendSlide(state.deck, slide) });
  return slide;
}

/** Move a slide one or more places (−1 = earlier). */
export function moveSlide(id: string, delta: number): void {
  appStore.setState((state) => ({ deck: moveInDeck(state.deck, id, delta) }));
}

/** Move a slide to a position. */
export function moveSlideTo(id: string, index: number): void {
  appStore.setState((state) => ({ deck: moveInDeckTo(state.deck, id, index) }));
}

/** Retitle a slide (empty = the view's own title). */
export function retitleSlide(id: string, title: string): void {
  appStore.setState((state) => ({ deck: retitleInDeck(state.deck, id, title.slice(0, TEXT_LIMIT)) }));
}

/** Replace a slide's speaker notes. */
export function setSlideNotes(id: string, notes: string): void {
  appStore.setState((state) => ({ deck: setNotesInDeck(state.deck, id, notes.slice(0, TEXT_LIMIT)) }));
}

/** Remove a slide; returns what is needed to undo it. */
export function removeSlide(id: string): RemovedSlide | null {
  const { deck, removed } = removeFromDeck(appStore.getState().deck, id);
  appStore.setState({ deck });
  return removed;
}

/** Undo a removal. */
export function restoreSlide(removed: RemovedSlide): void {
  appStore.setState((state) => ({ deck: restoreInDeck(state.deck, removed) }));
}

/** Set the classification marking shown top and bottom of every slide (empty = none). */
export function setMarking(marking: string): void {
  appStore.setState((state) => ({ briefing: { ...state.briefing, marking: marking.slice(0, 200) } }));
}

/** Choose the projector theme. */
export function setPresentationTheme(theme: PresentationTheme): void {
  appStore.setState((state) => ({ briefing: { ...state.briefing, theme } }));
}

/** Write an analyst note (blank text removes it). */
export function setAnnotation(key: string, note: string): void {
  appStore.setState((state) => {
    const next = { ...state.annotations };
    if (note.trim() === '') delete next[key];
    else next[key] = note.slice(0, TEXT_LIMIT);
    return { annotations: next };
  });
}
