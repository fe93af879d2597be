/**
 * Builders of countries.csv, technologies.csv and sources.csv records from their rows
 * (indicators.csv has its own file: it has the most rules).
 */
import type { CountryRole } from '../model/dataset';
import { enumCell, keyCell, optionalCell, weightCell, yearCell } from './metadata-cells';
import type { MetadataRow } from './read-metadata';
import type { ReadContext } from './reader';
import type { CountryRecord, SourceRecord, TechnologyRecord } from './types';

const ROLES: readonly CountryRole[] = ['ally', 'partner', 'rival', 'other'];

/** countries.csv: code, name_en, name_ja, role, color. Codes are compared in upper case. */
export function buildCountries(rows: readonly MetadataRow[], context: ReadContext): CountryRecord[] {
  const seen = new Map<string, number>();
  const records: CountryRecord[] = [];
  for (const row of rows) {
    const code = keyCell(row, 'code', seen, context, (s) => s.normalize('NFKC').toUpperCase());
    const role = enumCell(row, 'role', ROLES, undefined, context);
    if (code === undefined) continue;
    const record: CountryRecord = { row: row.row, code, nameEn: row.cell('name_en'), nameJa: row.cell('name_ja') };
    if (role) record.role = role;
    const color = optionalCell(row, 'color');
    if (color) record.color = color;
    records.push(record);
  }
  return records;
}

/** technologies.csv: id, name_en, name_ja, relevance (≥ 0, default 1), group. */
export function buildTechnologies(rows: readonly MetadataRow[], context: ReadContext): TechnologyRecord[] {
  const seen = new Map<string, number>();
  const records: TechnologyRecord[] = [];
  for (const row of rows) {
    const id = keyCell(row, 'id', seen, context);
    const relevance = weightCell(row, 'relevance', context);
    if (id === undefined) continue;
    const record: TechnologyRecord = { row: row.row, id, nameEn: row.cell('name_en'), nameJa: row.cell('name_ja'), relevance: relevance ?? 1 };
    const group = optionalCell(row, 'group');
    if (group) record.group = group;
    records.push(record);
  }
  return records;
}

/** sources.csv: id, title, publisher, year, url, license. */
export function buildSources(rows: readonly MetadataRow[], context: ReadContext): SourceRecord[] {
  const seen = new Map<string, number>();
  const records: SourceRecord[] = [];
  for (const row of rows) {
    const id = keyCell(row, 'id', seen, context);
    const year = yearCell(row, 'year', context);
    if (id === undefined) continue;
    const record: SourceRecord = { row: row.row, id, title: row.cell('title') || id };
    if (year !== undefined) record.year = year;
    for (const column of ['publisher', 'url', 'license'] as const) {
      const value = optionalCell(row, column);
      if (value) record[column] = value;
    }
    records.push(record);
  }
  return records;
}
