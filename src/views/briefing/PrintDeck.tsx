/**
 * Every slide at page size, for printing (one 16 in × 9 in page per slide) and for the HTML
 * export. Rendered beside the app root, off screen until printed: laid out all the time, so
 * charts have measured themselves before the browser's print snapshot (which runs no script).
 */
import { createPortal } from 'react-dom';
import { ScaledSlide } from '../../app/presentation/ScaledSlide';
import type { Slide } from '../../store/types';

/** 16 in = 1536 CSS px; the slide is 1200 px wide. */
export const PRINT_SCALE = 1536 / 1200;

export function PrintDeck({ deck }: { deck: Slide[] }) {
  return createPortal(
    <div className="briefing-print-deck" aria-hidden="true" inert data-testid="print-deck">
      {deck.map((slide, index) => (
        <ScaledSlide key={slide.id} slide={slide} number={index + 1} total={deck.length} scale={PRINT_SCALE} className="print-page" />
      ))}
    </div>,
    document.body,
  );
}
