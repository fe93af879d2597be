/**
 * The width of an element, kept up to date while it is resized. recharts charts get a fixed
 * width from it (jsdom and the first render have no layout: `fallback` is used until measured).
 */
import { useLayoutEffect, useRef, useState } from 'react';

/** A ref to attach and the element's current content width in px. */
export function useElementWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = element.clientWidth;
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
