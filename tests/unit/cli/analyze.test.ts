/**
 * The CLI end to end: CSV on stdout with the header, one block per rival, the same
 * bytes as the app's export; bad input → status 1 and exactly one line on stderr, no stack.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../../src/cli/analyze';

const ROOT = resolve(import.meta.dirname, '../../..');
const HEADER = 'technology,side,rival,year,asymmetry,coverage,years_to_parity,class,score,rank';

async function run(argv: string[]) {
  let stdout = '';
  const stderr: string[] = [];
  const status = await main(argv, (text) => (stdout += text), (text) => stderr.push(text));
  return { status, stdout, stderr };
}

function tempCsv(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('analyze CLI', () => {
  test('the default dataset: header first, every rival ranked, ordered by rival then rank', async () => {
    const { status, stdout, stderr } = await run([resolve(ROOT, 'datasets/default')]);
    expect(stderr).toEqual([]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(HEADER);
    const rows = lines.slice(1).map((line) => line.split(','));
    const rivals = [...new Set(rows.map((row) => row[2]))];
    expect(rivals).toEqual(['CHN', 'PRK', 'RUS']);
    for (const rival of rivals) {
      const block = rows.filter((row) => row[2] === rival);
      // Ranked technologies first (1, 2, …); those without data follow, unranked, coverage 0.
      const ranked = block.filter((row) => row[9] !== '');
      expect(ranked.map((row) => Number(row[9]))).toEqual(ranked.map((_, i) => i + 1));
      expect(block.slice(ranked.length).every((row) => row[9] === '' && row[5] === '0.000000' && row[7] === '')).toBe(true);
      expect(ranked.length).toBeGreaterThan(0);
    }
    for (const row of rows.filter((r) => r[9] !== '')) {
      expect(row[1]).toBe('JPN+USA');
      expect(['durable', 'eroding', 'contested', 'recoverable', 'structural']).toContain(row[7]);
      // Numbers carry six decimals.
      expect(row[4]).toMatch(/^-?\d+\.\d{6}$/);
      expect(row[8]).toMatch(/^-?\d+\.\d{6}$/);
    }
  });

  test('--rival and --mc add a block for that rival with interval columns', async () => {
    const { status, stdout } = await run([resolve(ROOT, 'datasets/default'), '--rival', 'CHN', '--mc', '50', '--seed', '3']);
    expect(status).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n');
    expect(header!.startsWith(`${HEADER},`)).toBe(true);
    expect(header).toContain('rank_p05');
    expect(new Set(rows.map((row) => row.split(',')[2]))).toEqual(new Set(['CHN']));
    // Same seed, same bytes.
    const again = await run([resolve(ROOT, 'datasets/default'), '--rival', 'CHN', '--mc', '50', '--seed', '3']);
    expect(again.stdout).toBe(stdout);
  });

  test.each([
    ['a missing path', () => ['/no/such/folder'], /^error: \/no\/such\/folder: no such file or folder$/],
    ['a bad argument', () => ['x.csv', '--horizon', 'ten'], /^error: invalid --horizon: ten$/],
    [
      'text in a numeric column',
      () => [tempCsv('bad.csv', 'country,technology,indicator,year,value\nJPN,ai,gov_budget,2023,1\nCHN,ai,gov_budget,2023,abc\n')],
      /^error: bad\.csv, row 3, column "value": "abc" is not a number\.$/,
    ],
    [
      'a bad parameter for the data',
      () => [resolve(ROOT, 'datasets/default'), '--horizon', '-1'],
      /^error: .*horizon/,
    ],
  ])('%s: status 1 and one line on stderr', async (_, argv, message) => {
    const { status, stdout, stderr } = await run(argv());
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(message);
    expect(stderr[0]).not.toContain('\n');
  });

  test('as a process: exit status 1, one stderr line, no stack trace', () => {
    const bad = tempCsv('broken.csv', 'country,technology,indicator,year,value\nJPN,ai,x,20x3,1\n');
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/analyze.ts'), bad], { encoding: 'utf8', cwd: ROOT });
    expect(child.status).toBe(1);
    expect(child.stdout).toBe('');
    const lines = child.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: broken\.csv, row 2, column "year"/);
    expect(child.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);
});
