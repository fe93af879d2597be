/**
 * A composed Dataset as plain JSON and back, without loss. The build composes the embedded
 * default dataset once (scripts/builtin-dataset-plugin.ts) and ships it in this form, so a
 * first visit needs neither the CSV text nor the CSV parser and validator (papaparse + ingest)
 * before it can draw the overview.
 *
 * Typed-array columns become number arrays; the `row` column is delta-coded (consecutive rows
 * differ by 1, which compresses to almost nothing). Numbers JSON cannot hold (NaN, ±Infinity,
 * -0) are written as strings.
 */
import type { Dataset, ValueTable } from '../model/dataset';

/** Version of the format: bump when the Dataset shape changes. */
export const COMPACT_DATASET_FORMAT = 2;

/** The integer columns of a ValueTable and the typed array each one is read into. */
const INTEGER_COLUMNS = {
  country: Int32Array,
  technology: Int32Array,
  indicator: Int32Array,
  year: Int32Array,
  text: Int32Array,
  unit: Int32Array,
  source: Int32Array,
  confidence: Uint8Array,
  note: Int32Array,
  file: Uint16Array,
} as const;

type IntegerColumn = keyof typeof INTEGER_COLUMNS;

/** A value cell JSON can hold: a finite number, or the text of one it cannot (NaN, Infinity, -0). */
type CompactNumber = number | string;

/** The values of a dataset, column by column, as JSON arrays. */
export interface CompactValues {
  /** Number of rows. */
  length: number;
  /** Interned strings. */
  strings: string[];
  /** Integer columns as they are. */
  columns: Record<IntegerColumn, number[]>;
  /** Numeric values. */
  value: CompactNumber[];
  /** `row` as differences from the previous row (the first from 0). */
  rowDelta: number[];
}

/** A Dataset in JSON form. */
export interface CompactDataset {
  /** {@link COMPACT_DATASET_FORMAT}. */
  format: number;
  /** Everything but the values, as it is. */
  dataset: Omit<Dataset, 'values'>;
  /** The values. */
  values: CompactValues;
}

function compactNumber(x: number): CompactNumber {
  return Number.isFinite(x) && !Object.is(x, -0) ? x : String(Object.is(x, -0) ? '-0' : x);
}

function expandNumber(x: CompactNumber): number {
  return typeof x === 'number' ? x : Number(x);
}

/** The JSON form of `dataset`. */
export function compactDataset(dataset: Dataset): CompactDataset {
  const { values, ...rest } = dataset;
  const columns = {} as Record<IntegerColumn, number[]>;
  for (const name of Object.keys(INTEGER_COLUMNS) as IntegerColumn[]) columns[name] = Array.from(values[name]);
  const rowDelta = new Array<number>(values.length);
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    rowDelta[i] = values.row[i]! - previous;
    previous = values.row[i]!;
  }
  return {
    format: COMPACT_DATASET_FORMAT,
    dataset: rest,
    values: { length: values.length, strings: values.strings, columns, value: Array.from(values.value, compactNumber), rowDelta },
  };
}

/** The Dataset a {@link compactDataset} result stands for. */
export function expandDataset(compact: CompactDataset): Dataset {
  if (compact.format !== COMPACT_DATASET_FORMAT) throw new Error(`Unknown compact dataset format ${String(compact.format)}`);
  const { length, strings, columns, value, rowDelta } = compact.values;
  const row = new Uint32Array(length);
  let previous = 0;
  for (let i = 0; i < length; i++) {
    previous += rowDelta[i]!;
    row[i] = previous;
  }
  const table = { length, strings, value: Float64Array.from(value, expandNumber), row } as Partial<ValueTable>;
  for (const name of Object.keys(INTEGER_COLUMNS) as IntegerColumn[]) {
    (table as Record<IntegerColumn, ArrayLike<number>>)[name] = INTEGER_COLUMNS[name].from(columns[name]);
  }
  return { ...compact.dataset, values: table as ValueTable };
}
