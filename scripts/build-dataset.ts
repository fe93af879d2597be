/**
 * `npm run build:dataset` — regenerate datasets/default/ (and the generated blocks of
 * datasets/README.md) from datasets/sources/*.csv, datasets/coding/*.csv and the mapping table
 * in scripts/dataset/.
 *
 * Options:
 *   --out <dir>   write the five CSV files to <dir> instead of datasets/default/ (README untouched)
 *   --check       write nothing; exit 1 if datasets/default/ or the README is not up to date
 *
 * Output is deterministic: stable row order, `\n` line endings, UTF-8 without BOM.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BuildError, OUTPUT_FILES, buildDataset } from './dataset/build';
import { datasetPaths, readBuildInput } from './dataset/io';
import { readmeBlocks, updateReadme } from './dataset/readme';

function main(argv: readonly string[]): number {
  let outDir: string | undefined;
  let check = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--out') {
      const v = argv[i + 1];
      if (!v) throw new Error('--out needs a directory');
      outDir = resolve(v);
      i += 1;
    } else if (a === '--check') {
      check = true;
    } else {
      throw new Error(`unknown option ${a}`);
    }
  }

  const paths = datasetPaths();
  const out = buildDataset(readBuildInput());
  const target = outDir ?? paths.defaultDir;
  const readme = outDir ? undefined : updateReadme(readFileSync(paths.readme, 'utf8'), readmeBlocks(out));

  if (check) {
    const stale: string[] = OUTPUT_FILES.filter((f) => !existsSync(join(target, f)) || readFileSync(join(target, f), 'utf8') !== out.files[f]);
    if (readme !== undefined && readFileSync(paths.readme, 'utf8') !== readme) stale.push('README.md');
    if (stale.length > 0) {
      console.error(`out of date: ${stale.join(', ')} — run npm run build:dataset`);
      return 1;
    }
    console.log('datasets/default/ is up to date');
    return 0;
  }

  mkdirSync(target, { recursive: true });
  for (const f of OUTPUT_FILES) writeFileSync(join(target, f), out.files[f], 'utf8');
  if (readme !== undefined) writeFileSync(paths.readme, readme, 'utf8');
  const coded = out.values.filter((v) => v.confidence === 'C').length;
  console.log(`wrote ${OUTPUT_FILES.length} files to ${target}: ${out.values.length} value rows (${coded} coded), ${out.sources.length} sources`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof BuildError) console.error(err.message);
  else console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
