/**
 * A chart's SVG as a standalone file: it must look the same when opened on its own (a browser,
 * Illustrator, PowerPoint, an <img> on a canvas), so nothing may depend on the page it came from.
 *
 * - Styles that come from the page's stylesheets (fills, strokes, font sizes…) are copied from
 *   the computed style into each element's `style` attribute; classes, ids of the app's focus
 *   handling, event and ARIA attributes are dropped.
 * - Text uses the system font stack with Japanese faces (no web font, no request).
 * - Nothing external: `<script>`, `<foreignObject>`, `<style>` and links to other documents are
 *   removed; `url(…)` paint references keep only in-file fragments (`url(#hatch)`).
 * - The file carries xmlns, width/height/viewBox, a <title> and the title as visible text
 *   above the chart (a slide or a report reads it without the app around it).
 *
 * Two steps, both without layout: {@link exportableSvgTree} cleans a DOM tree (the browser
 * supplies computed styles), {@link standaloneSvg} assembles the file from serialised pieces.
 */

/** Fonts of exported charts: the system stack, with Japanese faces for every platform. */
export const EXPORT_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', 'Yu Gothic', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', 'IPAexGothic', sans-serif";

/** Height of the band above the chart holding the visible title, CSS px. */
export const TITLE_BAND = 36;

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Properties copied from the computed style: the ones that change how SVG is painted. */
export const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'text-decoration',
  'visibility',
  'paint-order',
  'shape-rendering',
] as const;

/** What {@link exportableSvgTree} reads of an element's computed style. */
export interface StyleSource {
  getPropertyValue(property: string): string;
}

/** Elements that never belong in a standalone file (code, HTML, external styles). */
const DROPPED_ELEMENTS = new Set(['script', 'foreignobject', 'style', 'link', 'iframe', 'audio', 'video', 'canvas']);
/** Elements whose `href` must point inside the file or be data. */
const LINKING_ELEMENTS = new Set(['image', 'use', 'feimage']);

function isDroppedAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('on') ||
    lower.startsWith('aria-') ||
    lower.startsWith('data-') ||
    lower === 'class' ||
    lower === 'style' ||
    lower === 'tabindex' ||
    lower === 'role' ||
    lower === 'focusable' ||
    lower === 'font-family'
  );
}

function isLocalReference(href: string): boolean {
  return href.startsWith('#') || /^data:image\/(png|jpeg|gif|webp);/i.test(href);
}

/**
 * Rewrite `url(…)` references so that only in-file fragments remain: `url("http://x/a#p")` and
 * `url(#p)` become `url(#p)` when the file defines `p`; anything else becomes `none`.
 */
export function localPaint(value: string, ids: ReadonlySet<string>): string {
  return value.replace(/url\(\s*(['"]?)(.*?)\1\s*\)/g, (_match, _quote: string, target: string) => {
    const hash = target.lastIndexOf('#');
    const id = hash >= 0 ? target.slice(hash + 1) : '';
    return id && ids.has(id) ? `url(#${id})` : 'none';
  });
}

function hrefOf(element: Element): string | null {
  return element.getAttribute('href') ?? element.getAttributeNS(XLINK_NS, 'href') ?? element.getAttribute('xlink:href');
}

/**
 * A cleaned deep copy of `source`, ready to serialise as part of a standalone file. `styleOf`
 * gives an element's computed style (the browser's getComputedStyle); without it, only the
 * element's own presentation attributes are kept. Elements the page hides (`display: none`)
 * are left out.
 */
export function exportableSvgTree(source: Element, styleOf?: (element: Element) => StyleSource | null): Element {
  const ids = new Set<string>();
  for (const element of [source, ...Array.from(source.querySelectorAll('[id]'))]) {
    const id = element.getAttribute('id');
    if (id) ids.add(id);
  }
  const copy = (from: Element): Element | null => {
    const name = from.localName.toLowerCase();
    if (DROPPED_ELEMENTS.has(name)) return null;
    const style = styleOf?.(from) ?? null;
    if (style && style.getPropertyValue('display') === 'none') return null;
    const href = hrefOf(from);
    if (LINKING_ELEMENTS.has(name) && href !== null && !isLocalReference(href)) return null;

    const to = from.ownerDocument.createElementNS(SVG_NS, from.localName);
    for (const attribute of Array.from(from.attributes)) {
      if (isDroppedAttribute(attribute.name)) continue;
      if (attribute.localName === 'href') {
        if (isLocalReference(attribute.value)) to.setAttribute('href', attribute.value);
        continue;
      }
      if (attribute.name.startsWith('xmlns')) continue;
      to.setAttribute(attribute.name, attribute.value.includes('url(') ? localPaint(attribute.value, ids) : attribute.value);
    }
    if (style) {
      const declarations: string[] = [];
      for (const property of PAINT_PROPERTIES) {
        const value = style.getPropertyValue(property).trim();
        if (value) declarations.push(`${property}:${value.includes('url(') ? localPaint(value, ids) : value}`);
      }
      if (declarations.length > 0) to.setAttribute('style', declarations.join(';'));
    }
    for (const child of Array.from(from.childNodes)) {
      if (child.nodeType === 1) {
        const element = copy(child as Element);
        if (element) to.appendChild(element);
      } else if (child.nodeType === 3) {
        to.appendChild(from.ownerDocument.createTextNode(child.textContent ?? ''));
      }
    }
    return to;
  };
  const root = copy(source);
  if (!root) throw new Error('the chart has nothing to export');
  return root;
}

/** One serialised SVG placed in the file, at (x, y) of the chart area, CSS px. */
export interface SvgPiece {
  /** Markup of one `<svg>` element (serialised by XMLSerializer, with its own width/height). */
  markup: string;
  /** Left edge within the chart area. */
  x: number;
  /** Top edge within the chart area. */
  y: number;
  /** Width, CSS px. */
  width: number;
  /** Height, CSS px. */
  height: number;
}

/** What {@link standaloneSvg} produces. */
export interface StandaloneSvg {
  /** The file's text. */
  text: string;
  /** Width of the file, CSS px. */
  width: number;
  /** Height of the file (title band included), CSS px. */
  height: number;
}

/** Text escaped for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The standalone SVG file: a white background, the title (as <title> and as visible text in a
 * band of {@link TITLE_BAND} px), then each piece at its position below the band.
 * @throws Error when there is no piece (nothing drawn yet).
 */
export function standaloneSvg(pieces: readonly SvgPiece[], title: string): StandaloneSvg {
  if (pieces.length === 0) throw new Error('the chart has nothing to export');
  const chartWidth = Math.max(...pieces.map((piece) => piece.x + piece.width));
  const chartHeight = Math.max(...pieces.map((piece) => piece.y + piece.height));
  const width = Math.ceil(chartWidth);
  const height = Math.ceil(chartHeight + TITLE_BAND);
  const font = escapeXml(EXPORT_FONT_FAMILY);
  const body = pieces
    .map((piece) => {
      const markup = piece.markup.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
      return `<g transform="translate(${round(piece.x)},${round(piece.y + TITLE_BAND)})">${markup}</g>`;
    })
    .join('\n');
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="4" y="${TITLE_BAND - 12}" font-size="18" font-weight="600" fill="#1b2330">${escapeXml(title)}</text>`,
    body,
    '</svg>',
    '',
  ].join('\n');
  return { text, width, height };
}
