/**
 * The HTML deck from what is on screen: every rendered slide's markup (from the print deck,
 * where each slide is laid out at its logical size) and every stylesheet the app has loaded.
 */
import { buildHtmlDeck } from '../../briefing/html-deck';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../briefing/slide-size';

/** Text of every same-origin stylesheet of the document (the app's own CSS). */
export function documentCss(doc: Document): string {
  const parts: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    try {
      parts.push(Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
    } catch {
      // A stylesheet of another origin cannot be read (and the app has none).
    }
  }
  return parts.join('\n');
}

/** The deck as one self-contained HTML file, from the slides rendered in `root`. */
export function htmlDeckFromDom(root: ParentNode, doc: Document, options: { title: string; lang: string; help: string }): string {
  const canvases = Array.from(root.querySelectorAll<HTMLElement>('[data-slide-canvas]'));
  const slides = canvases.map((canvas) => ({
    title: canvas.querySelector('[data-testid="slide-title"]')?.textContent ?? '',
    html: canvas.outerHTML,
  }));
  return buildHtmlDeck({ ...options, css: documentCss(doc), slides, width: SLIDE_WIDTH, height: SLIDE_HEIGHT });
}
