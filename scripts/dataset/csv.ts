/**
 * A small, strict RFC 4180 CSV reader and writer for the dataset build.
 *
 * The build reads only files it controls (UTF-8, comma-delimited), so this reader does not
 * detect encodings or delimiters the way the app's ingest does. It does handle everything a
 * spreadsheet may write: quoted fields, doubled quotes, commas and line breaks inside quotes,
 * CRLF or LF line endings, a UTF-8 BOM and a missing final newline.
 */

/** A CSV syntax problem, with the 1-based line where it was found. */
export class CsvError extends Error {
  /** Line (1-based) of the offending character. */
  readonly line: number;

  constructor(message: string, line: number) {
    super(`${message} (line ${line})`);
    this.name = 'CsvError';
    this.line = line;
  }
}

/** Parse CSV text into rows of raw string fields. Blank lines are skipped. */
export function parseCsv(text: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  let line = 1;
  let i = 0;

  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    // A line holding nothing at all is skipped; a line of empty fields (",,") is kept.
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };

  while (i < src.length) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError(`unexpected character ${JSON.stringify(next)} after closing quote`, line);
        }
        continue;
      }
      if (c === '\n') line += 1;
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (fieldStarted || field !== '') throw new CsvError('quote inside an unquoted field', line);
      inQuotes = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (c === ',') {
      endField();
      i += 1;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line += 1;
      continue;
    }
    field += c;
    fieldStarted = true;
    i += 1;
  }
  if (inQuotes) throw new CsvError('unterminated quoted field', line);
  if (field !== '' || fieldStarted || row.length > 0) endRow();
  return rows;
}

/** A parsed CSV file whose first row is a header. */
export interface CsvTable {
  /** Header fields, as written. */
  header: string[];
  /** One object per data row, keyed by header field. */
  records: Record<string, string>[];
}

/**
 * Parse CSV text with a header row into records. Every data row must have exactly as many
 * fields as the header (a ragged file is an error, not something to guess about).
 */
export function parseCsvTable(text: string, fileName = 'CSV'): CsvTable {
  const rows = parseCsv(text);
  if (rows.length === 0) throw new Error(`${fileName}: empty file`);
  const header = rows[0];
  const dup = header.find((h, idx) => header.indexOf(h) !== idx);
  if (dup !== undefined) throw new Error(`${fileName}: duplicate column ${JSON.stringify(dup)}`);
  const records = rows.slice(1).map((r, idx) => {
    if (r.length !== header.length) {
      throw new Error(`${fileName}: data row ${idx + 2} has ${r.length} fields, header has ${header.length}`);
    }
    const rec: Record<string, string> = {};
    header.forEach((h, j) => {
      rec[h] = r[j];
    });
    return rec;
  });
  return { header, records };
}

/** True when a field must be quoted to survive a round trip (or to read unambiguously). */
function needsQuotes(field: string): boolean {
  return /[",\r\n]/.test(field) || field !== field.trim();
}

/** Quote one field if it needs it, doubling embedded quotes. */
export function formatField(field: string): string {
  return needsQuotes(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Serialise rows as CSV: comma-delimited, `\n` line endings, a final newline, no BOM. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(formatField).join(',')).join('\n') + '\n';
}

/** Serialise records under a fixed header (missing keys are written empty). */
export function formatCsvTable(header: readonly string[], records: readonly Record<string, string | undefined>[]): string {
  return formatCsv([header, ...records.map((rec) => header.map((h) => rec[h] ?? ''))]);
}
