/** The single-file build's pure steps: worker rewriting, script escaping, hashing, inlining. */
import { createHash } from 'node:crypto';
import type { OutputBundle } from 'rolldown';
import { describe, expect, test } from 'vitest';
import {
  escapeInlineScript,
  inlineIntoHtml,
  inlineWorkerConstructors,
  scriptHashSource,
  singleFileCsp,
} from '../../../scripts/vite/single-file';

describe('inlineWorkerConstructors', () => {
  test('rewrites each worker to an inline-worker import, keeping its options', () => {
    const code = [
      "const a = new Worker(new URL('../workers/ingest.worker.ts', import.meta.url), { type: 'module' });",
      'const b = new Worker(new URL("../workers/sensitivity.worker.ts", import.meta.url));',
    ].join('\n');
    expect(inlineWorkerConstructors(code)).toBe(
      [
        'import __singleFileWorker0 from "../workers/ingest.worker.ts?worker&inline";',
        'import __singleFileWorker1 from "../workers/sensitivity.worker.ts?worker&inline";',
        "const a = new __singleFileWorker0({ type: 'module' });",
        'const b = new __singleFileWorker1();',
      ].join('\n'),
    );
  });

  test('tolerates line breaks inside the expression', () => {
    const code = "new Worker(\n  new URL('./w.ts', import.meta.url),\n  { type: 'module', name: 'w' },\n)";
    expect(inlineWorkerConstructors(code)).toBe('import __singleFileWorker0 from "./w.ts?worker&inline";\nnew __singleFileWorker0({ type: \'module\', name: \'w\' })');
  });

  test('leaves code without a worker, or with a worker from a plain URL, alone', () => {
    expect(inlineWorkerConstructors('const x = 1;')).toBeNull();
    expect(inlineWorkerConstructors("new Worker('/w.js')")).toBeNull();
  });
});

describe('escapeInlineScript', () => {
  test('breaks every </script, whatever its case', () => {
    expect(escapeInlineScript('a("</script>"); b("</SCRIPT >")')).toBe('a("<\\/script>"); b("<\\/SCRIPT >")');
  });

  test('leaves other text byte for byte', () => {
    expect(escapeInlineScript('if (a < b) c = "<b>";')).toBe('if (a < b) c = "<b>";');
  });

  test('refuses "<!--" together with "<script", which no escape makes safe', () => {
    expect(() => escapeInlineScript('x = "<!--"; y = "<script>"')).toThrow(/cannot be inlined/);
  });
});

describe('scriptHashSource and singleFileCsp', () => {
  test('hashes the exact text (SHA-256 of the empty string is a published constant)', () => {
    expect(scriptHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHashSource('日本')).toBe(`'sha256-${createHash('sha256').update(Buffer.from('日本', 'utf8')).digest('base64')}'`);
  });

  test('allows nothing from the network or other files', () => {
    const csp = singleFileCsp("'sha256-abc'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'sha256-abc'");
    expect(csp).toContain('worker-src blob:');
    expect(csp).not.toMatch(/'self'|http|\*|'unsafe-eval'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});

describe('inlineIntoHtml', () => {
  const html = [
    '<head>',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />',
    '<script type="module" crossorigin src="./assets/index-1.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/dep-2.js">',
    '<link rel="stylesheet" crossorigin href="./assets/index-3.css">',
    '</head>',
  ].join('\n');
  // The entry code quotes tags like the ones replaced (React's dev messages do): never re-scanned.
  const code = 'console.log(\'<link rel="stylesheet" href="%s">\', "</script>");';
  const bundleOf = () =>
    ({
      'assets/index-1.js': { type: 'chunk', fileName: 'assets/index-1.js', code },
      'assets/index-3.css': { type: 'asset', fileName: 'assets/index-3.css', source: 'body{color:red}' },
    }) as unknown as OutputBundle;

  test('puts script and styles into the page, drops preloads and empties the bundle', () => {
    const bundle = bundleOf();
    const out = inlineIntoHtml(html, bundle);
    const script = escapeInlineScript(code);
    expect(out).toContain(`<script type="module">${script}</script>`);
    expect(out).toContain('<style>body{color:red}</style>');
    expect(out).not.toMatch(/modulepreload|src="\.\/assets|href="\.\/assets/);
    expect(Object.keys(bundle)).toEqual([]);
  });

  test('replaces the policy with one allowing exactly the inlined script', () => {
    const out = inlineIntoHtml(html, bundleOf());
    const inlined = /<script type="module">([\s\S]*?)<\/script>/.exec(out)?.[1] ?? '';
    expect(inlined).toBe(escapeInlineScript(code));
    expect(out).toContain(`content="${singleFileCsp(scriptHashSource(inlined))}"`);
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  test('fails with the name of a file the page refers to but the bundle lacks', () => {
    const bundle = bundleOf();
    delete bundle['assets/index-3.css'];
    expect(() => inlineIntoHtml(html, bundle)).toThrow(/assets\/index-3\.css/);
  });

  test('fails when the page has no policy to replace', () => {
    expect(() => inlineIntoHtml(html.replace(/<meta[^>]*>/, ''), bundleOf())).toThrow(/Content-Security-Policy/);
  });
});
