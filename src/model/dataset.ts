/**
 * Types of a loaded capability-matrix dataset (see ../shared/DATA-FORMAT.md).
 *
 * No logic lives here except the tiny, dependency-free helpers of the columnar value table,
 * which every layer (ingest, engine, views, workers) shares.
 */

/** ISO 3166-1 alpha-3 country code, upper case (JPN, USA, CHN…). */
export type CountryCode = string;

/** Role of a country in the default assessment (countries.csv `role`). */
export type CountryRole = 'ally' | 'partner' | 'rival' | 'other';

/** Confidence grade of a value: A audited official, B credible estimate (default), C analyst judgement. */
export type Confidence = 'A' | 'B' | 'C';

/** Confidence grades in the order of their numeric code in {@link ValueTable.confidence}. */
export const CONFIDENCE_GRADES: readonly Confidence[] = ['A', 'B', 'C'];

/** A country as described by countries.csv, or inferred from the values. */
export interface Country {
  /** ISO alpha-3 code. */
  code: CountryCode;
  /** English name (falls back to the code). */
  nameEn: string;
  /** Japanese name (falls back to the English name). */
  nameJa: string;
  /** Role in the default assessment. */
  role: CountryRole;
  /** Display colour (CSS colour), when the file gives one. */
  color?: string;
  /** True when no countries.csv row described it. */
  inferred?: boolean;
}

/** A technology (technologies.csv). */
export interface Technology {
  /** Identifier used in values files (`ai`, `quantum`…). */
  id: string;
  /** English name. */
  nameEn: string;
  /** Japanese name. */
  nameJa: string;
  /** "Centre of gravity" weight r_t ≥ 0 (default 1). */
  relevance: number;
  /** Optional grouping shown in views. */
  group?: string;
  /** True when no technologies.csv row described it. */
  inferred?: boolean;
}

/** Kind of indicator: how its values are read and scored. */
export type IndicatorKind = 'quantity' | 'ordinal' | 'text';
/** Whether more is better (`higher`) or less is better (`lower`). */
export type Direction = 'higher' | 'lower';
/** How a coalition's value is formed from its members' values. */
export type CombineRule = 'sum' | 'max' | 'mean';
/** Whether an indicator is measured per technology or per country (context). */
export type IndicatorScope = 'technology' | 'country';

/** One level of an ordinal scale, e.g. `2=fielded/実戦配備`. */
export interface OrdinalLevel {
  /** Numeric level. */
  value: number;
  /** English label. */
  labelEn: string;
  /** Japanese label (falls back to English). */
  labelJa: string;
}

/** An indicator (comparison axis), from indicators.csv or inferred. */
export interface Indicator {
  /** Identifier used in values files. */
  id: string;
  /** English name. */
  nameEn: string;
  /** Japanese name. */
  nameJa: string;
  /** quantity | ordinal | text. */
  kind: IndicatorKind;
  /** Is more better? */
  direction: Direction;
  /** Coalition combination rule. */
  combine: CombineRule;
  /** Expected unit, if declared. */
  unit?: string;
  /** Weight w_i ≥ 0 (text indicators carry none). */
  weight: number;
  /** Grouping (investment, talent, output, military, governance…). */
  pillar?: string;
  /** Ordinal levels sorted by value; the ends give L_min and L_max. */
  levels?: OrdinalLevel[];
  /** `technology` (default) or `country` (context indicator, left out of composites). */
  scope: IndicatorScope;
  /** What the indicator measures or proxies (English). */
  description?: string;
  /** What the indicator measures or proxies (Japanese). */
  descriptionJa?: string;
  /** True when no indicators.csv row described it. */
  inferred?: boolean;
}

/** A bibliographic source (sources.csv). */
export interface Source {
  /** Identifier referenced by the `source` column of values. */
  id: string;
  /** Title. */
  title: string;
  /** Publisher. */
  publisher?: string;
  /** Publication year. */
  year?: number;
  /** URL (shown as text; the app never fetches it). */
  url?: string;
  /** Licence or attribution line. */
  license?: string;
}

