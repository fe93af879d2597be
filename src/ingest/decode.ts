/**
 * Encoding detection: which decoders may read a file, decided from its bytes alone (the user is
 * never asked). A BOM settles it; otherwise UTF-8 is tried strictly first and Shift_JIS (CP932,
 * what Excel on Japanese Windows writes) second — a strict UTF-8 decoder rejects almost every
 * Shift_JIS text with Japanese in it, so the order is safe.
 */

/** Encodings ingest reads, named as TextDecoder knows them. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

/** What the bytes look like. */
export type ByteSniff =
  | { kind: 'empty' }
  | { kind: 'binary' }
  /** Text: try the candidates in order with a strict decoder. */
  | { kind: 'text'; candidates: Encoding[] };

/** Bytes examined for NULs up front. */
const SNIFF_BYTES = 64 * 1024;

/** Start of common binary formats people rename to .csv (xlsx/zip, xls, pdf, png, gif, jpeg, gzip, 7z). */
const MAGIC_NUMBERS: readonly number[][] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x25, 0x50, 0x44, 0x46],
  [0x89, 0x50, 0x4e, 0x47],
  [0x47, 0x49, 0x46, 0x38],
  [0xff, 0xd8, 0xff],
  [0x1f, 0x8b],
  [0x37, 0x7a, 0xbc, 0xaf],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/**
 * UTF-16 without a BOM has a zero in nearly every other byte of ASCII text. Returns the
 * byte order when the first bytes look like that, so such files read instead of being called
 * binary.
 */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/** Classify the bytes of a file and list the decoders to try. */
export function sniffBytes(bytes: Uint8Array): ByteSniff {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { kind: 'text', candidates: ['utf-8'] };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', candidates: ['utf-16le'] };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', candidates: ['utf-16be'] };
  if (MAGIC_NUMBERS.some((magic) => startsWith(bytes, magic))) return { kind: 'binary' };
  // Text in UTF-8 or Shift_JIS never holds a NUL byte; binary files nearly always do, early on.
  // (Later NULs are caught as NUL characters in the decoded text, chunk by chunk.)
  if (bytes.subarray(0, SNIFF_BYTES).indexOf(0) !== -1) {
    const utf16 = utf16WithoutBom(bytes);
    return utf16 ? { kind: 'text', candidates: [utf16] } : { kind: 'binary' };
  }
  return { kind: 'text', candidates: ['utf-8', 'shift_jis'] };
}

/** A strict decoder: invalid bytes throw instead of becoming U+FFFD, so detection can move on. */
export function strictDecoder(encoding: Encoding): TextDecoder {
  // ignoreBOM false (the default) drops a leading BOM of the matching encoding.
  return new TextDecoder(encoding, { fatal: true });
}
