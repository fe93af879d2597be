/**
 * A slide drawn at its logical size and scaled as a whole into a box of `scale` times that size
 * (a transform: charts measure their logical size, so they lay out exactly as on the projector).
 */
import type { CSSProperties } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../briefing/slide-size';
import type { Slide } from '../../store/types';
import { SlideCanvas } from './SlideCanvas';

interface Props {
  slide: Slide;
  number: number;
  total: number;
  scale: number;
  className?: string;
  /** Shrink a view taller than the slide to fit (see SlideCanvas). */
  fit?: boolean;
}

export function ScaledSlide({ slide, number, total, scale, className, fit = true }: Props) {
  const style = {
    '--slide-scale': scale,
    width: SLIDE_WIDTH * scale,
    height: SLIDE_HEIGHT * scale,
  } as CSSProperties;
  return (
    <div className={`slide-frame ${className ?? ''}`} style={style}>
      <div className="slide-scaler">
        <SlideCanvas slide={slide} number={number} total={total} fit={fit} />
      </div>
    </div>
  );
}
