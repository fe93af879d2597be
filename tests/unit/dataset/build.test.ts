import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BuildError, OUTPUT_FILES, buildDataset, type BuildInput } from '../../../scripts/dataset/build';
import { datasetPaths, readBuildInput, REPO_ROOT } from '../../../scripts/dataset/io';
import { readmeBlocks, updateReadme } from '../../../scripts/dataset/readme';
import { DEFAULT_DIR } from './helpers';

describe('npm run build:dataset', () => {
  let outDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'dataset-build-'));
    // Run the real entry point, as `npm run build:dataset` does, into a temporary directory.
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(REPO_ROOT, 'scripts', 'build-dataset.ts'), '--out', outDir], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
  }, 60_000);
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  test.each(OUTPUT_FILES)('committed datasets/default/%s equals the build output byte for byte', (name) => {
    const built = readFileSync(join(outDir, name));
    const committed = readFileSync(join(DEFAULT_DIR, name));
    expect(committed.equals(built)).toBe(true);
  });

  test.each(OUTPUT_FILES)('%s is UTF-8 without BOM, with \\n line endings and a final newline', (name) => {
    const bytes = readFileSync(join(DEFAULT_DIR, name));
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
    expect(text.includes('\r')).toBe(false);
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('buildDataset', () => {
  const input = readBuildInput();

  test('is deterministic', () => {
    expect(buildDataset(input).files).toEqual(buildDataset(input).files);
  });

  test('the generated blocks of datasets/README.md are up to date', () => {
    const readme = readFileSync(datasetPaths().readme, 'utf8');
    expect(updateReadme(readme, readmeBlocks(buildDataset(input)))).toBe(readme);
  });

  const withCoding = (coding: string): BuildInput => ({ ...input, coding });
  const header = 'country,technology,indicator,year,level,text,source,note\n';
  const problemsOf = (build: () => unknown): string[] => {
    try {
      build();
    } catch (err) {
      if (err instanceof BuildError) return err.problems;
      throw err;
    }
    return [];
  };

  test('refuses a coding level outside the declared levels', () => {
    const problems = problemsOf(() => buildDataset(withCoding(`${header}USA,ai,weapon_system_integration,2024,7,Some evidence.,us_dod_daai_strategy_2023,\n`)));
    expect(problems.some((p) => p.includes('level "7"'))).toBe(true);
  });

  test('refuses a coding without a known source, an unknown axis or an unknown country', () => {
    const problems = problemsOf(() => buildDataset(withCoding(`${header}XXX,ai,made_up_axis,2024,1,Some evidence.,nowhere,\n`)));
    expect(problems.some((p) => p.includes('source "nowhere"'))).toBe(true);
    expect(problems.some((p) => p.includes('made_up_axis'))).toBe(true);
    expect(problems.some((p) => p.includes('country XXX'))).toBe(true);
  });

  test('refuses duplicate keys and evidence text that would read as a number', () => {
    const row = 'USA,ai,weapon_system_integration,2023,3,2023 was a year.,us_dod_daai_strategy_2023,\n';
    const problems = problemsOf(() => buildDataset(withCoding(`${header}${row}${row}`)));
    expect(problems.some((p) => p.startsWith('duplicate value'))).toBe(true);
    expect(problems.some((p) => p.includes('must not start with a digit'))).toBe(true);
  });

  test('refuses a source series that is neither mapped nor excluded', () => {
    const sources = { ...input.sources, 'ncses_sei.csv': `${input.sources['ncses_sei.csv']}JPN,Japan,brand_new_series,2024,1.0,count,x\n` };
    const problems = problemsOf(() => buildDataset({ ...input, sources }));
    expect(problems.some((p) => p.includes('brand_new_series is neither mapped nor excluded'))).toBe(true);
  });

  test('refuses a negative or non-numeric source value and a changed unit', () => {
    const bad = 'JPN,Japan,milex_share_gdp,2030,-1.0,percent_of_GDP,x\nJPN,Japan,milex_share_gdp,2031,n/a,percent_of_GDP,x\nJPN,Japan,milex_share_gdp,2032,1.0,fraction,x\n';
    const sources = { ...input.sources, 'sipri_milex.csv': `${input.sources['sipri_milex.csv']}${bad}` };
    const problems = problemsOf(() => buildDataset({ ...input, sources }));
    expect(problems.some((p) => p.includes('"-1.0" is not a non-negative decimal number'))).toBe(true);
    expect(problems.some((p) => p.includes('"n/a" is not a non-negative decimal number'))).toBe(true);
    expect(problems.some((p) => p.includes('unit fraction differs'))).toBe(true);
  });
});
