/**
 * One country's own value of an indicator at the assessment year, under the staleness rule of
 * METHODOLOGY §1 ("each country's value at y0, else its most recent value within `staleness`
 * years before y0, marked stale"). Used where a view shows members one by one (the comparison
 * table, the coverage matrix, the profile) rather than as a coalition. Covers country-scope
 * context indicators too, which the method's composites leave out.
 */
import { stringAt, type Dataset } from '../model/dataset';

/** Where a country stands for one indicator at y0. */
export interface CountryValueAt {
  /** present: a value in y0; stale: an older one within the window; missing: none. */
  status: 'present' | 'stale' | 'missing';
  /** Row of the value table used, or −1. */
  row: number;
  /** Year of the value used, or null. */
  year: number | null;
  /** Numeric value, or null (missing or text). */
  value: number | null;
  /** Text of a text cell. */
  text?: string;
}

type Lookup = Map<string, number[]>;
const lookups = new WeakMap<Dataset, Lookup>();

function key(country: string, technology: string | null, indicator: string): string {
  return `${country}\u0000${technology ?? ''}\u0000${indicator}`;
}

/** Rows of every (country, technology, indicator) with a usable value, sorted by year. */
function lookupOf(dataset: Dataset): Lookup {
  let lookup = lookups.get(dataset);
  if (lookup) return lookup;
  lookup = new Map();
  const table = dataset.values;
  const kinds = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator.kind]));
  for (let row = 0; row < table.length; row += 1) {
    const indicator = stringAt(table, table.indicator[row]!) ?? '';
    const kind = kinds.get(indicator) ?? 'quantity';
    const value = table.value[row]!;
    const usable = kind === 'text' ? table.text[row]! >= 0 || Number.isFinite(value) : Number.isFinite(value) && (kind === 'ordinal' || value >= 0);
    if (!usable) continue;
    const k = key(stringAt(table, table.country[row]!) ?? '', stringAt(table, table.technology[row]!) ?? null, indicator);
    const rows = lookup.get(k);
    if (rows) rows.push(row);
    else lookup.set(k, [row]);
  }
  // Stable sort by year: of two rows of the same year the later one wins, as in the engine.
  for (const rows of lookup.values()) rows.sort((a, b) => table.year[a]! - table.year[b]! || a - b);
  lookups.set(dataset, lookup);
  return lookup;
}

/** The value `country` has for `indicator` of `technology` (null = country scope) at `year`. */
export function countryValueAt(
  dataset: Dataset,
  country: string,
  technology: string | null,
  indicator: string,
  year: number,
  staleness: number,
): CountryValueAt {
  const rows = lookupOf(dataset).get(key(country, technology, indicator));
  const table = dataset.values;
  let best = -1;
  if (rows) {
    for (const row of rows) {
      const y = table.year[row]!;
      if (y > year) break;
      if (y >= year - staleness) best = row;
    }
  }
  if (best < 0) return { status: 'missing', row: -1, year: null, value: null };
  const y = table.year[best]!;
  const value = table.value[best]!;
  const text = stringAt(table, table.text[best]!);
  return {
    status: y === year ? 'present' : 'stale',
    row: best,
    year: y,
    value: Number.isFinite(value) ? value : null,
    ...(text !== undefined ? { text } : {}),
  };
}
