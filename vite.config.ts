import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { builtinDatasetPlugin } from './scripts/builtin-dataset-plugin.ts';
import { separateD3ScalePlugin } from './scripts/separate-d3-scale-plugin.ts';
import { singleFile } from './scripts/vite/single-file.ts';

// `base: './'` keeps every asset URL relative, so the built app works under any sub-path of an
// intranet static server and from file:// (see README, "Deployment").
export default defineConfig({
  base: './',
  // singleFile() acts only in `vite build --mode single` (npm run build:single; see the plugin).
  // builtinDatasetPlugin(): the default dataset composed at build time (see the plugin).
  plugins: [react(), singleFile(), builtinDatasetPlugin(fileURLToPath(new URL('./datasets/default/', import.meta.url))), separateD3ScalePlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts'],
          // Views register their message areas when their module loads; unit tests of pure
          // text helpers and the e2e tests' locators need every area without loading views.
          setupFiles: ['src/i18n/register/all.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/setup.ts'],
          // A first recharts render in jsdom can take seconds on a loaded 2-core runner; these
          // are not timing tests, so the limit only guards against hangs.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['src/i18n/register/all.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for the browser (a lazy chunk, a worker); 1 s is too short on a
          // loaded runner. Tests still finish as soon as the condition holds.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
