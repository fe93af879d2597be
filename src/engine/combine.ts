/**
 * Coalition combination rules (METHODOLOGY §1): how the members' values of one indicator form
 * the coalition's value. A name → strategy map; unknown names fail loudly.
 *
 * The strategies read `values[rows[k]]` for k in [start, end) so that the same code serves
 * `analyse` (the dataset's own value column) and every Monte Carlo draw (a perturbed copy of
 * it) without allocating.
 */
import type { CombineRule } from '../model/dataset';
import { unknownName } from './errors';

/** Combine `values[rows[start..end)]`; NaN when the range is empty (no member has a value). */
export type CombineFn = (values: ArrayLike<number>, rows: ArrayLike<number>, start: number, end: number) => number;

const sum: CombineFn = (values, rows, start, end) => {
  if (end <= start) return NaN;
  let total = 0;
  for (let k = start; k < end; k++) total += values[rows[k]];
  return total;
};

const max: CombineFn = (values, rows, start, end) => {
  if (end <= start) return NaN;
  let best = -Infinity;
  for (let k = start; k < end; k++) if (values[rows[k]] > best) best = values[rows[k]];
  return best;
};

const mean: CombineFn = (values, rows, start, end) => (end <= start ? NaN : sum(values, rows, start, end) / (end - start));

/** The combination rules by name. */
export const COMBINE_RULES: Readonly<Record<CombineRule, CombineFn>> = Object.freeze({ sum, max, mean });

/** The strategy for `name`; throws `invalid combine: <name>` for anything else. */
export function combineRule(name: string): CombineFn {
  if (!Object.hasOwn(COMBINE_RULES, name)) throw unknownName('combine', name);
  return COMBINE_RULES[name as CombineRule];
}

/** Combine plain numbers (for views and helpers that hold values, not rows). NaN when empty. */
export function combineNumbers(name: string, values: readonly number[]): number {
  const rows = values.map((_, k) => k);
  return combineRule(name)(values, rows, 0, values.length);
}
