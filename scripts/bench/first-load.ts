/**
 * What a first visit downloads, computed from Vite's build manifest (`vite build --manifest`):
 * index.html, the entry chunk and its static imports, plus the modules the first view needs
 * (the overview and the embedded default dataset, both imported dynamically) with their static
 * imports, and every stylesheet of those chunks. Pure: the caller reads the files.
 */

/** One entry of `.vite/manifest.json`. */
export interface ManifestChunk {
  /** Output file, relative to the output folder. */
  file: string;
  /** Source module id. */
  src?: string;
  /** True for the HTML entry. */
  isEntry?: boolean;
  /** True for a chunk only reached through import(). */
  isDynamicEntry?: boolean;
  /** Manifest keys of static imports. */
  imports?: string[];
  /** Manifest keys of dynamic imports. */
  dynamicImports?: string[];
  /** Stylesheets (output files). */
  css?: string[];
}

/** `.vite/manifest.json`. */
export type Manifest = Record<string, ManifestChunk>;

/** Modules a first visit imports dynamically before it shows anything meaningful. */
export const FIRST_VIEW_MODULES: readonly string[] = ['src/views/overview/index.tsx', 'virtual:builtin-dataset'];

/** Output files (relative to the output folder) of `roots` and everything they import statically. */
export function staticClosure(manifest: Manifest, roots: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest has no entry ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return [...files];
}

/** The key of the HTML entry. */
export function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry in the manifest, found ${entries.length}`);
  return entries[0]![0];
}

/**
 * Files of a first visit: the entry with its static imports, and each first-view module with
 * its own. A first-view module missing from the manifest is an error (a renamed view would
 * otherwise drop out of the check unnoticed).
 */
export function firstLoadFiles(manifest: Manifest, firstView: readonly string[] = FIRST_VIEW_MODULES): string[] {
  const entry = entryKey(manifest);
  const dynamic = new Set(manifest[entry]!.dynamicImports ?? []);
  for (const key of firstView) {
    if (!dynamic.has(key)) throw new Error(`${key} is not imported dynamically by the entry; update FIRST_VIEW_MODULES`);
  }
  return staticClosure(manifest, [entry, ...firstView]);
}
