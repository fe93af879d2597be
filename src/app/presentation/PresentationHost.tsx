/**
 * Always mounted in the app: shows presentation mode while it is on, and keeps the presenter
 * window informed (which slide is up) and obeyed (its next/previous buttons).
 */
import { lazy, Suspense, useEffect } from 'react';
import { appStore } from '../../store/store';
import { clampIndex } from '../../briefing/navigation';
import { openPresentationChannel } from './channel';
import { applyDeckCommand, presentationStore, usePresentation } from './presentation-store';

// The overlay (slide canvas, footer, deck helpers) loads when a presentation starts, not with
// the first visit; starting is a click, so full screen is requested before it arrives.
const PresentationOverlay = lazy(() => import('./presentation-parts').then((module) => ({ default: module.PresentationOverlay })));

export function PresentationHost() {
  const open = usePresentation((state) => state.open);

  useEffect(() => {
    const channel = openPresentationChannel((message) => {
      if (message.type === 'hello') channel?.post({ type: 'state', ...presentationStore.getState() });
      else if (message.type === 'command' && presentationStore.getState().open) applyDeckCommand(message.command);
    });
    const unsubscribe = presentationStore.subscribe((state) => channel?.post({ type: 'state', open: state.open, index: state.index }));
    // A slide deleted while presenting: stay on a slide that exists.
    const unsubscribeDeck = appStore.subscribe((state, previous) => {
      if (state.deck === previous.deck) return;
      const { index, open: presenting } = presentationStore.getState();
      if (state.deck.length === 0 && presenting) presentationStore.setState({ open: false });
      else if (clampIndex(index, state.deck.length) !== index) presentationStore.setState({ index: clampIndex(index, state.deck.length) });
    });
    return () => {
      unsubscribe();
      unsubscribeDeck();
      channel?.close();
    };
  }, []);

  return open ? (
    <Suspense fallback={null}>
      <PresentationOverlay />
    </Suspense>
  ) : null;
}
