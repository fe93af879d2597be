/**
 * Command-line arguments of `npm run analyze`. Parsing is a pure function returning either the
 * options or a one-line error, so bad arguments never end in a stack trace.
 */
import { defaultParameters, type Parameters } from '../model/parameters';

/** What the CLI was asked to do. */
export interface CliOptions {
  /** Files or folders to read. */
  paths: string[];
  /** Method parameters. */
  parameters: Parameters;
  /** Run the Monte Carlo sensitivity analysis. */
  monteCarlo: boolean;
  /** Print usage and exit. */
  help: boolean;
}

/** Usage text. */
export const USAGE = `Usage: npm run analyze -- <files or folders…> [options]

Reads capability-matrix CSV files (or every .csv/.tsv/.txt file of a folder), runs the
net-assessment method and writes the durable-advantage rankings as CSV to stdout.

Options:
  --side JPN,USA        members of the side (default JPN,USA)
  --rival CHN           rival(s): a code, a comma list, or a coalition CHN+RUS (default: every rival)
  --year 2023           assessment year (default: latest year with data)
  --horizon 10          decision horizon H, years
  --window 5            trend window W, years
  --saturation 3        saturation K, log2 units
  --parity-band 0.05    parity band ε
  --max-years 30        projection cap Hmax, years
  --staleness 3         years an older value may stand in for the assessment year
  --mc 1000             run N Monte Carlo draws (adds rank interval and class probabilities)
  --seed 1              seed of the Monte Carlo generator
  --help                show this text`;

type NumericFlag = { flag: string; key: keyof Parameters; integer?: boolean };

const NUMERIC_FLAGS: NumericFlag[] = [
  { flag: '--horizon', key: 'horizon' },
  { flag: '--window', key: 'trendWindow', integer: true },
  { flag: '--saturation', key: 'saturation' },
  { flag: '--parity-band', key: 'parityBand' },
  { flag: '--max-years', key: 'maxYears' },
  { flag: '--staleness', key: 'staleness' },
];

function codes(value: string): string[] {
  return value
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code.length > 0);
}

/** Parse argv (without node and script). */
export function parseCliArgs(argv: string[]): { ok: true; options: CliOptions } | { ok: false; message: string } {
  const parameters = defaultParameters();
  const options: CliOptions = { paths: [], parameters, monteCarlo: false, help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      options.paths.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? argv[index + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      return { ok: false, message: `missing value for ${flag}` };
    }
    if (inline === undefined) index += 1;
    const number = Number(value);
    const numeric = NUMERIC_FLAGS.find((item) => item.flag === flag);
    if (numeric) {
      if (value.trim() === '' || !Number.isFinite(number) || (numeric.integer && !Number.isInteger(number))) {
        return { ok: false, message: `invalid ${flag}: ${value}` };
      }
      (parameters as unknown as Record<string, number>)[numeric.key] = number;
      continue;
    }
    switch (flag) {
      case '--side':
        parameters.side = codes(value);
        if (parameters.side.length === 0) return { ok: false, message: `invalid --side: ${value}` };
        break;
      case '--rival':
        parameters.rivals = codes(value);
        break;
      case '--year':
        if (!/^\d{4}$/.test(value.trim())) return { ok: false, message: `invalid --year: ${value}` };
        parameters.year = Number(value);
        break;
      case '--mc':
        if (!Number.isInteger(number) || number < 1) return { ok: false, message: `invalid --mc: ${value}` };
        parameters.monteCarlo.draws = number;
        options.monteCarlo = true;
        break;
      case '--seed':
        if (!Number.isInteger(number) || number < 0) return { ok: false, message: `invalid --seed: ${value}` };
        parameters.monteCarlo.seed = number;
        break;
      default:
        return { ok: false, message: `unknown option ${flag} (see --help)` };
    }
  }
  if (!options.help && options.paths.length === 0) return { ok: false, message: 'no input files or folders given (see --help)' };
  return { ok: true, options };
}
