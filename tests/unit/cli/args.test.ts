/** CLI argument parsing: every flag of the issue, and one-line errors for bad arguments. */
import { describe, expect, test } from 'vitest';
import { parseCliArgs } from '../../../src/cli/args';
import { DEFAULT_PARAMETERS } from '../../../src/model/parameters';

function options(argv: string[]) {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.options;
}

describe('parseCliArgs', () => {
  test('paths only: default parameters, no Monte Carlo', () => {
    const o = options(['datasets/default', 'extra.csv']);
    expect(o.paths).toEqual(['datasets/default', 'extra.csv']);
    expect(o.parameters).toEqual(DEFAULT_PARAMETERS);
    expect(o.monteCarlo).toBe(false);
  });

  test('every flag of the issue maps to its parameter', () => {
    const o = options([
      'x.csv', '--side', 'jpn, usa,aus', '--rival', 'CHN+RUS', '--year', '2023', '--horizon', '12', '--window', '4',
      '--saturation', '2.5', '--parity-band=0.1', '--max-years', '40', '--staleness', '2', '--mc', '200', '--seed', '7',
    ]);
    expect(o.parameters).toMatchObject({
      side: ['JPN', 'USA', 'AUS'],
      rivals: ['CHN+RUS'],
      year: 2023,
      horizon: 12,
      trendWindow: 4,
      saturation: 2.5,
      parityBand: 0.1,
      maxYears: 40,
      staleness: 2,
      monteCarlo: { draws: 200, seed: 7 },
    });
    expect(o.monteCarlo).toBe(true);
  });

  test('--help needs no path', () => {
    expect(options(['--help']).help).toBe(true);
  });

  test.each([
    [[], 'no input files or folders given (see --help)'],
    [['x.csv', '--horizon'], 'missing value for --horizon'],
    [['x.csv', '--horizon', '--year', '2020'], 'missing value for --horizon'],
    [['x.csv', '--horizon', 'ten'], 'invalid --horizon: ten'],
    [['x.csv', '--window', '2.5'], 'invalid --window: 2.5'],
    [['x.csv', '--year', '23'], 'invalid --year: 23'],
    [['x.csv', '--mc', '0'], 'invalid --mc: 0'],
    [['x.csv', '--seed', '-1'], 'invalid --seed: -1'],
    [['x.csv', '--side', ' , '], 'invalid --side:  , '],
    [['x.csv', '--colour', 'red'], 'unknown option --colour (see --help)'],
  ])('%j → %s', (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, message });
  });
});
