/**
 * Reader of tidy long values files (country, technology, indicator, year, value, unit, source,
 * confidence, note): the hot path of a 100 MB load. Each record is read from field offsets into
 * typed columns; nothing is allocated per row except the strings seen for the first time.
 *
 * Checks that need no metadata happen here (ragged rows, required cells, year, confidence);
 * checks that depend on indicators.csv and friends wait for composeDataset.
 */
import type { LoadedFile } from '../model/dataset';
import { ColumnInterner, StringPool } from './intern';
import { numberScan, parseConfidence, parseNumber, parseYear, trimEnd, trimStart } from './numbers';
import { type ColumnIndex, type FileReader, type ReadContext, indexValuesHeader, requireColumns } from './reader';
import type { FieldBounds } from './record-sink';
import { ValuesBuilder } from './table-builder';
import type { ParsedValuesFile } from './types';

/** Records sampled before sizing the table from the file size. */
const SAMPLE_RECORDS = 1000;

/** Reads a long values file. */
export class LongReader implements FileReader {
  private readonly pool = new StringPool();
  private readonly builder = new ValuesBuilder();
  private readonly index: ColumnIndex;
  private readonly ok: boolean;
  private readonly width: number;
  private readonly country = new ColumnInterner(this.pool);
  private readonly technology = new ColumnInterner(this.pool);
  private readonly indicator = new ColumnInterner(this.pool);
  private readonly raw = new ColumnInterner(this.pool);
  private readonly unit = new ColumnInterner(this.pool);
  private readonly source = new ColumnInterner(this.pool);
  private readonly note = new ColumnInterner(this.pool);
  private records = 0;
  private sampledChars = 0;

  constructor(
    private readonly header: readonly string[],
    private readonly context: ReadContext,
  ) {
    const { index, others } = indexValuesHeader(header, context);
    this.index = index;
    this.width = header.length;
    for (const i of others) context.log.warning('unknown_column', { file: context.file, row: 1, column: header[i].trim() });
    this.ok = requireColumns(index, ['country', 'indicator', 'year', 'value'], context);
  }

  /** Read one data record. */
  record(text: string, fields: FieldBounds, row: number): void {
    this.records++;
    if (!this.ok) return;
    const { file, log } = this.context;
    if (fields.count !== this.width) {
      log.error('ragged_row', { file, row, detail: { count: fields.count, expected: this.width } });
      return;
    }
    if (this.records <= SAMPLE_RECORDS) this.sample(fields);
    const starts = fields.starts;
    const ends = fields.ends;
    const index = this.index;
    const b = this.builder;
    const i = b.next();
    b.row[i] = row;

    let c = index.country;
    let s = trimStart(text, starts[c], ends[c]);
    let e = trimEnd(text, s, ends[c]);
    if (s === e) log.error('missing_value', { file, row, column: this.header[c].trim() });
    b.country[i] = this.country.intern(text, s, e);

    c = index.indicator;
    s = trimStart(text, starts[c], ends[c]);
    e = trimEnd(text, s, ends[c]);
    if (s === e) log.error('missing_value', { file, row, column: this.header[c].trim() });
    b.indicator[i] = this.indicator.intern(text, s, e);

    c = index.year;
    s = trimStart(text, starts[c], ends[c]);
    e = trimEnd(text, s, ends[c]);
    const year = s === e ? NaN : parseYear(text, s, e);
    if (year !== year) {
      if (s === e) log.error('missing_value', { file, row, column: this.header[c].trim() });
      else log.error('invalid_year', { file, row, column: this.header[c].trim(), found: text.slice(s, e) });
    }
    b.year[i] = year | 0;

    c = index.value;
    s = trimStart(text, starts[c], ends[c]);
    e = trimEnd(text, s, ends[c]);
    if (s === e) {
      b.value[i] = NaN;
      b.raw[i] = -1;
    } else {
      const value = parseNumber(text, s, e);
      b.value[i] = value;
      b.raw[i] = value === value && numberScan.fixed >= 0 ? -1 - numberScan.fixed : this.raw.intern(text, s, e);
    }

    b.technology[i] = this.optional(this.technology, index.technology, text, fields);
    b.unit[i] = this.optional(this.unit, index.unit, text, fields);
    b.source[i] = this.optional(this.source, index.source, text, fields);
    b.note[i] = this.optional(this.note, index.note, text, fields);

    c = index.confidence;
    let grade = 1;
    if (c >= 0) {
      s = trimStart(text, starts[c], ends[c]);
      e = trimEnd(text, s, ends[c]);
      grade = parseConfidence(text, s, e);
      if (grade < 0) {
        log.error('invalid_confidence', { file, row, column: this.header[c].trim(), found: text.slice(s, e) });
        grade = 1;
      }
    }
    b.confidence[i] = grade;
  }

  /** A record with an unclosed quote: nothing sensible can be read from it. */
  badQuotes(row: number, found: string): void {
    this.records++;
    this.context.log.error('bad_quotes', { file: this.context.file, row, found });
  }

  /** The parsed file, or undefined after errors. */
  finish(info: Omit<LoadedFile, 'role'>): ParsedValuesFile | undefined {
    const { file, log } = this.context;
    if (this.ok && this.records === 0) log.error('no_data', { file });
    if (log.hasErrors) return undefined;
    const column = (c: number) => (c >= 0 ? this.header[c].trim() : undefined);
    const index = this.index;
    return {
      kind: 'values',
      info: { ...info, role: 'values-long', records: this.records },
      warnings: log.warnings.slice(),
      columns: {
        country: column(index.country),
        technology: column(index.technology),
        indicator: column(index.indicator) ?? 'indicator',
        year: column(index.year) ?? 'year',
        value: column(index.value),
        unit: column(index.unit),
      },
      technologyFromFileName: false,
      fragment: this.builder.build(this.pool.strings),
    };
  }

  /** An optional text column: trimmed and interned, -1 when absent or blank. */
  private optional(interner: ColumnInterner, c: number, text: string, fields: FieldBounds): number {
    if (c < 0) return -1;
    const s = trimStart(text, fields.starts[c], fields.ends[c]);
    return interner.intern(text, s, trimEnd(text, s, fields.ends[c]));
  }

  /** Size the table once from the average record length of the first records. */
  private sample(fields: FieldBounds): void {
    this.sampledChars += fields.ends[fields.count - 1] - fields.starts[0] + 1;
    if (this.records !== SAMPLE_RECORDS) return;
    const charsPerRecord = this.sampledChars / SAMPLE_RECORDS;
    const estimate = this.context.bytes / this.context.bytesPerChar / charsPerRecord;
    this.builder.reserve(Math.ceil(estimate * 1.1));
  }
}
