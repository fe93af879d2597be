/**
 * parseFile: one file's bytes → a ParsedFile. Refuses what cannot be a CSV (too large, empty,
 * binary, undecodable), detects encoding and dialect, decides from the header what the file
 * holds, and hands the records to the matching reader.
 */
import type { FileRole, IngestResult } from '../model/dataset';
import { type Encoding, sniffBytes } from './decode';
import { baseName, detectRole } from './headers';
import { IssueLog } from './issue-log';
import { MAX_FILE_BYTES } from './limits';
import { MetadataReader } from './read-metadata';
import { LongReader } from './read-long';
import { WideReader } from './read-wide';
import type { FileReader, ReadContext } from './reader';
import type { FieldBounds, RecordSink } from './record-sink';
import { type ReadOptions, readRecords } from './records';
import type { InputFile, ParsedFile } from './types';

const MIB = 1024 * 1024;

/** Refusal with a single error. */
export function failure<T>(log: IssueLog): IngestResult<T> {
  log.finish();
  return { ok: false, errors: log.errors, warnings: log.warnings };
}

function createReader(role: FileRole, header: string[], context: ReadContext): FileReader {
  switch (role) {
    case 'values-long':
      return new LongReader(header, context);
    case 'values-wide':
      return new WideReader(header, context);
    default:
      return new MetadataReader(role, header, context);
  }
}

/** Takes the header record, picks the reader, then forwards every record to it. */
class Dispatcher implements RecordSink {
  reader: FileReader | undefined;
  unrecognised = false;

  constructor(private readonly context: ReadContext) {}

  record(text: string, fields: FieldBounds, row: number): void {
    if (this.reader) return this.reader.record(text, fields, row);
    if (this.unrecognised) return;
    const header = fields.strings(text);
    const role = detectRole(this.context.file, header);
    if (!role) {
      this.unrecognised = true;
      this.context.log.error('unrecognised_file', { file: this.context.file, row, found: header.join(', ') });
      return;
    }
    this.reader = createReader(role, header, this.context);
  }

  badQuotes(row: number, found: string): void {
    if (this.reader) this.reader.badQuotes(row, found);
    else this.context.log.error('bad_quotes', { file: this.context.file, row, found });
  }
}

/** parseFile without the safety net. */
function parse(file: InputFile, options: ReadOptions): IngestResult<ParsedFile> {
  const name = baseName(file.name);
  const size = file.size ?? file.bytes.length;
  const log = new IssueLog();
  if (size > MAX_FILE_BYTES) {
    log.error('file_too_large', { file: name, detail: { sizeMiB: Math.ceil((size / MIB) * 10) / 10, limitMiB: (MAX_FILE_BYTES + 1) / MIB } });
    return failure(log);
  }
  const sniff = sniffBytes(file.bytes);
  if (sniff.kind !== 'text') {
    log.error(sniff.kind === 'empty' ? 'empty_file' : 'binary_file', { file: name });
    return failure(log);
  }
  for (const encoding of sniff.candidates) {
    const attempt = new IssueLog();
    const context: ReadContext = { file: name, log: attempt, bytes: size, bytesPerChar: encoding.startsWith('utf-16') ? 2 : 1 };
    const dispatcher = new Dispatcher(context);
    const outcome = readRecords(file.bytes, encoding as Encoding, dispatcher, options);
    if (outcome.status === 'decode_error') continue;
    if (outcome.status === 'cancelled' || outcome.status === 'binary') {
      log.error(outcome.status === 'binary' ? 'binary_file' : 'cancelled', { file: name });
      return failure(log);
    }
    if (!dispatcher.reader) {
      if (!dispatcher.unrecognised) attempt.error('empty_file', { file: name });
      return failure(attempt);
    }
    const parsed = dispatcher.reader.finish({ name, encoding, delimiter: outcome.dialect.delimiter, records: 0, bytes: size });
    attempt.finish();
    if (!parsed) return { ok: false, errors: attempt.errors, warnings: attempt.warnings };
    parsed.warnings = attempt.warnings.slice();
    options.onProgress?.(1);
    return { ok: true, value: parsed, warnings: attempt.warnings };
  }
  log.error('unknown_encoding', { file: name });
  return failure(log);
}

/**
 * Parse one file into a {@link ParsedFile}. Never throws: every problem, even an unexpected
 * one, comes back as an issue of an `ok: false` result.
 */
export function parseFile(file: InputFile, options: ReadOptions = {}): IngestResult<ParsedFile> {
  try {
    return parse(file, options);
  } catch (error) {
    const log = new IssueLog();
    log.error('internal_error', { file: baseName(String(file?.name)), found: error instanceof Error ? error.message : String(error) });
    return failure(log);
  }
}
