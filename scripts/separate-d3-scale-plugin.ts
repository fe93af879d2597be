/**
 * Vite plugin: the app's own imports of `d3-scale` get a module of their own, apart from the
 * copy recharts uses.
 *
 * Why: d3-scale ships as ONE module file. The overview heatmap needs two of its scales
 * (scaleBand, scaleDiverging); recharts imports all of them by name. One module cannot be split
 * between chunks, so the heatmap's first paint downloaded every scale recharts needs, with
 * d3-time and d3-time-format (~20 KB gzip). With its own module id (the same file with a query),
 * the app's copy is tree-shaken to the two scales it uses (~3 KB) and the full copy moves to the
 * chart views' chunks. The code is the same file; only the bundler's bookkeeping differs.
 */
import type { Plugin } from 'vite';

/** Query marking the app's copy. */
const APP_COPY = '?app-copy';

/** The plugin. */
export function separateD3ScalePlugin(): Plugin {
  return {
    name: 'net-assessment:separate-d3-scale',
    enforce: 'pre',
    apply: 'build',
    async resolveId(id, importer, options) {
      // Only d3-scale: copying its dependencies too (d3-color, d3-interpolate…) was measured to
      // save ~1 KB on the first visit for ~9 KB more in the chart views.
      if (id !== 'd3-scale' || !importer || importer.includes('/node_modules/')) return undefined;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved ? { ...resolved, id: `${resolved.id}${APP_COPY}` } : undefined;
    },
  };
}
