/**
 * Headless entry: `npm run analyze -- <files or folders…> [options]`. Reuses the app's ingest
 * and engine and nothing else, so its CSV equals the app's "Export rankings (CSV)" byte for byte.
 * Every failure ends with exit status 1 and one line on stderr — never a stack trace.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ingestFiles, formatIssue, type InputFile } from '../ingest';
import { analyse, runSensitivity, validateParameters } from '../engine';
import { rankingsCsv } from '../export/rankings-csv';
import { parseCliArgs, USAGE } from './args';

const READABLE = /\.(csv|tsv|txt)$/i;

async function collectFiles(paths: string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new Error(`${path}: no such file or folder`);
    }
    const names = info.isDirectory()
      ? (await readdir(path)).filter((name) => READABLE.test(name)).sort().map((name) => join(path, name))
      : [path];
    if (info.isDirectory() && names.length === 0) throw new Error(`${path}: the folder holds no .csv, .tsv or .txt file`);
    for (const name of names) files.push({ name: basename(name), bytes: new Uint8Array(await readFile(name)) });
  }
  return files;
}

/** Run the CLI; returns the exit status. */
export async function main(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    err(`error: ${parsed.message}`);
    return 1;
  }
  const { options } = parsed;
  if (options.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  let files: InputFile[];
  try {
    files = await collectFiles(options.paths);
  } catch (error) {
    err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const loaded = ingestFiles(files, [], { id: 'cli', name: 'cli', origin: 'user' });
  if (!loaded.ok) {
    const first = loaded.errors[0];
    const more = loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more error(s))` : '';
    err(`error: ${first ? formatIssue(first, 'en') : 'the files could not be read'}${more}`);
    return 1;
  }
  const { dataset } = loaded.value;
  const problems = validateParameters(options.parameters, dataset);
  if (problems.length > 0) {
    err(`error: ${problems.join('; ')}`);
    return 1;
  }
  const result = analyse(dataset, options.parameters);
  const sensitivity = options.monteCarlo ? runSensitivity(dataset, options.parameters) : undefined;
  out(rankingsCsv(result, sensitivity));
  return 0;
}

const isEntry = process.argv[1] !== undefined && /analyze\.(ts|js|mjs)$/.test(process.argv[1]);
if (isEntry) {
  main(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(`${text}\n`),
  )
    .then((status) => {
      process.exitCode = status;
    })
    .catch((error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
