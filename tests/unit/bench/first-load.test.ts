/** The first-visit file list the bundle-size gate sums (scripts/bench/first-load.ts). */
import { describe, expect, it } from 'vitest';
import { firstLoadFiles, staticClosure, type Manifest } from '../../../scripts/bench/first-load';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/views/overview/index.tsx', 'src/views/ranking/index.tsx', 'virtual:builtin-dataset', '_ingest.js'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_scales.js': { file: 'assets/scales.js', imports: ['_react.js'] },
  '_recharts.js': { file: 'assets/recharts.js', imports: ['_scales.js'] },
  '_ingest.js': { file: 'assets/ingest.js' },
  'src/views/overview/index.tsx': { file: 'assets/overview.js', isDynamicEntry: true, imports: ['_scales.js', 'index.html'], css: ['assets/overview.css'] },
  'src/views/ranking/index.tsx': { file: 'assets/ranking.js', isDynamicEntry: true, imports: ['_recharts.js'] },
  'virtual:builtin-dataset': { file: 'assets/dataset.js', isDynamicEntry: true },
};

describe('first-load files', () => {
  it('are the entry, the overview and the dataset with their static imports and CSS — not other views or lazy code', () => {
    expect(firstLoadFiles(manifest).sort()).toEqual(
      ['assets/index.js', 'assets/index.css', 'assets/react.js', 'assets/overview.js', 'assets/overview.css', 'assets/scales.js', 'assets/dataset.js'].sort(),
    );
  });

  it('follow static imports through cycles once', () => {
    expect(staticClosure(manifest, ['src/views/ranking/index.tsx']).sort()).toEqual(['assets/ranking.js', 'assets/recharts.js', 'assets/scales.js', 'assets/react.js'].sort());
  });

  it('fail loudly when a first-view module is no longer imported by the entry', () => {
    expect(() => firstLoadFiles(manifest, ['src/views/overview/index.tsx', 'src/views/renamed/index.tsx'])).toThrow(/renamed/);
  });
});
