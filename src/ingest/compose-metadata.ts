/**
 * Merging the metadata files of a dataset. Several files of one kind may be loaded (say
 * countries.csv and a renamed extra list); their rows are concatenated, and an id defined in
 * two files is an error naming both places.
 */
import type { IssueLog } from './issue-log';
import { METADATA_COLUMNS } from './read-metadata';
import type { CountryRecord, IndicatorRecord, ParsedFile, ParsedMetadataFile, SourceRecord, TechnologyRecord } from './types';

/** The merged metadata; a kind is undefined when no file of it with rows was loaded. */
export interface Metadata {
  /** countries.csv rows. */
  countries?: CountryRecord[];
  /** technologies.csv rows. */
  technologies?: TechnologyRecord[];
  /** indicators.csv rows. */
  indicators?: IndicatorRecord[];
  /** sources.csv rows. */
  sources?: SourceRecord[];
}

type Role = ParsedMetadataFile['info']['role'];
type AnyRecord = CountryRecord | TechnologyRecord | IndicatorRecord | SourceRecord;

function keyOf(record: AnyRecord): string {
  return 'code' in record ? record.code : record.id;
}

/** Merge the metadata files among `files`, reporting ids defined in two files. */
export function mergeMetadata(files: readonly ParsedFile[], log: IssueLog): Metadata {
  const merged: Partial<Record<Role, AnyRecord[]>> = {};
  const seen: Partial<Record<Role, Map<string, { file: string; row: number }>>> = {};
  for (const file of files) {
    if (file.kind !== 'metadata' || file.records.length === 0) continue;
    const role = file.info.role;
    const list = (merged[role] ??= []);
    const where = (seen[role] ??= new Map());
    for (const record of file.records as AnyRecord[]) {
      const key = keyOf(record);
      const first = where.get(key);
      if (first) {
        log.error('duplicate_id', {
          file: file.info.name,
          row: record.row,
          column: METADATA_COLUMNS[role][0],
          found: key,
          detail: { otherRow: first.row, otherFile: first.file },
        });
        continue;
      }
      where.set(key, { file: file.info.name, row: record.row });
      list.push(record);
    }
  }
  return {
    countries: merged.countries as CountryRecord[] | undefined,
    technologies: merged.technologies as TechnologyRecord[] | undefined,
    indicators: merged.indicators as IndicatorRecord[] | undefined,
    sources: merged.sources as SourceRecord[] | undefined,
  };
}
