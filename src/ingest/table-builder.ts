/**
 * A growable columnar table of values: typed arrays that double when full, written row by
 * row, then cut to their exact length. Used for the values of each file as it is read; the
 * dataset's table is allocated at its final size directly.
 */
import type { ValuesFragment } from './types';

/** Any typed array column used here. */
type Column = Int32Array | Uint32Array | Float64Array | Uint8Array;

/** A copy of `array` with room for `capacity` elements. */
function grown<T extends Column>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}

/** Builds a {@link ValuesFragment} row by row. */
export class ValuesBuilder {
  /** Rows written. */
  length = 0;
  private capacity: number;
  /** Columns being written (see {@link ValuesFragment}); valid up to `length`. */
  country: Int32Array;
  technology: Int32Array;
  indicator: Int32Array;
  year: Int32Array;
  value: Float64Array;
  raw: Int32Array;
  unit: Int32Array;
  source: Int32Array;
  confidence: Uint8Array;
  note: Int32Array;
  row: Uint32Array;

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.country = new Int32Array(capacity);
    this.technology = new Int32Array(capacity);
    this.indicator = new Int32Array(capacity);
    this.year = new Int32Array(capacity);
    this.value = new Float64Array(capacity);
    this.raw = new Int32Array(capacity);
    this.unit = new Int32Array(capacity);
    this.source = new Int32Array(capacity);
    this.confidence = new Uint8Array(capacity);
    this.note = new Int32Array(capacity);
    this.row = new Uint32Array(capacity);
  }

  /** Index of a new row to write; grows the columns when full. */
  next(): number {
    if (this.length === this.capacity) this.reserve(this.capacity * 2);
    return this.length++;
  }

  /**
   * Make room for `capacity` rows at once. Readers call it with an estimate from the file size
   * so a big file is not copied at every doubling.
   */
  reserve(capacity: number): void {
    if (capacity <= this.capacity) return;
    this.capacity = capacity;
    this.country = grown(this.country, capacity);
    this.technology = grown(this.technology, capacity);
    this.indicator = grown(this.indicator, capacity);
    this.year = grown(this.year, capacity);
    this.value = grown(this.value, capacity);
    this.raw = grown(this.raw, capacity);
    this.unit = grown(this.unit, capacity);
    this.source = grown(this.source, capacity);
    this.confidence = grown(this.confidence, capacity);
    this.note = grown(this.note, capacity);
    this.row = grown(this.row, capacity);
  }

  /** The rows written, in arrays of exactly `length` (compact for storage and transfer). */
  build(strings: string[]): ValuesFragment {
    const n = this.length;
    return {
      length: n,
      strings,
      country: this.country.slice(0, n),
      technology: this.technology.slice(0, n),
      indicator: this.indicator.slice(0, n),
      year: this.year.slice(0, n),
      value: this.value.slice(0, n),
      raw: this.raw.slice(0, n),
      unit: this.unit.slice(0, n),
      source: this.source.slice(0, n),
      confidence: this.confidence.slice(0, n),
      note: this.note.slice(0, n),
      row: this.row.slice(0, n),
    };
  }
}
