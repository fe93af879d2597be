import { describe, expect, test } from 'vitest';
import { buildHtmlDeck, escapeHtml, offlineCss, staticMarkup } from '../../../src/briefing/html-deck';

describe('offlineCss', () => {
  test('removes every URL but data: and every @import', () => {
    const css = "@import url('x.css');\n.a{background:url(https://cdn.example/x.png)}.b{background:url('img/x.png')}.c{background:url(data:image/png;base64,AA)}";
    const out = offlineCss(css);
    expect(out).not.toContain('@import');
    expect(out).not.toContain('cdn.example');
    expect(out).not.toContain('img/x.png');
    expect(out).toContain('url(data:image/png;base64,AA)');
  });
});

describe('staticMarkup', () => {
  test('drops scripts, handlers and external references; keeps fragment links', () => {
    const html = '<div onclick="alert(1)"><script>alert(2)</script><img src="https://x/y.png"><a href="#fn1">1</a><use xlink:href="#sym"></use><img src="data:image/png;base64,AA"></div>';
    const out = staticMarkup(html);
    expect(out).toBe('<div><img><a href="#fn1">1</a><use xlink:href="#sym"></use><img src="data:image/png;base64,AA"></div>');
  });
});

test('escapeHtml', () => {
  expect(escapeHtml(`<b a="1">&'`)).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&#39;');
});

describe('buildHtmlDeck', () => {
  const html = buildHtmlDeck({
    title: 'Deck <1>',
    lang: 'ja',
    css: '.x{color:red}',
    slides: [
      { title: 'One', html: '<p>first</p>' },
      { title: 'Two', html: '<p>second</p>' },
    ],
    width: 1200,
    height: 675,
    help: '← →',
  });

  test('one section per slide, only the first shown', () => {
    expect(html.match(/<section class="deck-slide"/g)).toHaveLength(2);
    expect(html).toContain('<section class="deck-slide" data-title="One" aria-label="1. One"><p>first</p></section>');
    expect(html).toContain('data-title="Two" aria-label="2. Two" hidden><p>second</p>');
  });

  test('inlines the CSS, forbids every request and escapes the title', () => {
    expect(html).toContain('.x{color:red}');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<title>Deck &lt;1&gt;</title>');
    expect(html).toContain('<html lang="ja">');
    expect(html).not.toMatch(/<(link|img|iframe)\b/);
    expect(html).not.toMatch(/src="http/);
  });
});
