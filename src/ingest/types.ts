/**
 * Types of the ingest layer's public API: what goes in (bytes), what a single file parses to
 * (a {@link ParsedFile}), and the options every entry point accepts.
 *
 * A ParsedFile is the unit the app keeps between loads: it is plain data (objects, arrays,
 * typed arrays, strings) so it survives `structuredClone`, IndexedDB and `postMessage`, and it
 * holds everything composeDataset needs — labels unresolved and raw cell text kept — so that
 * adding countries.csv later re-resolves old values without re-reading their bytes.
 */
import type { CombineRule, CountryRole, Direction, IndicatorKind, IndicatorScope, LoadedFile, LoadIssue, OrdinalLevel } from '../model/dataset';

/** One file handed to ingest. */
export interface InputFile {
  /** File name as the user sees it (a path is allowed; only the last segment is used). */
  name: string;
  /** The file's bytes. May be empty when {@link InputFile.size} says the file was too big to read. */
  bytes: Uint8Array;
  /** Size in bytes when it differs from `bytes.length` (a client that refused to read a huge file). */
  size?: number;
}

/** Options of every ingest entry point. */
export interface ParseOptions {
  /** Called with the fraction of work done (0–1), at most about every 50 ms. */
  onProgress?: (fraction: number) => void;
  /** Polled between chunks; returning true stops the work with a `cancelled` error. */
  isCancelled?: () => boolean;
}

/** Id, name and origin of the dataset being composed. */
export interface DatasetIdentity {
  /** Stable id. */
  id: string;
  /** Display name. */
  name: string;
  /** Built-in or user data. */
  origin: 'builtin' | 'user';
}

/**
 * Values of one file, column by column, exactly as read: labels are indices into
 * {@link ValuesFragment.strings} and are resolved only when composing.
 *
 * The value of row i is `value[i]` when it is a number. Its text as written is
 * `strings[raw[i]]` when `raw[i] >= 0`; otherwise, for a number, `value[i].toFixed(-1 - raw[i])`
 * (the reader keeps the text only when that would not give it back, e.g. "1,234", "１２",
 * "007" or "abc"); a blank cell has `value` NaN and `raw` -1. {@link cellText} reads it.
 */
export interface ValuesFragment {
  /** Number of rows. */
  length: number;
  /** Interned strings of this file. */
  strings: string[];
  /** Country label as written (code, name_en or name_ja); for wide files the column header. */
  country: Int32Array;
  /** Technology label as written, or -1 when blank. */
  technology: Int32Array;
  /** Indicator label as written (id, name_en or name_ja). */
  indicator: Int32Array;
  /** Year. */
  year: Int32Array;
  /** Numeric reading of the cell, NaN when blank or not a number. */
  value: Float64Array;
  /** Text of the cell as written (index ≥ 0), or -1 − k when `value.toFixed(k)` reproduces it. */
  raw: Int32Array;
  /** Unit, or -1. */
  unit: Int32Array;
  /** Source, or -1. */
  source: Int32Array;
  /** Confidence code (index into CONFIDENCE_GRADES). */
  confidence: Uint8Array;
  /** Note, or -1. */
  note: Int32Array;
  /** Spreadsheet row (header = 1). */
  row: Uint32Array;
}

/** Headers as written in the file, for messages (`column` of an issue). */
export interface ValuesColumns {
  /** Header of the country column (long files). */
  country?: string;
  /** Header of the technology column, if any. */
  technology?: string;
  /** Header of the indicator / axis column. */
  indicator: string;
  /** Header of the year column. */
  year: string;
  /** Header of the value column (long files; wide files name the country column instead). */
  value?: string;
  /** Header of the unit column, if any. */
  unit?: string;
}

/** A values file (long, or wide already melted to long). */
export interface ParsedValuesFile {
  /** How the file was read. */
  kind: 'values';
  /** File facts shown in the data view. */
  info: LoadedFile & { role: 'values-long' | 'values-wide' };
  /** Warnings found while reading (kept so that every later compose shows them again). */
  warnings: LoadIssue[];
  /** Column headers as written. */
  columns: ValuesColumns;
  /** True when the technology came from the file name (wide files without a technology column). */
  technologyFromFileName: boolean;
  /** The values. */
  fragment: ValuesFragment;
}

