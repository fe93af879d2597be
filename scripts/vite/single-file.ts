/**
 * `vite build --mode single`: the whole app as ONE HTML file that opens by double-click
 * (file://) on an air-gapped laptop — scripts, styles, workers, the favicon and the embedded
 * default dataset all inside it. No new package: three small steps on top of Vite.
 *
 * 1. No code splitting: dynamic imports (lazy views, the default dataset's CSV modules) are
 *    inlined into one script (Rolldown `codeSplitting: false`).
 * 2. Workers stay written once, as `new Worker(new URL('../workers/x.ts', import.meta.url),
 *    { type: 'module' })`. In this mode only, that expression is rewritten to Vite's
 *    `?worker&inline` constructor, which ships the worker's bundled code as a string and starts it
 *    from a blob: URL (a file:// page may not start a worker from a file: URL), as a classic
 *    worker (Chromium refuses module workers from blob: URLs on file:// pages).
 * 3. The entry script and the stylesheet go into the HTML; the Content-Security-Policy is
 *    replaced by one that allows exactly that inline script (by its SHA-256 hash) and nothing
 *    from anywhere else (see {@link singleFileCsp}).
 *
 * Anything that would still be a separate file fails the build with its name, so a future
 * asset can never silently break the USB-stick copy.
 */
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin, ResolvedConfig } from 'vite';

/** The Vite mode that produces the single file. */
export const SINGLE_MODE = 'single';

/** Options of {@link singleFile}. */
export interface SingleFileOptions {
  /** Name of the HTML file written (default `net-assessment.html`). */
  fileName?: string;
  /** Output folder when the command line gives none (default `dist-single`). */
  outDir?: string;
}

/** Matches `new Worker(new URL('<spec>', import.meta.url)[, <options>][,])`, over several lines too. */
const WORKER_RE = /new\s+Worker\(\s*new\s+URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*(?:,\s*(\{[^}]*\})\s*)?,?\s*\)/g;

/**
 * Rewrite every `new Worker(new URL(…, import.meta.url), …)` in `code` to Vite's inline worker
 * constructor. Returns null when the module starts no worker.
 */
export function inlineWorkerConstructors(code: string): string | null {
  const imports: string[] = [];
  const rewritten = code.replace(WORKER_RE, (_match, _quote: string, spec: string, options: string | undefined) => {
    const name = `__singleFileWorker${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(`${spec}?worker&inline`)};`);
    // Vite's wrapper sets the worker type itself (from worker.format) and passes `name` on.
    return `new ${name}(${options ?? ''})`;
  });
  if (imports.length === 0) return null;
  return `${imports.join('\n')}\n${rewritten}`;
}

/**
 * Make script text safe inside `<script>…</script>`: `</script` would end the element early.
 * `<\/script` means the same in JS strings, templates, regular expressions and comments.
 */
export function escapeInlineScript(code: string): string {
  if (/<!--/.test(code) && /<script/i.test(code)) {
    // `<!--` followed by `<script` switches the HTML parser into a state no escape fixes.
    throw new Error('single-file: the bundle contains "<!--" and "<script"; it cannot be inlined safely');
  }
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/** `'sha256-…'` source expression for an inline script's exact text. */
export function scriptHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The single file's Content-Security-Policy. Nothing may be fetched from anywhere ('self' on
 * file:// would mean "any file on this disk", so it is not used): the one script is allowed by
 * its hash rather than 'unsafe-inline', so an injected inline script would still be refused;
 * styles need 'unsafe-inline' (the inlined stylesheet and React's style attributes); workers
 * start from blob: URLs; images (PNG export, favicon) are data:/blob:.
 */
export function singleFileCsp(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHash}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'worker-src blob:',
    'connect-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const CSP_MARK = '<!--single-file:content-security-policy-->';
const CSP_META_RE = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;

function fileNameOf(reference: string): string {
  return reference.replace(/^\.\//, '').split(/[?#]/)[0] ?? reference;
}

function takeChunk(bundle: OutputBundle, reference: string): OutputChunk | OutputAsset {
  const name = fileNameOf(reference);
  const item = bundle[name];
  if (!item) throw new Error(`single-file: ${name} is referenced by index.html but not in the bundle`);
  delete bundle[name];
  return item;
}

function sourceText(item: OutputChunk | OutputAsset): string {
  if (item.type === 'chunk') return item.code;
  return typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source);
}

/** Put the favicon (public/) into the HTML as a data: URL. */
function inlineFavicon(html: string, config: ResolvedConfig): string {
  return html.replace(/<link\s+rel="icon"[^>]*href="\.?\/?([^"]+)"[^>]*>/i, (tag, file: string) => {
    const path = config.publicDir ? resolve(config.publicDir, file) : '';
    if (!path || !existsSync(path)) return '';
    const type = /type="([^"]+)"/.exec(tag)?.[1] ?? 'image/svg+xml';
    return `<link rel="icon" type="${type}" href="data:${type};base64,${readFileSync(path).toString('base64')}" />`;
  });
}

