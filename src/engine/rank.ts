/**
 * Durable-advantage score and ranking (METHODOLOGY §7).
 */

/** D = r_t · A · min(T, Hmax) / Hmax (T = ∞ counts as Hmax). Negative zero is returned as 0. */
export function durableScore(relevance: number, asymmetry: number, yearsToParity: number, maxYears: number): number {
  const d = (relevance * asymmetry * Math.min(yearsToParity, maxYears)) / maxYears;
  return d === 0 ? 0 : d;
}

/** What ranking compares. */
export interface Rankable {
  /** Durable-advantage score D. */
  score: number;
  /** Composite asymmetry A. */
  asymmetry: number;
  /** Technology id. */
  id: string;
}

/** D descending, ties by A descending, then technology id ascending (code-unit order). */
export function compareRankables(a: Rankable, b: Rankable): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.asymmetry !== b.asymmetry) return b.asymmetry - a.asymmetry;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Ranks (1 = best, all distinct) of the items, in the items' order. */
export function rankOf(items: readonly Rankable[]): number[] {
  const order = items.map((_, k) => k).sort((x, y) => compareRankables(items[x], items[y]));
  const ranks = new Array<number>(items.length);
  order.forEach((k, position) => (ranks[k] = position + 1));
  return ranks;
}
