/**
 * Cell readers shared by the metadata builders. Options with alternatives map a name to a
 * value and reject anything else as `invalid_enum`, listing what is allowed.
 */
import { numberFromString, parseYear } from './numbers';
import type { MetadataRow } from './read-metadata';
import type { ReadContext } from './reader';

/** A cell that must be one of `allowed` (case-insensitive); blank gives `fallback`. */
export function enumCell<T extends string>(
  row: MetadataRow,
  column: string,
  allowed: readonly T[],
  fallback: T | undefined,
  context: ReadContext,
): T | undefined {
  const found = row.cell(column);
  if (!found) return fallback;
  const value = found.normalize('NFKC').toLowerCase() as T;
  if (allowed.includes(value)) return value;
  context.log.error('invalid_enum', { file: context.file, row: row.row, column: row.header(column), found, detail: { allowed: allowed.join(', ') } });
  return fallback;
}

/** A number ≥ 0 (weight, relevance); blank gives undefined. */
export function weightCell(row: MetadataRow, column: string, context: ReadContext): number | undefined {
  const found = row.cell(column);
  const value = numberFromString(found);
  if (value === undefined) return undefined;
  const where = { file: context.file, row: row.row, column: row.header(column), found };
  if (value !== value) context.log.error('not_a_number', where);
  else if (value < 0) context.log.error('negative_weight', where);
  else return value;
  return undefined;
}

/** A year; blank gives undefined. */
export function yearCell(row: MetadataRow, column: string, context: ReadContext): number | undefined {
  const found = row.cell(column);
  if (!found) return undefined;
  const year = parseYear(found, 0, found.length);
  if (year === year) return year;
  context.log.error('invalid_year', { file: context.file, row: row.row, column: row.header(column), found });
  return undefined;
}

/** A text cell, undefined when blank. Kept verbatim: labels are text, never markup. */
export function optionalCell(row: MetadataRow, column: string): string | undefined {
  return row.cell(column) || undefined;
}

/**
 * The key cell (code / id): required and unique within the file. Returns undefined (after
 * reporting) when blank or a repeat.
 */
export function keyCell(row: MetadataRow, column: string, seen: Map<string, number>, context: ReadContext, normalise = (s: string) => s): string | undefined {
  const found = row.cell(column);
  const where = { file: context.file, row: row.row, column: row.header(column) };
  if (!found) {
    context.log.error('missing_value', where);
    return undefined;
  }
  const key = normalise(found);
  const first = seen.get(key);
  if (first !== undefined) {
    context.log.error('duplicate_id', { ...where, found, detail: { otherRow: first, otherFile: context.file } });
    return undefined;
  }
  seen.set(key, row.row);
  return key;
}
