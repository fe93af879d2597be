/**
 * Rows of the provenance table: which value rows match a free-text filter. Works on the
 * interned string pool, so filtering millions of values tests each distinct string once.
 */
import { CONFIDENCE_GRADES, stringAt, type Confidence, type Dataset, type ValueTable } from '../../model/dataset';

/** One value row as the provenance table shows it. */
export interface ProvenanceRow {
  country: string;
  technology: string;
  indicator: string;
  year: number;
  value: number | null;
  text: string | undefined;
  unit: string | undefined;
  source: string | undefined;
  confidence: Confidence;
  note: string | undefined;
  file: string;
  row: number;
}

/** Indexes of the rows whose country, technology, indicator, source, note or text contains `query` (case-insensitive). */
export function filterRows(table: ValueTable, query: string): Int32Array | null {
  const needle = query.trim().toLowerCase();
  if (needle === '') return null;
  const matches = new Uint8Array(table.strings.length);
  table.strings.forEach((text, index) => {
    if (text.toLowerCase().includes(needle)) matches[index] = 1;
  });
  const columns = [table.country, table.technology, table.indicator, table.source, table.note, table.text, table.unit];
  const out = new Int32Array(table.length);
  let count = 0;
  for (let row = 0; row < table.length; row += 1) {
    for (const column of columns) {
      const index = column[row]!;
      if (index >= 0 && matches[index] === 1) {
        out[count++] = row;
        break;
      }
    }
  }
  return out.slice(0, count);
}

/** Read one row for display. */
export function provenanceRow(dataset: Dataset, row: number): ProvenanceRow {
  const table = dataset.values;
  const value = table.value[row]!;
  return {
    country: stringAt(table, table.country[row]!) ?? '',
    technology: stringAt(table, table.technology[row]!) ?? '',
    indicator: stringAt(table, table.indicator[row]!) ?? '',
    year: table.year[row]!,
    value: Number.isNaN(value) ? null : value,
    text: stringAt(table, table.text[row]!),
    unit: stringAt(table, table.unit[row]!),
    source: stringAt(table, table.source[row]!),
    confidence: CONFIDENCE_GRADES[table.confidence[row]!] ?? 'B',
    note: stringAt(table, table.note[row]!),
    file: dataset.files[table.file[row]!]?.name ?? '',
    row: table.row[row]!,
  };
}
