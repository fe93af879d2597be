/**
 * File-system edge of the dataset build: where the inputs and outputs live in the repository.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildInput } from './build';
import { SOURCE_FILES, type SourceFile } from './mapping';

/** Repository root (two levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Paths of the build's inputs and outputs, relative to a repository root. */
export function datasetPaths(root: string = REPO_ROOT): {
  sourcesDir: string;
  coding: string;
  documents: string;
  defaultDir: string;
  readme: string;
} {
  return {
    sourcesDir: join(root, 'datasets', 'sources'),
    coding: join(root, 'datasets', 'coding', 'qualitative.csv'),
    documents: join(root, 'datasets', 'coding', 'documents.csv'),
    defaultDir: join(root, 'datasets', 'default'),
    readme: join(root, 'datasets', 'README.md'),
  };
}

/** Read every input of the build from the repository (UTF-8). */
export function readBuildInput(root: string = REPO_ROOT): BuildInput {
  const p = datasetPaths(root);
  const sources = {} as Record<SourceFile, string>;
  for (const f of SOURCE_FILES) sources[f] = readFileSync(join(p.sourcesDir, f), 'utf8');
  return { sources, coding: readFileSync(p.coding, 'utf8'), documents: readFileSync(p.documents, 'utf8') };
}
