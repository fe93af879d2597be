/**
 * What every file reader shares: the context it reports into, the interface parse-file drives,
 * and header bookkeeping (which column is where, duplicates, unknown columns).
 */
import type { LoadedFile } from '../model/dataset';
import { type ValueColumn, valueColumnOf } from './headers';
import type { IssueLog } from './issue-log';
import type { RecordSink } from './record-sink';
import type { ParsedFile } from './types';

/** Where a reader reports and what it knows about its file. */
export interface ReadContext {
  /** File name as shown in messages. */
  file: string;
  /** Issues of this file. */
  log: IssueLog;
  /** Size of the file in bytes (to pre-size tables). */
  bytes: number;
  /** Average bytes per character of the encoding (2 for UTF-16), for the same estimate. */
  bytesPerChar: number;
}

/** A reader of one kind of file: receives the data records after the header. */
export interface FileReader extends RecordSink {
  /** The parsed file, once every record was read; undefined when reading found errors. */
  finish(info: Omit<LoadedFile, 'role'>): ParsedFile | undefined;
}

/** Positions of the values columns in a header (-1 when absent). */
export type ColumnIndex = Record<ValueColumn, number>;

/** Header facts of a values file. */
export interface ValuesHeader {
  /** Position of each known column. */
  index: ColumnIndex;
  /** Positions of columns no values column claims (wide files read them as countries). */
  others: number[];
}

/**
 * Locate the values columns of a header. A known column named twice is an error (which one
 * would hold the value?); `others` lists the rest.
 */
export function indexValuesHeader(header: readonly string[], context: ReadContext): ValuesHeader {
  const index: ColumnIndex = { country: -1, technology: -1, indicator: -1, year: -1, value: -1, unit: -1, source: -1, confidence: -1, note: -1 };
  const others: number[] = [];
  header.forEach((name, i) => {
    const column = valueColumnOf(name);
    if (!column) others.push(i);
    else if (index[column] >= 0) context.log.error('duplicate_column', { file: context.file, row: 1, column: name.trim() });
    else index[column] = i;
  });
  return { index, others };
}

/** Report missing required columns; true when all are present. */
export function requireColumns(index: ColumnIndex, required: readonly ValueColumn[], context: ReadContext): boolean {
  let ok = true;
  for (const column of required) {
    if (index[column] >= 0) continue;
    context.log.error('missing_column', { file: context.file, row: 1, detail: { expected: column } });
    ok = false;
  }
  return ok;
}
