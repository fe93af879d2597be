/**
 * The assessment year y0 (METHODOLOGY "Terms"): by default the latest year with any data for
 * the selection.
 *
 * "The selection" = the countries of the side and of every rival assessed. "Any data" = a
 * usable technology-scope quantity or ordinal value: the values that can enter a composite.
 * Country-scope context (military expenditure…) and text cells do not move y0, because a
 * newer context figure would otherwise make every technology value stale. Only when the
 * selection has no such value at all does y0 fall back to the latest row of any kind of those
 * countries.
 */
import { type DatasetIndex, NO_YEAR } from './dataset-index';

/** Latest year with data for the given country positions, or null when they have none. */
export function selectionYear(index: DatasetIndex, countries: readonly number[]): number | null {
  let scored = NO_YEAR;
  let any = NO_YEAR;
  for (const c of countries) {
    if (c < 0) continue;
    scored = Math.max(scored, index.latestScoredYear[c]);
    any = Math.max(any, index.latestAnyYear[c]);
  }
  if (scored !== NO_YEAR) return scored;
  return any !== NO_YEAR ? any : null;
}
