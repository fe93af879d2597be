// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { EXPORT_FONT_FAMILY, TITLE_BAND, escapeXml, exportableSvgTree, localPaint, standaloneSvg, type StyleSource } from '../../../src/export/chart-svg';

function svgFrom(markup: string): Element {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  return doc.documentElement;
}

const serialize = (element: Element) => new XMLSerializer().serializeToString(element);

describe('localPaint', () => {
  const ids = new Set(['hatch']);
  test.each([
    ['url(#hatch)', 'url(#hatch)'],
    ['url("#hatch")', 'url(#hatch)'],
    ['url("http://localhost:4305/app/#hatch")', 'url(#hatch)'],
    ['url(#missing)', 'none'],
    ['url(https://cdn.example.com/x.svg#p)', 'none'],
    ['url(https://cdn.example.com/x.png)', 'none'],
    ['#ff0000', '#ff0000'],
  ])('%s → %s', (input, expected) => {
    expect(localPaint(input, ids)).toBe(expected);
  });
});

describe('escapeXml', () => {
  test('escapes markup characters and keeps Japanese', () => {
    expect(escapeXml('A < B & "C" \'D\' > 技術')).toBe('A &lt; B &amp; &quot;C&quot; &apos;D&apos; &gt; 技術');
  });
});

describe('exportableSvgTree', () => {
  const source = svgFrom(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" class="heatmap-svg" role="group" aria-label="Chart" font-family="system-ui">
      <defs><pattern id="hatch" width="4" height="4"><path d="M0 0L4 4" stroke="#999"/></pattern></defs>
      <style>@import url(https://fonts.example.com/x.css);</style>
      <script>alert(1)</script>
      <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
      <g class="cell" tabindex="0" data-roving="0:0" onclick="evil()">
        <rect width="10" height="10" fill="url(#hatch)"/>
        <text x="5" y="5" class="label">日本 &amp; USA</text>
      </g>
      <image href="https://example.com/logo.png" width="10" height="10"/>
      <image href="data:image/png;base64,iVBORw0KGgo=" width="10" height="10"/>
      <use xlink:href="#hatch"/>
      <rect class="hidden" width="1" height="1"/>
    </svg>`,
  );

  test('drops code, HTML, external links, classes, ARIA, data and event attributes; keeps text and local references', () => {
    const out = serialize(exportableSvgTree(source));
    expect(out).not.toMatch(/<script|<style|foreignObject|onclick|tabindex|data-roving|class=|aria-label|role=|example\.com|font-family/);
    expect(out).toContain('日本 &amp; USA');
    expect(out).toContain('fill="url(#hatch)"');
    expect(out).toContain('data:image/png;base64');
    expect(out).toMatch(/<use [^>]*href="#hatch"/);
    expect(out).toContain('<pattern id="hatch"');
    expect(out).toContain('width="100"');
  });

  test('inlines computed paint properties and leaves out elements the page hides', () => {
    const styleOf = (element: Element): StyleSource => ({
      getPropertyValue: (property: string) => {
        if (element.getAttribute('class') === 'hidden' && property === 'display') return 'none';
        if (element.localName === 'text' && property === 'font-size') return '14px';
        if (element.localName === 'text' && property === 'fill') return 'rgb(27, 35, 48)';
        if (element.localName === 'rect' && property === 'fill') return 'url("http://host/app/#hatch")';
        if (element.localName === 'rect' && property === 'stroke') return 'url(https://cdn.example.com/p.svg#x)';
        return '';
      },
    });
    const tree = exportableSvgTree(source, styleOf);
    const text = tree.querySelector('text')!;
    expect(text.getAttribute('style')).toBe('fill:rgb(27, 35, 48);font-size:14px');
    const rect = tree.querySelector('g rect')!;
    expect(rect.getAttribute('style')).toBe('fill:url(#hatch);stroke:none');
    // The hidden rect is gone; the cell rect stays.
    expect(tree.querySelectorAll('rect')).toHaveLength(1);
  });
});

describe('standaloneSvg', () => {
  const piece = (x: number, y: number, width: number, height: number) => ({
    markup: `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#ccc"/></svg>`,
    x,
    y,
    width,
    height,
  });

  test('a well-formed file with xmlns, size, viewBox, <title>, visible title and the system fonts', () => {
    const file = standaloneSvg([piece(0, 0, 300, 200)], 'Asymmetry < 0 & “技術”');
    expect(file.width).toBe(300);
    expect(file.height).toBe(200 + TITLE_BAND);
    const doc = new DOMParser().parseFromString(file.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe('300');
    expect(root.getAttribute('height')).toBe(String(200 + TITLE_BAND));
    expect(root.getAttribute('viewBox')).toBe(`0 0 300 ${200 + TITLE_BAND}`);
    expect(root.getAttribute('font-family')).toBe(EXPORT_FONT_FAMILY);
    expect(EXPORT_FONT_FAMILY).toMatch(/Hiragino Sans.*Yu Gothic.*Meiryo.*Noto Sans CJK JP/);
    expect(root.querySelector('title')?.textContent).toBe('Asymmetry < 0 & “技術”');
    expect(root.querySelector(':scope > text')?.textContent).toBe('Asymmetry < 0 & “技術”');
    expect(file.text.match(/<\?xml/g)).toHaveLength(1);
    expect(file.text).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  test('pieces sit at their positions below the title band; the file spans all of them', () => {
    const file = standaloneSvg([piece(0, 0, 300, 200), piece(10.5, 210, 400, 40)], 'Two parts');
    expect(file.width).toBe(411);
    expect(file.height).toBe(250 + TITLE_BAND);
    expect(file.text).toContain(`translate(0,${TITLE_BAND})`);
    expect(file.text).toContain(`translate(10.5,${210 + TITLE_BAND})`);
  });

  test('nothing drawn: a clear error', () => {
    expect(() => standaloneSvg([], 'Empty')).toThrow(/nothing to export/);
  });
});
