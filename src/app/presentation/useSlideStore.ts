/**
 * The store a slide renders against: created from the slide's snapshot and the working state's
 * language, notes and settings, replaced only when one of those changes.
 */
import { useMemo } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { slideStoreState } from '../../briefing/deck';
import { createAppStore, useAppStore } from '../../store/store';
import type { AppState, Slide } from '../../store/types';

export function useSlideStore(slide: Slide): StoreApi<AppState> {
  const entry = useAppStore((state) => state.datasets[slide.datasetId]);
  const locale = useAppStore((state) => state.locale);
  const annotations = useAppStore((state) => state.annotations);
  const briefing = useAppStore((state) => state.briefing);
  return useMemo(
    () => createAppStore(slideStoreState(slide, { datasets: entry ? { [slide.datasetId]: entry } : {}, locale, annotations, briefing })),
    [slide, entry, locale, annotations, briefing],
  );
}
