/**
 * One CSV cell, safe to open in a spreadsheet (shared by every CSV export).
 *
 * Formula injection: Excel, LibreOffice and Google Sheets evaluate a cell that begins with
 * `=`, `+`, `-`, `@`, tab or carriage return (OWASP "CSV injection"). Such cells are prefixed
 * with an apostrophe, which spreadsheets show as text. The full-width forms `＝ ＋ － ＠` are
 * neutralised too: Japanese spreadsheet setups may convert them on entry. Exception: a plain
 * decimal number (`-0.123456`, `-12`, `1.5e-7`) is data, not a formula, and stays a number.
 *
 * Quoting (RFC 4180): a cell containing `,`, `"`, CR or LF is wrapped in double quotes, with
 * inner quotes doubled. Neutralisation happens before quoting.
 */

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The text with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One cell: neutralised, then quoted when needed. null/undefined → empty cell. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line: cells joined by commas, terminated by `\n`. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\n`;
}
