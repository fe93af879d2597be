/**
 * The data table behind a chart as CSV (the chart's "CSV" button): one header line with the
 * column labels, then one line per row, cells as the table shows them. Every cell goes through
 * csvLine (formula-safe, RFC 4180); the download adds a UTF-8 byte-order mark so that Excel on
 * Japanese Windows reads Japanese labels correctly.
 *
 * In numeric columns, a signed number written for reading ("+0.25", "−0.34" with the
 * typographic minus) is written as the plain number ("0.25", "-0.34") so spreadsheets read a
 * number — instead of the neutralised text "'+0.25" the formula guard would otherwise produce.
 */
import type { DataTableSpec } from '../charts/DataTable';
import { csvLine } from './csv-cell';

const SIGNED_NUMBER = /^([+\u2212-])(\d+(?:\.\d+)?)$/;

/** A numeric column's display text as a plain number when it is one; other text unchanged. */
export function plainNumberText(value: string | number | undefined): string | number | undefined {
  if (typeof value !== 'string') return value;
  const match = SIGNED_NUMBER.exec(value.trim());
  if (!match) return value;
  const digits = match[2]!;
  return match[1] === '+' || /^[0.]+$/.test(digits) ? digits : `-${digits}`;
}

/** The CSV text of `spec` (lines end with `\n`, the last one included). */
export function tableSpecCsv(spec: DataTableSpec): string {
  let out = csvLine(spec.columns.map((column) => column.label));
  for (const row of spec.rows) {
    out += csvLine(spec.columns.map((column) => (column.numeric ? plainNumberText(row[column.key]) : row[column.key])));
  }
  return out;
}
