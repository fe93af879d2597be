/**
 * The single-file build for real-browser tests: built once per test file into a fresh temporary
 * folder (never `dist-single/`, so engineers working side by side never clobber each other).
 * E2E_SINGLE_FILE=<path to net-assessment.html> reuses a file built beforehand instead.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** A built single file. */
export interface SingleFileBuild {
  /** Absolute path of the HTML file. */
  path: string;
  /** Its file:// URL (no hash). */
  url: string;
  /** Every file the build wrote (its folder's listing). */
  files: string[];
  /** Remove what this build wrote. */
  dispose: () => Promise<void>;
}

/** Build `npm run build:single` into a temporary folder (or reuse E2E_SINGLE_FILE). */
export async function buildSingleFile(): Promise<SingleFileBuild> {
  const given = process.env.E2E_SINGLE_FILE;
  if (given) {
    const path = resolve(given);
    return { path, url: pathToFileURL(path).href, files: [path.slice(path.lastIndexOf('/') + 1)], dispose: async () => {} };
  }
  const root = resolve(import.meta.dirname, '../../..');
  const outDir = await mkdtemp(join(tmpdir(), 'net-assessment-single-'));
  // Vitest sets NODE_ENV=test, which would make this a development build (React's dev bundle);
  // the file under test must be the one `npm run build:single` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'single', logLevel: 'warn', configFile: resolve(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const path = join(outDir, 'net-assessment.html');
  return {
    path,
    url: pathToFileURL(path).href,
    files: await readdir(outDir),
    dispose: () => rm(outDir, { recursive: true, force: true }),
  };
}