/** The tags Vite writes into index.html for the entry script, preloads and stylesheets. */
const ASSET_TAG_RE =
  /<script\s+type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>|<link\s+rel="modulepreload"[^>]*>\s*|<link\s+rel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/gi;

/** Inline the entry script and stylesheets into index.html; return the new HTML. */
export function inlineIntoHtml(html: string, bundle: OutputBundle): string {
  if (!CSP_META_RE.test(html)) throw new Error('single-file: index.html has no Content-Security-Policy meta to replace');
  // The policy needs the script's hash: mark its place now, fill it in once the script is known.
  const marked = html.replace(CSP_META_RE, CSP_MARK);
  let scriptText: string | null = null;
  // One pass over Vite's HTML only: inlined code (which may quote such tags) is never re-scanned.
  const out = marked.replace(ASSET_TAG_RE, (_tag, src: string | undefined, href: string | undefined) => {
    if (src !== undefined) {
      if (scriptText !== null) throw new Error('single-file: more than one entry script');
      scriptText = escapeInlineScript(sourceText(takeChunk(bundle, src)));
      return `<script type="module">${scriptText}</script>`;
    }
    if (href !== undefined) {
      // `</style` inside CSS text (only possible in a string or comment) would end the element.
      return `<style>${sourceText(takeChunk(bundle, href)).replace(/<\/(style)/gi, '<\\/$1')}</style>`;
    }
    return ''; // modulepreload: nothing to preload in one file
  });
  if (scriptText === null) throw new Error('single-file: index.html has no entry script');
  const csp = `<meta http-equiv="Content-Security-Policy" content="${singleFileCsp(scriptHashSource(scriptText))}" />`;
  // The first mark is the head's (it comes before every inlined script); a function replacement
  // so that `$` in the policy is not read as a replacement pattern.
  return out.replace(CSP_MARK, () => csp);
}

/** Active only for `vite build --mode single`. */
const applyInSingleMode: Plugin['apply'] = (_config, env) => env.command === 'build' && env.mode === SINGLE_MODE;

/** The plugins (one runs before Vite's own worker handling, one after bundling); inactive outside `--mode single`. */
export function singleFile(options: SingleFileOptions = {}): Plugin[] {
  const fileName = options.fileName ?? 'net-assessment.html';
  let config: ResolvedConfig;
  const workers: Plugin = {
    name: 'net-assessment:single-file-workers',
    apply: applyInSingleMode,
    // Before vite:worker-import-meta-url turns the expression into a separate worker file.
    enforce: 'pre',
    transform: {
      filter: { code: 'new Worker' },
      handler(code, id) {
        if (id.includes('/node_modules/') || id.includes('?')) return null;
        const rewritten = inlineWorkerConstructors(code);
        return rewritten === null ? null : { code: rewritten, map: null };
      },
    },
  };
  const page: Plugin = {
    name: 'net-assessment:single-file',
    apply: applyInSingleMode,
    enforce: 'post',
    config(user) {
      return {
        build: {
          // The command line (`--outDir`) or the caller's inline config wins.
          outDir: user.build?.outDir ?? options.outDir ?? 'dist-single',
          cssCodeSplit: false,
          modulePreload: false,
          copyPublicDir: false,
          assetsInlineLimit: () => true,
          chunkSizeWarningLimit: 100_000,
          rolldownOptions: { output: { codeSplitting: false } },
        },
        // Chromium refuses a *module* worker from a blob: URL on a file:// page (opaque origin);
        // a classic one starts. The worker entries have no imports left once bundled.
        worker: { format: 'iife' },
      };
    },
    configResolved(resolved) {
      config = resolved;
    },
    // Whatever chunking the normal build asks for, this build is one chunk.
    outputOptions(output) {
      return { ...output, codeSplitting: false, manualChunks: undefined, advancedChunks: undefined };
    },
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') throw new Error('single-file: no index.html in the bundle');
        delete bundle['index.html'];
        // The favicon first: only Vite's HTML is scanned for tags, never the inlined code.
        const html = inlineIntoHtml(inlineFavicon(sourceText(index), config), bundle);
        const left = Object.keys(bundle);
        if (left.length > 0) throw new Error(`single-file: these files would still be separate: ${left.join(', ')}`);
        this.emitFile({ type: 'asset', fileName, source: html });
      },
    },
  };
  return [workers, page];
}
