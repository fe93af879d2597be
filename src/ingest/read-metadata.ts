/**
 * Reader of the four metadata files (countries, technologies, indicators, sources). They are
 * small, so rows are kept as string arrays and turned into validated records at the end by the
 * builder of each kind.
 */
import type { LoadedFile } from '../model/dataset';
import { headerKey } from './headers';
import { buildIndicators } from './metadata-indicators';
import { buildCountries, buildSources, buildTechnologies } from './metadata-records';
import type { FileReader, ReadContext } from './reader';
import type { FieldBounds } from './record-sink';
import type { ParsedMetadataFile } from './types';

/** Metadata file roles. */
export type MetadataRole = 'countries' | 'technologies' | 'indicators' | 'sources';

/** Columns of each metadata file; the first is the required key. */
export const METADATA_COLUMNS: Record<MetadataRole, readonly string[]> = {
  countries: ['code', 'name_en', 'name_ja', 'role', 'color'],
  technologies: ['id', 'name_en', 'name_ja', 'relevance', 'group'],
  indicators: ['id', 'name_en', 'name_ja', 'kind', 'direction', 'combine', 'unit', 'weight', 'pillar', 'levels', 'scope', 'description', 'description_ja'],
  sources: ['id', 'title', 'publisher', 'year', 'url', 'license'],
};

/** One row of a metadata file: trimmed cells by column name. */
export interface MetadataRow {
  /** Spreadsheet row. */
  row: number;
  /** Cell of a known column ('' when absent or blank). */
  cell(column: string): string;
  /** The header of a column as written (for messages). */
  header(column: string): string;
}

/** Reads one metadata file. */
export class MetadataReader implements FileReader {
  private readonly positions = new Map<string, number>();
  private readonly rows: { row: number; cells: string[] }[] = [];
  private readonly ok: boolean;

  constructor(
    private readonly role: MetadataRole,
    private readonly header: readonly string[],
    private readonly context: ReadContext,
  ) {
    const known = METADATA_COLUMNS[role];
    const { file, log } = context;
    header.forEach((name, i) => {
      const key = headerKey(name);
      if (!known.includes(key)) log.warning('unknown_column', { file, row: 1, column: name.trim() });
      else if (this.positions.has(key)) log.error('duplicate_column', { file, row: 1, column: name.trim() });
      else this.positions.set(key, i);
    });
    this.ok = this.positions.has(known[0]);
    if (!this.ok) log.error('missing_column', { file, row: 1, detail: { expected: known[0] } });
  }

  /** Keep one record. */
  record(text: string, fields: FieldBounds, row: number): void {
    if (fields.count !== this.header.length) {
      this.context.log.error('ragged_row', { file: this.context.file, row, detail: { count: fields.count, expected: this.header.length } });
      return;
    }
    this.rows.push({ row, cells: fields.strings(text) });
  }

  /** A record with an unclosed quote. */
  badQuotes(row: number, found: string): void {
    this.context.log.error('bad_quotes', { file: this.context.file, row, found });
  }

  /** Validate the rows into records. */
  finish(info: Omit<LoadedFile, 'role'>): ParsedMetadataFile | undefined {
    const { file, log } = this.context;
    if (this.ok && this.rows.length === 0) log.warning('empty_metadata', { file });
    if (!this.ok || log.hasErrors) return undefined;
    const rows: MetadataRow[] = this.rows.map(({ row, cells }) => ({
      row,
      cell: (column) => {
        const i = this.positions.get(column);
        return i === undefined ? '' : cells[i].trim();
      },
      header: (column) => {
        const i = this.positions.get(column);
        return i === undefined ? column : this.header[i].trim();
      },
    }));
    const n = this.rows.length;
    const warnings: never[] = [];
    let parsed: ParsedMetadataFile;
    switch (this.role) {
      case 'countries':
        parsed = { kind: 'metadata', info: { ...info, role: 'countries', records: n }, warnings, records: buildCountries(rows, this.context) };
        break;
      case 'technologies':
        parsed = { kind: 'metadata', info: { ...info, role: 'technologies', records: n }, warnings, records: buildTechnologies(rows, this.context) };
        break;
      case 'indicators':
        parsed = { kind: 'metadata', info: { ...info, role: 'indicators', records: n }, warnings, records: buildIndicators(rows, this.context) };
        break;
      case 'sources':
        parsed = { kind: 'metadata', info: { ...info, role: 'sources', records: n }, warnings, records: buildSources(rows, this.context) };
        break;
    }
    if (log.hasErrors) return undefined;
    parsed.warnings = log.warnings.slice();
    return parsed;
  }
}
