/**
 * CSV dialect detection: delimiter (comma, tab, semicolon) and line break (CRLF, LF, CR), read
 * from the header record. Quotes are respected, so a header cell like `"a,b"` does not vote for
 * the comma.
 */

/** Delimiters ingest detects. */
export type Delimiter = ',' | '\t' | ';';

/** Line breaks ingest detects. */
export type Newline = '\r\n' | '\n' | '\r';

/** How a file's records and fields are separated. */
export interface Dialect {
  /** Field separator. */
  delimiter: Delimiter;
  /** Record separator. */
  newline: Newline;
}

const COMMA = 0x2c;
const TAB = 0x09;
const SEMICOLON = 0x3b;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** True when text[start, end) holds only spaces/tabs. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== TAB) return false;
  }
  return true;
}

/**
 * Detect the dialect from the first non-blank record of `text` (the start of the file).
 * Ties go to comma, then tab, then semicolon: the order of how common they are. Returns
 * undefined when `text` does not yet hold a whole record and more text may follow (`final`
 * false): the caller reads on.
 */
export function detectDialect(text: string, final = true): Dialect | undefined {
  let lineStart = 0;
  let inQuotes = false;
  let commas = 0;
  let tabs = 0;
  let semicolons = 0;
  let newline: Newline | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === COMMA) commas++;
    else if (c === TAB) tabs++;
    else if (c === SEMICOLON) semicolons++;
    else if (c === CR || c === LF) {
      if (c === CR && i + 1 === text.length && !final) return undefined;
      const lineBreak: Newline = c === LF ? '\n' : text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
      // Blank lines before the header do not count; keep looking.
      if (commas + semicolons === 0 && isBlank(text, lineStart, i)) {
        tabs = 0;
        lineStart = i + lineBreak.length;
        i += lineBreak.length - 1;
        continue;
      }
      newline = lineBreak;
      break;
    }
  }
  if (!newline && !final) return undefined;
  const delimiter: Delimiter = commas >= tabs && commas >= semicolons ? ',' : tabs >= semicolons ? '\t' : ';';
  return { delimiter, newline: newline ?? '\n' };
}
