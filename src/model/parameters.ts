/**
 * Method parameters of ../shared/METHODOLOGY.md. Every field is user-adjustable and written into
 * every export so that a briefing slide can be reproduced.
 */
import type { CountryCode } from './dataset';

/** Monte Carlo sensitivity settings (METHODOLOGY §8). */
export interface MonteCarloSettings {
  /** Number of draws N. */
  draws: number;
  /** Seed of the PRNG (shown and exported). */
  seed: number;
}

/** The parameters of one assessment. */
export interface Parameters {
  /** Members of side S (default JPN+USA). */
  side: CountryCode[];
  /**
   * Rivals, each assessed separately. A rival is a country code (`CHN`) or a coalition written
   * with `+` (`CHN+RUS`). Empty = every country whose role is `rival`.
   */
  rivals: string[];
  /** Assessment year y0; null = latest year with any data for the selection. */
  year: number | null;
  /** K: saturation in log2 units. */
  saturation: number;
  /** W: trend window in years ending at y0. */
  trendWindow: number;
  /** H: decision horizon for the classes, years. */
  horizon: number;
  /** Hmax: projection cap, years. */
  maxYears: number;
  /** ε: parity band. */
  parityBand: number;
  /** A value up to this many years older than y0 may stand in for y0 (flagged stale). */
  staleness: number;
  /** Indicator weight overrides w_i, by indicator id (absent = indicators.csv weight). */
  weights: Record<string, number>;
  /** Pillar multipliers applied on top of indicator weights, by pillar (absent = 1). */
  pillarWeights: Record<string, number>;
  /** Technology relevance overrides r_t, by technology id (absent = technologies.csv relevance). */
  relevance: Record<string, number>;
  /** Sensitivity analysis settings. */
  monteCarlo: MonteCarloSettings;
}

/** Defaults of METHODOLOGY.md "Parameters (defaults)". */
export const DEFAULT_PARAMETERS: Readonly<Parameters> = Object.freeze({
  side: ['JPN', 'USA'],
  rivals: [],
  year: null,
  saturation: 3,
  trendWindow: 5,
  horizon: 10,
  maxYears: 30,
  parityBand: 0.05,
  staleness: 3,
  weights: {},
  pillarWeights: {},
  relevance: {},
  monteCarlo: { draws: 1000, seed: 1 },
});

/** A copy of the defaults that callers may mutate. */
export function defaultParameters(): Parameters {
  return structuredClone(DEFAULT_PARAMETERS) as Parameters;
}
