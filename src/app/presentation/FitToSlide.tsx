/**
 * Shrinks a view that is taller than the slide body until it fits (down to MIN_FIT), widening
 * it in proportion so that text re-wraps rather than merely getting smaller. Used where the
 * slide cannot scroll — thumbnails, print and the HTML export; on the projector the body
 * scrolls instead, so that text stays at full size.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Smallest shrink applied; below it the view is cut off rather than made illegible. */
const MIN_FIT = 0.55;
/** Each re-wrap is measured again; a few steps settle it, and it never loops for ever. */
const MAX_STEPS = 8;

export function FitToSlide({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);

  useEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!enabled || !box || !content || typeof ResizeObserver === 'undefined') return;
    let steps = 0;
    const observer = new ResizeObserver(() => {
      const available = box.clientHeight;
      const height = content.offsetHeight; // layout height: transforms do not change it
      if (!(available > 0) || !(height > 0) || steps >= MAX_STEPS) return;
      setScale((previous) => {
        // Drawn height is height · previous. Only ever shrink: a wider layout is never taller,
        // so the scale that fits now still fits after the re-wrap (with a little room to spare).
        if (height * previous <= available + 1) return previous;
        steps += 1;
        return Math.max(MIN_FIT, Math.min(previous, available / height));
      });
    });
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [enabled]);

  const applied = enabled ? scale : 1;
  return (
    <div ref={outer} className="slide-fit">
      <div
        ref={inner}
        className="slide-fit-content"
        style={applied < 1 ? { width: `${100 / applied}%`, transform: `scale(${applied})`, transformOrigin: '0 0' } : undefined}
      >
        {children}
      </div>
    </div>
  );
}
