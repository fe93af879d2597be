/**
 * Whether an element is on screen or near it, for rendering only the parts of a long view the
 * reader can see (an IntersectionObserver with a generous margin, so content is ready before it
 * scrolls in). Disabled, without IntersectionObserver (jsdom) or while printing → always true:
 * small views, tests and printouts get every part.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How far outside the viewport a part is still rendered. */
const MARGIN = '1200px 0px';

/** `near`, and the element's height when it last left the viewport's neighbourhood (for a placeholder of that size). */
export interface NearViewport {
  near: boolean;
  lastHeight: number | null;
}

export function useNearViewport(ref: RefObject<Element | null>, enabled: boolean): NearViewport {
  const [state, setState] = useState<NearViewport>({ near: false, lastHeight: null });
  const [printing, setPrinting] = useState(false);
  const observable = enabled && typeof IntersectionObserver !== 'undefined';
  useEffect(() => {
    const element = ref.current;
    if (!observable || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        setState((previous) =>
          previous.near === entry.isIntersecting
            ? previous
            : { near: entry.isIntersecting, lastHeight: entry.isIntersecting ? previous.lastHeight : entry.boundingClientRect.height },
        );
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [ref, observable]);
  return { near: !observable || state.near || printing, lastHeight: state.lastHeight };
}
