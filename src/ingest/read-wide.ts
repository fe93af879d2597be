/**
 * Reader of wide comparison matrices, the KCS report's table as an analyst types it:
 * `比較軸 | 日本 | 米国 | 中国 …` plus a year column and either a technology column or one file
 * per technology. Each non-blank country cell becomes one long row whose country label is the
 * column header (resolved later, like any label) and whose row is the matrix row.
 */
import type { LoadedFile } from '../model/dataset';
import { fileStem } from './headers';
import { ColumnInterner, StringPool } from './intern';
import { numberScan, parseConfidence, parseNumber, parseYear, trimEnd, trimStart } from './numbers';
import { type ColumnIndex, type FileReader, type ReadContext, indexValuesHeader, requireColumns } from './reader';
import type { FieldBounds } from './record-sink';
import { ValuesBuilder } from './table-builder';
import type { ParsedValuesFile } from './types';

/** A country column: its position and its header interned as the country label. */
interface CountryColumn {
  position: number;
  label: number;
}

/** Reads a wide values file. */
export class WideReader implements FileReader {
  private readonly pool = new StringPool();
  private readonly builder = new ValuesBuilder();
  private readonly index: ColumnIndex;
  private readonly countries: CountryColumn[] = [];
  private readonly ok: boolean;
  private readonly fileTechnology: number;
  private readonly raw = new ColumnInterner(this.pool);
  private records = 0;

  constructor(
    private readonly header: readonly string[],
    private readonly context: ReadContext,
  ) {
    const { index, others } = indexValuesHeader(header, context);
    this.index = index;
    const seen = new Map<string, number>();
    for (const position of others) {
      const label = header[position].trim();
      if (!label) {
        context.log.warning('unknown_column', { file: context.file, row: 1, column: label });
        continue;
      }
      if (seen.has(label)) context.log.error('duplicate_column', { file: context.file, row: 1, column: label });
      seen.set(label, position);
      this.countries.push({ position, label: this.pool.intern(label) });
    }
    let ok = requireColumns(index, ['indicator', 'year'], context);
    if (this.countries.length === 0) {
      context.log.error('missing_column', { file: context.file, row: 1, detail: { expected: 'JPN / 日本, USA / 米国, …' } });
      ok = false;
    }
    this.ok = ok;
    // Without a technology column, the file is one technology's table, named by the file.
    this.fileTechnology = index.technology < 0 ? this.pool.intern(fileStem(context.file)) : -1;
  }

  /** Read one matrix row: one long row per non-blank country cell. */
  record(text: string, fields: FieldBounds, row: number): void {
    this.records++;
    if (!this.ok) return;
    const { file, log } = this.context;
    if (fields.count !== this.header.length) {
      log.error('ragged_row', { file, row, detail: { count: fields.count, expected: this.header.length } });
      return;
    }
    const cell = (c: number): string => (c < 0 ? '' : text.slice(fields.starts[c], fields.ends[c]).trim());
    const index = this.index;
    const axis = cell(index.indicator);
    if (!axis) log.error('missing_value', { file, row, column: this.header[index.indicator].trim() });
    const yearText = cell(index.year);
    const year = yearText ? parseYear(yearText, 0, yearText.length) : NaN;
    if (year !== year) {
      const column = this.header[index.year].trim();
      if (yearText) log.error('invalid_year', { file, row, column, found: yearText });
      else log.error('missing_value', { file, row, column });
    }
    let grade = 1;
    if (index.confidence >= 0) {
      const found = cell(index.confidence);
      grade = parseConfidence(found, 0, found.length);
      if (grade < 0) log.error('invalid_confidence', { file, row, column: this.header[index.confidence].trim(), found });
    }
    const intern = (value: string) => (value ? this.pool.intern(value) : -1);
    const indicator = intern(axis);
    const technology = index.technology >= 0 ? intern(cell(index.technology)) : this.fileTechnology;
    const unit = intern(cell(index.unit));
    const source = intern(cell(index.source));
    const note = intern(cell(index.note));
    const b = this.builder;
    for (const country of this.countries) {
      const start = trimStart(text, fields.starts[country.position], fields.ends[country.position]);
      const end = trimEnd(text, start, fields.ends[country.position]);
      if (start === end) continue; // an empty matrix cell is simply no data
      const i = b.next();
      const value = parseNumber(text, start, end);
      b.value[i] = value;
      b.raw[i] = value === value && numberScan.fixed >= 0 ? -1 - numberScan.fixed : this.raw.intern(text, start, end);
      b.country[i] = country.label;
      b.technology[i] = technology;
      b.indicator[i] = indicator;
      b.year[i] = year | 0;
      b.unit[i] = unit;
      b.source[i] = source;
      b.note[i] = note;
      b.confidence[i] = grade < 0 ? 1 : grade;
      b.row[i] = row;
    }
  }

  /** A record with an unclosed quote. */
  badQuotes(row: number, found: string): void {
    this.records++;
    this.context.log.error('bad_quotes', { file: this.context.file, row, found });
  }

  /** The parsed file, or undefined after errors. */
  finish(info: Omit<LoadedFile, 'role'>): ParsedValuesFile | undefined {
    const { file, log } = this.context;
    if (this.ok && this.records === 0) log.error('no_data', { file });
    if (log.hasErrors) return undefined;
    const index = this.index;
    return {
      kind: 'values',
      info: { ...info, role: 'values-wide', records: this.records },
      warnings: log.warnings.slice(),
      columns: {
        technology: index.technology >= 0 ? this.header[index.technology].trim() : undefined,
        indicator: this.header[index.indicator].trim(),
        year: this.header[index.year].trim(),
        unit: index.unit >= 0 ? this.header[index.unit].trim() : undefined,
      },
      technologyFromFileName: index.technology < 0,
      fragment: this.builder.build(this.pool.strings),
    };
  }
}