/** A countries.csv row. */
export interface CountryRecord {
  /** Spreadsheet row. */
  row: number;
  /** Code, upper case. */
  code: string;
  /** English name, or empty. */
  nameEn: string;
  /** Japanese name, or empty. */
  nameJa: string;
  /** Role, when given. */
  role?: CountryRole;
  /** Colour, verbatim. */
  color?: string;
}

/** A technologies.csv row. */
export interface TechnologyRecord {
  /** Spreadsheet row. */
  row: number;
  /** Id. */
  id: string;
  /** English name, or empty. */
  nameEn: string;
  /** Japanese name, or empty. */
  nameJa: string;
  /** Relevance ≥ 0. */
  relevance: number;
  /** Group, when given. */
  group?: string;
}

/** An indicators.csv row. */
export interface IndicatorRecord {
  /** Spreadsheet row. */
  row: number;
  /** Id. */
  id: string;
  /** English name, or empty. */
  nameEn: string;
  /** Japanese name, or empty. */
  nameJa: string;
  /** Kind; undefined = infer from the values like a file without indicators.csv. */
  kind?: IndicatorKind;
  /** Direction. */
  direction: Direction;
  /** Combine rule. */
  combine: CombineRule;
  /** Declared unit, when given. */
  unit?: string;
  /** Weight, when given (else 1, 0 for text). */
  weight?: number;
  /** Pillar, when given. */
  pillar?: string;
  /** Levels, sorted by value. */
  levels?: OrdinalLevel[];
  /** Scope. */
  scope: IndicatorScope;
  /** English description. */
  description?: string;
  /** Japanese description. */
  descriptionJa?: string;
}

/** A sources.csv row. */
export interface SourceRecord {
  /** Spreadsheet row. */
  row: number;
  /** Id. */
  id: string;
  /** Title (the id when blank). */
  title: string;
  /** Publisher. */
  publisher?: string;
  /** Year. */
  year?: number;
  /** URL, verbatim. */
  url?: string;
  /** Licence. */
  license?: string;
}

/** Common part of a parsed metadata file. */
interface ParsedMetadataBase<Role extends LoadedFile['role'], R> {
  /** How the file was read. */
  kind: 'metadata';
  /** File facts; `role` tells which metadata. */
  info: LoadedFile & { role: Role };
  /** Warnings found while reading. */
  warnings: LoadIssue[];
  /** The validated rows. */
  records: R[];
}

/** countries.csv. */
export type ParsedCountriesFile = ParsedMetadataBase<'countries', CountryRecord>;
/** technologies.csv. */
export type ParsedTechnologiesFile = ParsedMetadataBase<'technologies', TechnologyRecord>;
/** indicators.csv. */
export type ParsedIndicatorsFile = ParsedMetadataBase<'indicators', IndicatorRecord>;
/** sources.csv. */
export type ParsedSourcesFile = ParsedMetadataBase<'sources', SourceRecord>;

/** Any parsed metadata file. */
export type ParsedMetadataFile = ParsedCountriesFile | ParsedTechnologiesFile | ParsedIndicatorsFile | ParsedSourcesFile;

/**
 * Per-file parse product: structured-cloneable (it is stored in IndexedDB and sent between
 * worker and page), re-composable without re-reading bytes. Either validated metadata records,
 * or a raw values fragment (long, or wide melted to long) with unresolved labels and raw cell
 * text kept.
 */
export type ParsedFile = ParsedValuesFile | ParsedMetadataFile;

/** The text of value cell `i` of a fragment as it was written ('' when blank). */
export function cellText(fragment: ValuesFragment, i: number): string {
  const raw = fragment.raw[i];
  if (raw >= 0) return fragment.strings[raw];
  const value = fragment.value[i];
  return value === value ? value.toFixed(-1 - raw) : '';
}