/**
 * All values of a dataset, stored column by column.
 *
 * Why columnar: a 100 MB file holds millions of values; typed arrays keep that in ~50 bytes a
 * row, move between the worker and the page without copying (transferable buffers), and store
 * in IndexedDB as they are.
 *
 * Every string column holds an index into {@link ValueTable.strings}, or -1 for "empty".
 */
export interface ValueTable {
  /** Number of rows. */
  length: number;
  /** Interned strings referenced by the string columns. */
  strings: string[];
  /** Country code (index into strings). */
  country: Int32Array;
  /** Technology id, or -1 for a country-scope value. */
  technology: Int32Array;
  /** Indicator id. */
  indicator: Int32Array;
  /** Year. */
  year: Int32Array;
  /** Numeric value; NaN when the cell is blank or not a number. */
  value: Float64Array;
  /** Raw text of the cell when it is not a number (text indicators), else -1. */
  text: Int32Array;
  /** Unit as written in the row, or -1. */
  unit: Int32Array;
  /** Source id or free text, or -1. */
  source: Int32Array;
  /** Confidence grade code: index into {@link CONFIDENCE_GRADES}. */
  confidence: Uint8Array;
  /** Note, or -1. */
  note: Int32Array;
  /** Index of the file in {@link Dataset.files} the row came from. */
  file: Uint16Array;
  /** Row in that file as a spreadsheet shows it (header row = 1). For wide files, the row of the matrix. */
  row: Uint32Array;
}

/** How a loaded file was understood. */
export type FileRole = 'values-long' | 'values-wide' | 'countries' | 'technologies' | 'indicators' | 'sources';

/** What the app knows about a file it loaded. */
export interface LoadedFile {
  /** File name as given by the user. */
  name: string;
  /** How it was read. */
  role: FileRole;
  /** Detected encoding (utf-8, utf-16le, utf-16be, shift_jis). */
  encoding: string;
  /** Detected delimiter. */
  delimiter: ',' | '\t' | ';';
  /** Number of data records (header excluded). */
  records: number;
  /** Size in bytes. */
  bytes: number;
}

/** Severity of a load issue: errors refuse the load, warnings load with a visible report. */
export type IssueSeverity = 'error' | 'warning';

/**
 * A problem found while reading or validating files. Messages are rendered from `code` and the
 * other fields by the i18n layer, in Japanese or English.
 */
export interface LoadIssue {
  /** error refuses the whole load; warning is reported and the load proceeds. */
  severity: IssueSeverity;
  /** Machine-readable kind of issue (see src/i18n issue messages). */
  code: string;
  /** File name. */
  file?: string;
  /** Spreadsheet row (header = 1). */
  row?: number;
  /** Column header as written in the file. */
  column?: string;
  /** The offending text, as found. */
  found?: string;
  /** Extra named values for the message (limit, other row, expected unit…). */
  detail?: Record<string, string | number>;
}

/** A complete dataset: metadata, values and what was loaded to build it. */
export interface Dataset {
  /** Stable id (used in URLs and storage). */
  id: string;
  /** Display name. */
  name: string;
  /** `builtin` datasets ship with the app and cannot be edited; `user` ones come from files. */
  origin: 'builtin' | 'user';
  /** True for a small illustrative dataset whose numbers are not real. */
  isSample?: boolean;
  /** Countries, sorted by code. */
  countries: Country[];
  /** Technologies, in file order. */
  technologies: Technology[];
  /** Indicators, in file order. */
  indicators: Indicator[];
  /** Sources. */
  sources: Source[];
  /** Every value. */
  values: ValueTable;
  /** Files the dataset was built from. */
  files: LoadedFile[];
  /** Warnings found when the dataset was composed (errors never reach a Dataset). */
  warnings: LoadIssue[];
}

/** Tagged result of any ingest step: never throws past the ingest edge. */
export type IngestResult<T> =
  | { ok: true; value: T; warnings: LoadIssue[] }
  | { ok: false; errors: LoadIssue[]; warnings: LoadIssue[] };

/** Read the string at an interned index (-1 → undefined). */
export function stringAt(table: ValueTable, index: number): string | undefined {
  return index < 0 ? undefined : table.strings[index];
}
