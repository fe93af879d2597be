/**
 * The hand-off between tokenising and reading: one call per record with the field boundaries
 * in a shared text, so the hot path of a long file creates no per-row objects — a reader slices
 * a field only when it must keep it.
 */

/** Receives records in file order. */
export interface RecordSink {
  /**
   * One record: field i is `text.slice(fields.starts[i], fields.ends[i])`, `fields.count`
   * fields in all. `row` is the spreadsheet row (header = 1), counting records, not lines.
   * Blank records (every field empty) are not passed on.
   */
  record(text: string, fields: FieldBounds, row: number): void;
  /** A quoted field that was never closed, or text after a closing quote, in record `row`. */
  badQuotes(row: number, found: string): void;
}

/** Reusable, growable field boundaries of one record. */
export class FieldBounds {
  /** Start offsets. */
  starts = new Int32Array(32);
  /** End offsets (exclusive). */
  ends = new Int32Array(32);
  /** Number of fields in the current record. */
  count = 0;

  /** Append a field. */
  push(start: number, end: number): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(this.count * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  /** The fields as strings (for headers and the small files that keep rows as arrays). */
  strings(text: string): string[] {
    const out: string[] = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = text.slice(this.starts[i], this.ends[i]);
    return out;
  }
}

/** Whitespace trimmed around cells: ASCII space, tab, CR, LF, no-break space, ideographic space. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0xa0 || c === 0x3000;
}

/** True when every field of the record is empty or whitespace (a blank spreadsheet row). */
export function isBlankRecord(text: string, fields: FieldBounds): boolean {
  for (let f = 0; f < fields.count; f++) {
    for (let i = fields.starts[f], end = fields.ends[f]; i < end; i++) {
      if (!isSpace(text.charCodeAt(i))) return false;
    }
  }
  return true;
}
