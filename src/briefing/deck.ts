/**
 * The briefing deck as plain data: capture a view as a slide, reorder, retitle, annotate and
 * remove slides, and turn a slide back into the store state it was captured from. Pure
 * functions (no React, no DOM, no store): every operation returns a new deck.
 */
import type { AppState, Slide } from '../store/types';

/** A slide taken out of the deck, with where it was (so the removal can be undone). */
export interface RemovedSlide {
  /** The slide as it was. */
  slide: Slide;
  /** Its index before removal. */
  index: number;
}

/** Views that cannot become slides (the deck itself). */
const NOT_CAPTURABLE = new Set<string>(['briefing']);

/**
 * Freeze the current view, dataset, selection and parameters as a slide. Null when there is
 * nothing to show (no active dataset, or the view is the briefing itself).
 *
 * `parameters` and `partners` are shared, not copied: the store replaces them on every change
 * and never mutates them, and sharing keeps the memoised analysis of the working state valid
 * for the slide.
 */
export function captureSlide(state: AppState, id: string, now: number, title = ''): Slide | null {
  if (!state.activeDatasetId || !state.datasets[state.activeDatasetId]) return null;
  if (NOT_CAPTURABLE.has(state.view)) return null;
  return {
    id,
    view: state.view,
    title,
    notes: '',
    datasetId: state.activeDatasetId,
    selection: {
      technology: state.technology,
      indicator: state.indicator,
      focusRival: state.focusRival,
      partners: state.partners,
    },
    parameters: state.parameters,
    createdAt: now,
  };
}

/** Append a slide. */
export function appendSlide(deck: readonly Slide[], slide: Slide): Slide[] {
  return [...deck, slide];
}

/** Move a slide to `index` (clamped to the deck); unknown ids leave the deck as it was. */
export function moveSlideTo(deck: readonly Slide[], id: string, index: number): Slide[] {
  const from = deck.findIndex((slide) => slide.id === id);
  if (from < 0) return [...deck];
  const to = Math.max(0, Math.min(deck.length - 1, Math.trunc(index)));
  if (to === from) return [...deck];
  const next = [...deck];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** Move a slide `delta` places (−1 = earlier, +1 = later). */
export function moveSlide(deck: readonly Slide[], id: string, delta: number): Slide[] {
  const from = deck.findIndex((slide) => slide.id === id);
  return from < 0 ? [...deck] : moveSlideTo(deck, id, from + delta);
}

function updateSlide(deck: readonly Slide[], id: string, changes: Partial<Pick<Slide, 'title' | 'notes'>>): Slide[] {
  return deck.map((slide) => (slide.id === id ? { ...slide, ...changes } : slide));
}

/** Give a slide a title (empty = the view's own title). */
export function retitleSlide(deck: readonly Slide[], id: string, title: string): Slide[] {
  return updateSlide(deck, id, { title });
}

/** Replace a slide's speaker notes. */
export function setSlideNotes(deck: readonly Slide[], id: string, notes: string): Slide[] {
  return updateSlide(deck, id, { notes });
}

/** Remove a slide; `removed` says what and where, for an undo. */
export function removeSlide(deck: readonly Slide[], id: string): { deck: Slide[]; removed: RemovedSlide | null } {
  const index = deck.findIndex((slide) => slide.id === id);
  if (index < 0) return { deck: [...deck], removed: null };
  return { deck: deck.filter((slide) => slide.id !== id), removed: { slide: deck[index]!, index } };
}

/** Put a removed slide back where it was (or at the end when the deck got shorter). */
export function restoreSlide(deck: readonly Slide[], removed: RemovedSlide): Slide[] {
  if (deck.some((slide) => slide.id === removed.slide.id)) return [...deck];
  const next = [...deck];
  next.splice(Math.min(removed.index, next.length), 0, removed.slide);
  return next;
}

/** What a slide needs from the working state besides its own snapshot. */
export type SlideContext = Pick<AppState, 'datasets' | 'locale' | 'annotations' | 'briefing'>;

/**
 * The store state a slide renders against: its dataset (only that one), its view, selection and
 * parameters, with the current language and notes (a slide is re-read in the language the room
 * is briefed in, and shows the latest analyst notes). When its dataset was deleted the slide
 * keeps its place and shows that instead of failing.
 */
export function slideStoreState(slide: Slide, context: SlideContext): Partial<AppState> {
  const entry = context.datasets[slide.datasetId];
  return {
    datasets: entry ? { [slide.datasetId]: entry } : {},
    datasetOrder: entry ? [slide.datasetId] : [],
    activeDatasetId: entry ? slide.datasetId : null,
    view: slide.view,
    technology: slide.selection.technology,
    indicator: slide.selection.indicator,
    focusRival: slide.selection.focusRival,
    partners: slide.selection.partners,
    parameters: slide.parameters,
    locale: context.locale,
    annotations: context.annotations,
    briefing: context.briefing,
    deck: [],
  };
}
