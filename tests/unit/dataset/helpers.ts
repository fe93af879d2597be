/**
 * Shared readers for the dataset tests: the committed files of datasets/default/ and the source
 * CSVs of datasets/sources/, parsed with the build's own strict CSV reader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvTable, type CsvTable } from '../../../scripts/dataset/csv';
import { REPO_ROOT } from '../../../scripts/dataset/io';

/** datasets/default/ */
export const DEFAULT_DIR = join(REPO_ROOT, 'datasets', 'default');
/** datasets/sources/ */
export const SOURCES_DIR = join(REPO_ROOT, 'datasets', 'sources');

/** Raw text of a file of datasets/default/. */
export function readDefaultText(name: string): string {
  return readFileSync(join(DEFAULT_DIR, name), 'utf8');
}

const cache = new Map<string, CsvTable>();

/** A parsed file of datasets/default/ (parsed once per test file). */
export function readDefault(name: string): CsvTable {
  const key = `default/${name}`;
  if (!cache.has(key)) cache.set(key, parseCsvTable(readDefaultText(name), name));
  return cache.get(key) as CsvTable;
}

/** A parsed source file of datasets/sources/ (parsed once per test file). */
export function readSource(name: string): CsvTable {
  const key = `sources/${name}`;
  if (!cache.has(key)) cache.set(key, parseCsvTable(readFileSync(join(SOURCES_DIR, name), 'utf8'), name));
  return cache.get(key) as CsvTable;
}

/** The value text of one source row, or undefined. */
export function sourceValue(file: string, country: string, indicator: string, year: number): string | undefined {
  return readSource(file).records.find((r) => r.country_iso3 === country && r.indicator === indicator && r.year === String(year))?.value;
}

/** The dataset row for one key, or undefined. */
export function datasetRow(country: string, technology: string, indicator: string, year: number): Record<string, string> | undefined {
  return readDefault('values.csv').records.find(
    (r) => r.country === country && r.technology === technology && r.indicator === indicator && r.year === String(year),
  );
}
