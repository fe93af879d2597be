/**
 * The self-contained HTML deck: one file holding every slide as static HTML/SVG, the app's CSS
 * and a few lines of script for ←/→ navigation. A Content-Security-Policy forbids every
 * request, so the file opens offline and never reaches the network even if a stray URL slipped
 * into the CSS or the markup.
 */

/** One slide of the exported deck. */
export interface HtmlDeckSlide {
  /** Title (for the page title and screen readers). */
  title: string;
  /** The slide's rendered markup (static: no React, no event handlers). */
  html: string;
}

/** What the exported file holds. */
export interface HtmlDeckInput {
  /** Document title. */
  title: string;
  /** Language of the document (`ja`, `en`). */
  lang: string;
  /** CSS text of the app (every stylesheet the slides use). */
  css: string;
  /** Slides in order. */
  slides: HtmlDeckSlide[];
  /** Logical slide size in CSS pixels; the script scales it to the window. */
  width: number;
  height: number;
  /** Label of the keyboard help line (shown until the first key). */
  help: string;
}

/** Escape text for HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/**
 * CSS with every url() that is not a data: URL neutralised (a font or image the file cannot
 * carry would otherwise be a request), and @import rules removed for the same reason.
 */
export function offlineCss(css: string): string {
  return css
    .replace(/@import[^;]*;/g, '')
    .replace(/url\(\s*(['"]?)(?!data:)[^)'"]*\1\s*\)/gi, 'none');
}

/**
 * Markup made safe to freeze: scripts, inline event handlers, external src/href and
 * srcset removed (the live app never writes them, but a hand-edited dataset name could hold
 * text that looks like markup, and the export must not become a way to run it).
 */
export function staticMarkup(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\s+(src|href|srcset|xlink:href)\s*=\s*("(?!data:|#)[^"]*"|'(?!data:|#)[^']*')/gi, '');
}

const SCRIPT = `
(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll('.deck-slide'));
  var index = 0;
  var counter = document.getElementById('deck-counter');
  function show(next) {
    index = Math.max(0, Math.min(slides.length - 1, next));
    slides.forEach(function (slide, i) { slide.hidden = i !== index; });
    counter.textContent = (index + 1) + ' / ' + slides.length;
    document.title = slides[index].getAttribute('data-title') + ' — ' + document.body.getAttribute('data-title');
  }
  function fit() {
    var w = Number(document.body.getAttribute('data-width'));
    var h = Number(document.body.getAttribute('data-height'));
    var scale = Math.min(window.innerWidth / w, (window.innerHeight - 28) / h);
    document.documentElement.style.setProperty('--deck-scale', String(scale));
  }
  document.addEventListener('keydown', function (event) {
    var k = event.key;
    if (k === 'ArrowRight' || k === 'PageDown' || k === ' ' || k === 'ArrowDown') show(index + 1);
    else if (k === 'ArrowLeft' || k === 'PageUp' || k === 'ArrowUp') show(index - 1);
    else if (k === 'Home') show(0);
    else if (k === 'End') show(slides.length - 1);
    else return;
    event.preventDefault();
  });
  document.addEventListener('click', function (event) {
    show(event.clientX < window.innerWidth / 3 ? index - 1 : index + 1);
  });
  window.addEventListener('resize', fit);
  fit();
  show(0);
})();
`;

const SHELL_CSS = `
html, body { margin: 0; height: 100%; overflow: hidden; background: #000; }
.deck-stage { position: fixed; inset: 0 0 28px 0; display: flex; align-items: center; justify-content: center; }
.deck-slide { width: calc(var(--deck-w) * 1px); height: calc(var(--deck-h) * 1px); flex: none; transform: scale(var(--deck-scale, 1)); transform-origin: center center; }
.deck-slide[hidden] { display: none; }
.deck-bar { position: fixed; left: 0; right: 0; bottom: 0; height: 28px; display: flex; justify-content: space-between; align-items: center; padding: 0 12px; color: #ddd; font: 14px system-ui, sans-serif; }
@media print {
  html, body { overflow: visible; background: none; height: auto; }
  .deck-stage { position: static; display: block; }
  .deck-slide, .deck-slide[hidden] { display: block; transform: none; break-after: page; }
  .deck-bar { display: none; }
}
`;

/** The complete HTML file. */
export function buildHtmlDeck(input: HtmlDeckInput): string {
  const slides = input.slides
    .map(
      (slide, index) =>
        `<section class="deck-slide" data-title="${escapeHtml(slide.title)}" aria-label="${escapeHtml(`${index + 1}. ${slide.title}`)}"${index === 0 ? '' : ' hidden'}>${staticMarkup(slide.html)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>
${offlineCss(input.css)}
</style>
<style>
:root { --deck-w: ${input.width}; --deck-h: ${input.height}; }
${SHELL_CSS}
</style>
</head>
<body data-title="${escapeHtml(input.title)}" data-width="${input.width}" data-height="${input.height}">
<main class="deck-stage">
${slides}
</main>
<div class="deck-bar"><span>${escapeHtml(input.help)}</span><span id="deck-counter" aria-live="polite"></span></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
