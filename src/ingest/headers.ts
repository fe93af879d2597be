/**
 * Header rows: normalising header names, the accepted names of each values column, and telling
 * what a file holds — by its name for the four metadata files, otherwise by its header row.
 */
import type { FileRole } from '../model/dataset';

/** Columns of a values file. */
export type ValueColumn = 'country' | 'technology' | 'indicator' | 'year' | 'value' | 'unit' | 'source' | 'confidence' | 'note';

/**
 * Accepted header names (after {@link headerKey}) of each values column. The English names are
 * DATA-FORMAT's; `比較軸`, `axis` and `年` are its wide-matrix names; the other Japanese ones
 * are what an analyst naturally types in the same spreadsheet.
 */
const VALUE_COLUMN_NAMES: Record<ValueColumn, readonly string[]> = {
  country: ['country', '国'],
  technology: ['technology', '技術'],
  indicator: ['indicator', '比較軸', 'axis', '指標'],
  year: ['year', '年'],
  value: ['value', '値'],
  unit: ['unit', '単位'],
  source: ['source', '出典'],
  confidence: ['confidence', '信頼度'],
  note: ['note', '備考', '注記'],
};

const VALUE_COLUMN_BY_NAME = new Map<string, ValueColumn>(
  (Object.entries(VALUE_COLUMN_NAMES) as [ValueColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as [string, ValueColumn]),
  ),
);

/** Comparable form of a header cell: NFKC (full-width → ASCII), trimmed, lower case. */
export function headerKey(header: string): string {
  return header.normalize('NFKC').trim().toLowerCase();
}

/** The values column a header names, if any. */
export function valueColumnOf(header: string): ValueColumn | undefined {
  return VALUE_COLUMN_BY_NAME.get(headerKey(header));
}

/** The last path segment of a file name (browsers give bare names; the CLI may give paths). */
export function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] || name;
}

/** File name without its extension (`ai.csv` → `ai`): the technology of a wide file. */
export function fileStem(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

type MetadataRole = 'countries' | 'technologies' | 'indicators' | 'sources';
const METADATA_ROLES: readonly MetadataRole[] = ['countries', 'technologies', 'indicators', 'sources'];

/** Columns that, next to `code` or `id`, mark a metadata file whatever its name. */
const METADATA_SIGNATURES: Record<MetadataRole, { key: string; any: readonly string[] }> = {
  countries: { key: 'code', any: ['name_en', 'name_ja', 'role', 'color'] },
  indicators: { key: 'id', any: ['kind', 'direction', 'combine', 'levels', 'scope', 'pillar', 'weight'] },
  technologies: { key: 'id', any: ['relevance', 'group'] },
  sources: { key: 'id', any: ['title', 'publisher', 'url', 'license'] },
};

/** What a file holds, from its name and header; undefined when neither tells. */
export function detectRole(fileName: string, header: readonly string[]): FileRole | undefined {
  const stem = fileStem(fileName).toLowerCase();
  const byName = METADATA_ROLES.find((role) => role === stem);
  if (byName) return byName;
  const keys = new Set(header.map(headerKey));
  const columns = new Set(header.map(valueColumnOf));
  if (columns.has('country') || columns.has('value')) return 'values-long';
  for (const role of METADATA_ROLES) {
    const signature = METADATA_SIGNATURES[role];
    if (keys.has(signature.key) && signature.any.some((name) => keys.has(name))) return role;
  }
  if (columns.has('indicator')) return 'values-wide';
  return undefined;
}
