/**
 * Bytes → records, chunk by chunk: decode a slice with a streaming strict decoder, prepend what
 * the last chunk left incomplete, tokenise the complete records, repeat. Streaming keeps peak
 * memory near one chunk of text instead of a second copy of the file, and gives natural points
 * to report progress and to honour cancellation.
 */
import { type Encoding, strictDecoder } from './decode';
import { type Dialect, detectDialect } from './dialect';
import { CHUNK_BYTES, PROGRESS_INTERVAL_MS } from './limits';
import { FieldBounds, type RecordSink } from './record-sink';
import { type RowCounter, tokenizeQuoteFree } from './tokenize-fast';
import { tokenizeWithPapa } from './tokenize-papa';
import type { ParseOptions } from './types';

/**
 * Tokenise a quote-free chunk after the incomplete line `carry` of the previous one; returns
 * the new incomplete line. Only that line is joined with the head of the chunk: joining the
 * whole chunk would copy 100 MB of text over a big file for nothing.
 */
function readQuoteFree(
  carry: string,
  decoded: string,
  final: boolean,
  dialect: Dialect,
  fields: FieldBounds,
  sink: RecordSink,
  counter: RowCounter,
): string {
  let from = 0;
  if (carry) {
    const lineEnd = decoded.indexOf(dialect.newline);
    from = lineEnd === -1 ? decoded.length : lineEnd + dialect.newline.length;
    const head = carry + decoded.slice(0, from);
    const used = tokenizeQuoteFree(head, 0, final && from === decoded.length, dialect, fields, sink, counter);
    // A CRLF split across chunks can leave part of the head unread: join it with the rest.
    if (used < head.length) return readQuoteFree('', head.slice(used) + decoded.slice(from), final, dialect, fields, sink, counter);
  }
  return decoded.slice(tokenizeQuoteFree(decoded, from, final, dialect, fields, sink, counter));
}

/**
 * Which tokenizer reads a chunk: `auto` uses the fast path for chunks without a double quote
 * and papaparse otherwise; `papaparse` always uses papaparse (tests compare the two).
 */
export type TokenizerMode = 'auto' | 'papaparse';

/** Options of {@link readRecords}. */
export interface ReadOptions extends ParseOptions {
  /** Tokenizer choice; default `auto`. */
  tokenizer?: TokenizerMode;
  /** Bytes per chunk; default {@link CHUNK_BYTES}. Tests use tiny chunks to cut records anywhere. */
  chunkBytes?: number;
}

/** How reading ended. */
export type ReadOutcome =
  | { status: 'ok'; dialect: Dialect }
  /** The bytes are not valid in this encoding: try the next candidate. */
  | { status: 'decode_error' }
  /** A NUL character: binary content, whatever the decoder accepted. */
  | { status: 'binary' }
  | { status: 'cancelled' };

/** Decode `bytes` as `encoding` and pass every record to `sink`. */
export function readRecords(bytes: Uint8Array, encoding: Encoding, sink: RecordSink, options: ReadOptions = {}): ReadOutcome {
  const decoder = strictDecoder(encoding);
  const fields = new FieldBounds();
  const counter: RowCounter = { row: 0 };
  const papaOnly = options.tokenizer === 'papaparse';
  let dialect: Dialect | undefined;
  let carry = '';
  let pending = '';
  let position = 0;
  const baseChunk = Math.max(1, options.chunkBytes ?? CHUNK_BYTES);
  let chunkBytes = baseChunk;
  let lastReport = performance.now();
  for (;;) {
    const end = Math.min(bytes.length, position + chunkBytes);
    const final = end === bytes.length;
    let decoded: string;
    try {
      decoded = decoder.decode(bytes.subarray(position, end), { stream: !final });
    } catch {
      return { status: 'decode_error' };
    }
    position = end;
    if (decoded.indexOf('\u0000') !== -1) return { status: 'binary' };
    if (!dialect) {
      // Until the header record is complete, keep the text aside (only with tiny chunks).
      pending += decoded;
      dialect = detectDialect(pending, final);
      if (!dialect) continue;
      decoded = pending;
      pending = '';
    }
    if (!papaOnly && decoded.indexOf('"') === -1 && carry.indexOf('"') === -1) {
      carry = readQuoteFree(carry, decoded, final, dialect, fields, sink, counter);
    } else {
      const text = carry + decoded;
      carry = text.slice(tokenizeWithPapa(text, 0, final, dialect, fields, sink, counter));
    }
    if (final) return { status: 'ok', dialect };
    // A record longer than a chunk (a long quoted cell) would be re-tokenised from its start at
    // every chunk; doubling the chunk keeps that linear.
    chunkBytes = carry.length >= decoded.length ? chunkBytes * 2 : baseChunk;
    if (options.isCancelled?.()) return { status: 'cancelled' };
    const now = performance.now();
    if (options.onProgress && now - lastReport >= PROGRESS_INTERVAL_MS) {
      lastReport = now;
      options.onProgress(position / bytes.length);
    }
  }
}
