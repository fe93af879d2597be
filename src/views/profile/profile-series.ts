/**
 * The profile radar's data (pure): for the focus technology, one score per pillar (investment,
 * talent, output, industry, military, governance…) for each side member, the side and each
 * rival.
 *
 * Normalisation (stated under the chart): on each scored indicator, every actor is compared
 * with the best value among the actors of the profile using the method's own asymmetry
 * (METHODOLOGY §2, engine `quantityAsymmetry` / `ordinalAsymmetry`, saturation K): the score is
 * 1 + a(actor vs best) ∈ [0, 1] — 1 for the best, 0 for 2^K times (8× at K = 3) or more behind,
 * or the whole level scale behind. A pillar's score is the unweighted mean over its indicators
 * the actor has a value for. The values are the engine's: the side's and the rivals' combined
 * values at y0 (IndicatorAssessment) and each member's own value at y0 (countryValueAt).
 */
import { ordinalAsymmetry, quantityAsymmetry } from '../../engine';
import type { CountryCode, Dataset, Indicator } from '../../model/dataset';
import type { ActorValue, AnalysisResult } from '../../model/results';
import { memberValue } from '../table/build-table';

/** Pillars in display order; others follow in order of first appearance. */
export const PILLAR_ORDER = ['investment', 'talent', 'output', 'industry', 'military', 'governance'];
/** Key of indicators without a pillar. */
export const NO_PILLAR = '';

/** An actor of the profile. */
export interface ProfileActor {
  /** Data key (`JPN`, `side:JPN+USA`, `rival:CHN`). */
  key: string;
  /** Side member, the side, or a rival. */
  role: 'member' | 'side' | 'rival';
  /** Member codes. */
  members: CountryCode[];
}

/** One indicator: each actor's value at y0 and its score against the best. */
export interface ProfileIndicator {
  /** The indicator. */
  indicator: Indicator;
  /** Pillar key. */
  pillar: string;
  /** Best value among the actors (max, or min for `lower`), or null when none has one. */
  best: number | null;
  /** Actor key → value at y0 with provenance. */
  values: Record<string, ActorValue>;
  /** Actor key → 1 + a(actor vs best), null without a value. */
  scores: Record<string, number | null>;
}

/** A pillar's score for one actor. */
export interface PillarScore {
  /** Mean score, or null when the actor has no value of any indicator of the pillar. */
  score: number | null;
  /** Indicators with a value. */
  used: number;
  /** Indicators of the pillar. */
  total: number;
}

/** Everything the profile draws. */
export interface ProfileSeries {
  /** Technology id. */
  technology: string;
  /** y0 of the focus rival's comparison (members are shown at it). */
  year: number;
  /** Saturation K used. */
  saturation: number;
  /** Actors: members, the side, rivals. */
  actors: ProfileActor[];
  /** Pillars with at least one scored indicator, in display order. */
  pillars: string[];
  /** Pillar → actor key → score. */
  scores: Record<string, Record<string, PillarScore>>;
  /** Scored indicators, grouped by pillar order. */
  indicators: ProfileIndicator[];
  /** True when no actor has any value. */
  empty: boolean;
}

/** 1 + a(value vs best) for one indicator. */
export function indicatorScore(indicator: Indicator, value: number, best: number, saturation: number, levelRange: [number, number]): number {
  const d = indicator.direction === 'lower' ? -1 : 1;
  const a = indicator.kind === 'ordinal' ? ordinalAsymmetry(value, best, d, levelRange[0], levelRange[1]) : quantityAsymmetry(value, best, d, saturation);
  return 1 + a;
}

function pillarRank(pillar: string): number {
  const index = PILLAR_ORDER.indexOf(pillar);
  return index < 0 ? PILLAR_ORDER.length + (pillar === NO_PILLAR ? 1 : 0) : index;
}

/** Build the profile of `technology`; `focusRival` picks the y0 (null = first rival). Null when not assessed. */
export function buildProfile(dataset: Dataset, result: AnalysisResult, technology: string, focusRival: string | null): ProfileSeries | null {
  const focus = result.rivals.find((block) => block.rival.label === focusRival) ?? result.rivals[0];
  const assessment = focus?.technologies.find((item) => item.technology === technology);
  if (!focus || !assessment) return null;
  const { saturation, staleness } = result.parameters;
  const year = assessment.year;
  const sideKey = `side:${result.side.label}`;
  const actors: ProfileActor[] = [
    ...(result.side.members.length > 1 ? result.side.members.map((code): ProfileActor => ({ key: code, role: 'member', members: [code] })) : []),
    { key: sideKey, role: 'side', members: [...result.side.members] },
    ...result.rivals.map((block): ProfileActor => ({ key: `rival:${block.rival.label}`, role: 'rival', members: [...block.rival.members] })),
  ];
  const indicatorById = new Map(dataset.indicators.map((item) => [item.id, item]));
  const indicators: ProfileIndicator[] = [];
  let empty = true;
  for (const detail of assessment.indicators) {
    const indicator = indicatorById.get(detail.indicator);
    if (!indicator || indicator.kind === 'text') continue;
    const values: Record<string, ActorValue> = {};
    for (const actor of actors) {
      if (actor.role === 'member') values[actor.key] = memberValue(dataset, actor.members[0]!, technology, indicator, year, staleness).value;
      else if (actor.role === 'side') values[actor.key] = detail.side;
      else {
        const rival = result.rivals.find((block) => `rival:${block.rival.label}` === actor.key);
        const own = rival?.technologies.find((item) => item.technology === technology)?.indicators.find((item) => item.indicator === indicator.id);
        if (own) values[actor.key] = own.rival;
      }
    }
    const numbers = Object.values(values).map((value) => value.value).filter((value): value is number => value !== null);
    if (numbers.length > 0) empty = false;
    const best = numbers.length === 0 ? null : indicator.direction === 'lower' ? Math.min(...numbers) : Math.max(...numbers);
    const levels = indicator.levels ?? [];
    const range: [number, number] = levels.length > 0 ? [levels[0]!.value, levels[levels.length - 1]!.value] : [Math.min(...numbers), Math.max(...numbers)];
    const scores: Record<string, number | null> = {};
    for (const actor of actors) {
      const value = values[actor.key]?.value ?? null;
      scores[actor.key] = value === null || best === null ? null : indicatorScore(indicator, value, best, saturation, range);
    }
    indicators.push({ indicator, pillar: indicator.pillar ?? NO_PILLAR, best, values, scores });
  }
  const pillars = [...new Set(indicators.map((item) => item.pillar))].sort((a, b) => pillarRank(a) - pillarRank(b));
  indicators.sort((a, b) => pillars.indexOf(a.pillar) - pillars.indexOf(b.pillar));
  const scores: ProfileSeries['scores'] = {};
  for (const pillar of pillars) {
    const own = indicators.filter((item) => item.pillar === pillar);
    scores[pillar] = {};
    for (const actor of actors) {
      const defined = own.map((item) => item.scores[actor.key]).filter((score): score is number => score !== null && score !== undefined);
      scores[pillar]![actor.key] = { score: defined.length === 0 ? null : defined.reduce((sum, score) => sum + score, 0) / defined.length, used: defined.length, total: own.length };
    }
  }
  return { technology, year, saturation, actors, pillars, scores, indicators, empty };
}
