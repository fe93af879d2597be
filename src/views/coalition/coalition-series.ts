/**
 * The coalition builder's data (pure): the engine's partner contributions ΔA (METHODOLOGY §9)
 * arranged as a technology × partner grid for one rival, the colour scale of that grid, and,
 * per rival, which partner closes which gap — for each technology where the side lags
 * (A < −ε), the candidate with the largest positive ΔA. Nothing is recomputed here.
 */
import type { PartnerAnalysis } from '../../engine';
import type { CountryCode } from '../../model/dataset';
import type { PartnerContribution } from '../../model/results';

/** Steps the grid's colour scale snaps to (the |ΔA| drawn at full colour). */
export const DELTA_SCALES = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2];

/** A lag that a partner narrows. */
export interface GapClosure {
  /** Technology id. */
  technology: string;
  /** The candidate with the largest positive ΔA. */
  partner: string;
  /** Its contribution (A with, A without, ΔA, y0). */
  contribution: PartnerContribution;
}

/** Gaps against one rival. */
export interface RivalGaps {
  /** Rival label. */
  rival: string;
  /** Technologies where the side lags and the partner that helps most. */
  closures: GapClosure[];
  /** Lagging technologies no candidate improves (ΔA ≤ 0 or undefined for all). */
  unclosed: { technology: string; asymmetry: number }[];
  /** Number of technologies with a defined baseline A. */
  assessed: number;
}

/** Everything the coalition builder draws. */
export interface CoalitionSeries {
  /** Candidates (labels) in the engine's order: the grid's columns. */
  partners: string[];
  /** Technologies (ids) with any contribution for the focus rival: the grid's rows. */
  technologies: string[];
  /** The focus rival's contributions. */
  cells: PartnerContribution[];
  /** |ΔA| drawn at full colour. */
  scale: number;
  /** Gaps per rival, in the engine's rival order. */
  gaps: RivalGaps[];
}

/** The smallest step of {@link DELTA_SCALES} at or above `max` (the largest one beyond). */
export function deltaScale(max: number): number {
  return DELTA_SCALES.find((step) => step >= max - 1e-12) ?? DELTA_SCALES[DELTA_SCALES.length - 1]!;
}

/** Per technology where the side lags (A < −ε), the candidate with the largest positive ΔA. */
export function rivalGaps(contributions: readonly PartnerContribution[], rival: string, technologyOrder: readonly string[], parityBand: number): RivalGaps {
  const rows = contributions.filter((item) => item.rival === rival);
  const closures: GapClosure[] = [];
  const unclosed: RivalGaps['unclosed'] = [];
  let assessed = 0;
  for (const technology of technologyOrder) {
    const own = rows.filter((item) => item.technology === technology);
    const baseline = own.find((item) => item.asymmetryWithout !== null)?.asymmetryWithout ?? null;
    if (baseline === null) continue;
    assessed += 1;
    if (baseline >= -parityBand) continue;
    let best: PartnerContribution | null = null;
    for (const item of own) if (item.delta !== null && item.delta > 0 && (best === null || item.delta > best.delta!)) best = item;
    if (best) closures.push({ technology, partner: best.partner, contribution: best });
    else unclosed.push({ technology, asymmetry: baseline });
  }
  return { rival, closures, unclosed, assessed };
}

/** Build the grid for `focusRival` (null or unknown = the first rival) and the gaps of every rival. */
export function buildCoalition(analysis: PartnerAnalysis, rivals: readonly string[], technologyOrder: readonly string[], focusRival: string | null, parityBand: number): CoalitionSeries {
  const focus = rivals.includes(focusRival ?? '') ? focusRival! : (rivals[0] ?? '');
  const cells = analysis.contributions.filter((item) => item.rival === focus);
  const present = new Set(cells.map((item) => item.technology));
  const technologies = technologyOrder.filter((id) => present.has(id));
  const max = Math.max(0, ...cells.map((item) => Math.abs(item.delta ?? 0)));
  return {
    partners: analysis.candidates.map((candidate) => candidate.label),
    technologies,
    cells,
    scale: deltaScale(max),
    gaps: rivals.map((rival) => rivalGaps(analysis.contributions, rival, technologyOrder, parityBand)),
  };
}

/** True when `a` and `b` hold the same countries (order ignored). */
export function sameMembers(a: readonly CountryCode[], b: readonly CountryCode[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}

/**
 * The partner candidates shown as chosen: the stored list, or — when it is empty (the
 * default) — every partner-role country not on the side.
 */
export function effectivePartners(stored: readonly string[], defaults: readonly CountryCode[], side: readonly CountryCode[]): string[] {
  return (stored.length > 0 ? stored : defaults).filter((code) => !side.includes(code));
}
