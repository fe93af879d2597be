/**
 * The coverage matrix of the Data view: for every (technology, indicator) pair that has data
 * and every country, whether the country has a value in the assessment year (present), only an
 * older one within the staleness window (stale), or none (missing). The rule itself is the
 * engine's (countryValueAt); this only arranges it.
 */
import { countryValueAt } from '../../engine';
import { stringAt, type Dataset } from '../../model/dataset';

/** One cell. */
export interface CoverageCell {
  country: string;
  status: 'present' | 'stale' | 'missing';
  /** Year of the value used. */
  year: number | null;
}

/** One (technology, indicator) row. */
export interface CoverageRow {
  /** Technology id, or null for country-scope context indicators. */
  technology: string | null;
  indicator: string;
  /** Assessment year used for this row. */
  year: number;
  cells: CoverageCell[];
}

/** The whole matrix. */
export interface Coverage {
  countries: string[];
  rows: CoverageRow[];
  counts: { present: number; stale: number; missing: number };
}

/** (technology, indicator) pairs with at least one row, in metadata order. */
function pairsWithData(dataset: Dataset): { technology: string | null; indicator: string }[] {
  const table = dataset.values;
  const seen = new Set<string>();
  for (let row = 0; row < table.length; row += 1) {
    seen.add(`${stringAt(table, table.technology[row]!) ?? ''}\u0000${stringAt(table, table.indicator[row]!) ?? ''}`);
  }
  const pairs: { technology: string | null; indicator: string }[] = [];
  for (const technology of [...dataset.technologies.map((item) => item.id), '']) {
    for (const indicator of dataset.indicators) {
      if (seen.has(`${technology}\u0000${indicator.id}`)) pairs.push({ technology: technology || null, indicator: indicator.id });
    }
  }
  return pairs;
}

/** Build the matrix; `yearOf` gives the assessment year of a technology (null = country scope). */
export function buildCoverage(dataset: Dataset, yearOf: (technology: string | null) => number, staleness: number): Coverage {
  const countries = dataset.countries.map((country) => country.code);
  const counts = { present: 0, stale: 0, missing: 0 };
  const rows = pairsWithData(dataset).map(({ technology, indicator }) => {
    const year = yearOf(technology);
    const cells = countries.map((country): CoverageCell => {
      const found = countryValueAt(dataset, country, technology, indicator, year, staleness);
      counts[found.status] += 1;
      return { country, status: found.status, year: found.year };
    });
    return { technology, indicator, year, cells };
  });
  return { countries, rows, counts };
}
