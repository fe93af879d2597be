/**
 * Vite plugin: the module `virtual:builtin-dataset` is the embedded default dataset
 * (datasets/default/*.csv), composed at build time by the real ingest pipeline
 * (scripts/compose-builtin-dataset.ts) and emitted in the lossless JSON form of
 * src/app/compact-dataset.ts.
 *
 * Why: read at run time, the CSV text (~55 KB gzip) plus papaparse and the ingest code (~22 KB
 * gzip) sat on the first visit's critical path; composed here, the page downloads ~35 KB of
 * JSON and reads it with one JSON.parse. The dataset is the same object either way
 * (tests/unit/bench/compact-dataset.test.ts checks it against ingestFiles).
 *
 * The composer is loaded through Vite's module runner only when the module is first asked for,
 * so the config itself imports no app code (a config that does is slower to load everywhere,
 * vitest included, and not loadable by Vite's native config loader).
 */
import { createHash } from 'node:crypto';
import { runnerImport, type Plugin } from 'vite';
import type { ComposedBuiltin } from './compose-builtin-dataset.ts';

/** The id the app imports. */
export const BUILTIN_DATASET_MODULE = 'virtual:builtin-dataset';
const RESOLVED_ID = `\0${BUILTIN_DATASET_MODULE}`;

type Composer = { composeBuiltinDataset(dir: string): ComposedBuiltin };

/** The plugin; `dir` is the folder of the default dataset's CSV files. */
export function builtinDatasetPlugin(dir: string): Plugin {
  let composer: Promise<Composer> | undefined;
  // In the normal build the dataset is a JSON file beside the scripts, fetched (and preloaded
  // by index.html) in parallel with them: data, not code, so the first visit's JavaScript stays
  // small and the browser caches the two separately. The dev server and the single-file build
  // (file:// cannot fetch) keep it inside the module.
  let separateFile = false;
  let datasetFileName: string | undefined;
  return {
    name: 'net-assessment:builtin-dataset',
    configResolved(config) {
      separateFile = config.command === 'build' && config.mode !== 'single' && !config.build.ssr;
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (!datasetFileName) return undefined;
        return [{ tag: 'link', attrs: { rel: 'preload', href: `./${datasetFileName}`, as: 'fetch', type: 'application/json', crossorigin: 'anonymous' }, injectTo: 'head' }];
      },
    },
    resolveId(id) {
      return id === BUILTIN_DATASET_MODULE ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      composer ??= runnerImport<Composer>(new URL('./compose-builtin-dataset.ts', import.meta.url).pathname, {
        configFile: false,
        logLevel: 'silent',
      }).then((imported) => imported.module);
      const { value, files } = (await composer).composeBuiltinDataset(dir);
      for (const file of files) this.addWatchFile(file);
      const json = JSON.stringify(value);
      if (separateFile) {
        const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
        datasetFileName = `assets/default-dataset-${hash}.json`;
        this.emitFile({ type: 'asset', fileName: datasetFileName, source: json });
        // Chunks live in assets/ too, so the file sits beside the module. The name is built from
        // a variable so Vite does not try to resolve it as a source-relative asset.
        const name = JSON.stringify(`default-dataset-${hash}.json`);
        return [
          `const name = ${name};`,
          'export default fetch(new URL(name, import.meta.url)).then((response) => {',
          '  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);',
          '  return response.json();',
          '});',
        ].join('\n');
      }
      // A JSON string literal parses faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
