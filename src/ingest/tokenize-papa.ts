/**
 * The general path: papaparse (the project's CSV library) for text with quotes — quoted
 * delimiters, quoted line breaks, doubled quotes. Records come back as string arrays; they are
 * laid end to end in one string so readers see the same offsets interface as the fast path.
 */
import Papa from 'papaparse';
import type { Dialect } from './dialect';
import { type FieldBounds, type RecordSink, isBlankRecord } from './record-sink';
import type { RowCounter } from './tokenize-fast';

/** The part of papaparse's Parser result used here. */
interface PapaChunkResult {
  data: string[][];
  errors: { code: string; row: number }[];
  meta: { cursor: number };
}

/**
 * Tokenise `text` from offset `from` with papaparse. Unless `final`, the last (possibly incomplete) record is left
 * for the next chunk. Returns the offset of the first character not consumed.
 */
export function tokenizeWithPapa(
  text: string,
  from: number,
  final: boolean,
  dialect: Dialect,
  fields: FieldBounds,
  sink: RecordSink,
  counter: RowCounter,
): number {
  // Papa.Parser is papaparse's chunk-level parser (what its own streamers use): it can leave
  // the last, maybe incomplete, record unparsed and says where it stopped.
  const parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"', escapeChar: '"' });
  const input = from > 0 ? text.slice(from) : text;
  const result = parser.parse(input, 0, !final) as PapaChunkResult;
  const badRows = new Set<number>();
  for (const error of result.errors) {
    // Errors of the record left for the next chunk are reported when it is parsed whole.
    if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') badRows.add(error.row);
  }
  const data = result.data;
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    counter.row++;
    if (badRows.has(r)) {
      sink.badQuotes(counter.row, cells.join(dialect.delimiter));
      continue;
    }
    const joined = cells.length === 1 ? cells[0] : cells.join('');
    fields.count = 0;
    let offset = 0;
    for (const cell of cells) {
      fields.push(offset, offset + cell.length);
      offset += cell.length;
    }
    if (!isBlankRecord(joined, fields)) sink.record(joined, fields, counter.row);
  }
  return final ? text.length : from + result.meta.cursor;
}
