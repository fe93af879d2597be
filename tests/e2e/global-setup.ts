/**
 * Builds the app once and serves `dist/` under a nested sub-path for every real-browser test,
 * as an intranet server would.
 */
import { build } from 'vite';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server';

/** The sub-path the tests serve the app under. */
export const E2E_PREFIX = '/intranet/tools/net-assessment/';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    origin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  // Engineers working side by side build into their own folder (E2E_OUT_DIR) so runs never clobber.
  const outDir = resolve(root, process.env.E2E_OUT_DIR ?? 'dist');
  if (!process.env.E2E_SKIP_BUILD) {
    await build({ root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  }
  const server = await startStaticServer(outDir, E2E_PREFIX);
  project.provide('baseUrl', server.url);
  project.provide('origin', server.origin);
  return server.close;
}
