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
    // Vitest sets NODE_ENV=test, which would bundle React's development build; test what ships.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }
  const server = await startStaticServer(outDir, E2E_PREFIX);
  project.provide('baseUrl', server.url);
  project.provide('origin', server.origin);
  return server.close;
}
