/**
 * Reading numbers, years and confidence grades straight from a field's offsets, without
 * slicing it: this runs once per value of a 100 MB file.
 *
 * Accepted numbers (DATA-FORMAT "Numbers"): ASCII or full-width digits, a leading minus
 * (`-`, full-width `－` or `−`), decimals with `.` (or full-width `．`), thousands separators
 * `,` (or `，`) in groups of three — "1,234" reaches here unquoted from the CSV layer. Anything
 * else (exponents, `+`, `%`, currency, decimal commas like "1,5") is not a number: the caller
 * reports it with the text found.
 */
import { MAX_YEAR, MIN_YEAR } from './limits';
import { isSpace } from './record-sink';

/**
 * Side result of {@link parseNumber}: `fixed` is k ≥ 0 when `value.toFixed(k)` reproduces the
 * trimmed text exactly (so the reader need not keep the text), -1 when it does not ("1,234",
 * "１２", "007"). A module-level object instead of a returned one keeps the hot path
 * allocation-free.
 */
export const numberScan = { fixed: -1 };

/** Exact powers of ten up to 10^22 (the range where `m / 10^k` is correctly rounded). */
const POW10: number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Digit value of an ASCII or full-width digit, else -1. */
function digitOf(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** Trimmed start of text[start, end). */
export function trimStart(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Trimmed end of text[start, end). */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The number in text[start, end) (already trimmed, not empty), or NaN when it is not one.
 * Sets {@link numberScan}.fixed.
 */
export function parseNumber(text: string, start: number, end: number): number {
  let i = start;
  let plain = true;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 0x2d || first === 0xff0d || first === 0x2212) {
    negative = true;
    if (first !== 0x2d) plain = false;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let intDigits = 0;
  let fracDigits = 0;
  let group = -1; // digits since the last thousands separator; -1 = none seen yet
  let seenPoint = false;
  let leadingZero = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = digitOf(c);
    if (d >= 0) {
      if (c > 0x7f) plain = false;
      if (digits === 0 && d === 0 && !seenPoint) leadingZero = true;
      mantissa = mantissa * 10 + d;
      digits++;
      if (seenPoint) fracDigits++;
      else {
        intDigits++;
        if (group >= 0) group++;
      }
      continue;
    }
    if ((c === 0x2c || c === 0xff0c) && !seenPoint) {
      // A separator needs 1–3 digits before the first one and exactly 3 between later ones.
      if (intDigits === 0 || (group >= 0 ? group !== 3 : intDigits > 3)) return NaN;
      group = 0;
      plain = false;
      continue;
    }
    if ((c === 0x2e || c === 0xff0e) && !seenPoint) {
      if (group >= 0 && group !== 3) return NaN;
      if (c !== 0x2e) plain = false;
      seenPoint = true;
      continue;
    }
    return NaN;
  }
  if (digits === 0 || (group >= 0 && group !== 3 && !seenPoint)) return NaN;
  let value: number;
  if (digits <= 15 && fracDigits <= 22) {
    value = fracDigits === 0 ? mantissa : mantissa / POW10[fracDigits];
  } else {
    value = Number(asciiNumber(text, start, end));
    plain = false;
  }
  if (negative) value = -value;
  // toFixed(k) gives the text back for ASCII numbers of at most 15 significant digits (the
  // double is then the nearest to the decimal, so rounding it to k places returns it) unless
  // the text has leading zeros, a bare point, or is "-0".
  plain = plain && digits <= 15 && intDigits > 0 && !(leadingZero && intDigits > 1) && !(seenPoint && fracDigits === 0) && !(negative && value === 0);
  numberScan.fixed = plain ? fracDigits : -1;
  return value;
}

/** The number's text with full-width characters and separators normalised (slow path only). */
function asciiNumber(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = digitOf(c);
    if (d >= 0) out += d;
    else if (c === 0x2e || c === 0xff0e) out += '.';
    else if (c === 0x2d || c === 0xff0d || c === 0x2212) out += '-';
  }
  return out;
}

/**
 * The year in text[start, end) (trimmed, not empty): a whole number from MIN_YEAR to MAX_YEAR,
 * optionally followed by 年 as Japanese spreadsheets write it. NaN when invalid.
 */
export function parseYear(text: string, start: number, end: number): number {
  if (text.charCodeAt(end - 1) === 0x5e74 /* 年 */) end = trimEnd(text, start, end - 1);
  if (end === start) return NaN;
  for (let i = start; i < end; i++) if (digitOf(text.charCodeAt(i)) < 0) return NaN;
  const year = parseNumber(text, start, end);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : NaN;
}

/** Confidence grade code (0 A, 1 B, 2 C) of text[start, end) (trimmed); blank → B; -1 when invalid. */
export function parseConfidence(text: string, start: number, end: number): number {
  if (end === start) return 1;
  if (end - start !== 1) return -1;
  const c = text.charCodeAt(start);
  if (c >= 0x41 && c <= 0x43) return c - 0x41; // A–C
  if (c >= 0x61 && c <= 0x63) return c - 0x61; // a–c
  if (c >= 0xff21 && c <= 0xff23) return c - 0xff21; // full-width Ａ–Ｃ
  return -1;
}

/** Convenience for whole strings (metadata cells): the number in `text`, NaN when not one, undefined when blank. */
export function numberFromString(text: string): number | undefined {
  const start = trimStart(text, 0, text.length);
  const end = trimEnd(text, start, text.length);
  if (start === end) return undefined;
  return parseNumber(text, start, end);
}
