/**
 * The ranking's data (pure): the focus rival's technologies with a defined score D, in the
 * engine's rank order, each with its class colour and — when the Monte Carlo has run for the
 * same parameters — its 5–95 % rank interval and P(durable); the technologies left out for
 * lack of data; and the D axis domain. Everything comes from the engine; nothing is recomputed.
 */
import type { Dataset } from '../../model/dataset';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';
import type { AdvantageClass, AnalysisResult, RivalAssessment, SensitivityResult, SensitivitySummary, TechnologyAssessment } from '../../model/results';
import { CLASS_COLORS } from '../../charts/colors';
import { actorName } from '../overview/actor-name';

/** Monte Carlo summary of one technology, as the ranking shows it. */
export interface RankingUncertainty {
  /** Median rank over the draws. */
  median: number;
  /** 5th percentile rank. */
  p05: number;
  /** 95th percentile rank. */
  p95: number;
  /** Share of draws in which the technology is a durable advantage. */
  pDurable: number;
  /** Share of draws per class. */
  classProbability: Record<AdvantageClass, number>;
}

/** One bar of the ranking. */
export interface RankingRow {
  /** Technology id. */
  technology: string;
  /** Technology name in the UI language. */
  name: string;
  /** Rank by D (1 = best). */
  rank: number;
  /** Durable-advantage score D. */
  score: number;
  /** Composite asymmetry A(y0). */
  asymmetry: number;
  /** Years to parity T (Infinity beyond Hmax). */
  yearsToParity: number;
  /** Class under H. */
  advantageClass: AdvantageClass;
  /** Bar colour (class colour). */
  color: string;
  /** The engine's assessment (tooltip, provenance). */
  assessment: TechnologyAssessment;
  /** Monte Carlo summary, or null when the sensitivity analysis has not run (or is off). */
  uncertainty: RankingUncertainty | null;
}

/** A technology of the rival's block without a defined A. */
export interface RankingMissing {
  /** Technology id. */
  technology: string;
  /** Technology name in the UI language. */
  name: string;
  /** Its assessment year. */
  year: number;
}

/** Everything the ranking draws for one rival. */
export interface RankingSeries {
  /** Rival label (`CHN`). */
  rival: string;
  /** Rival name in the UI language. */
  rivalName: string;
  /** Side name in the UI language. */
  sideName: string;
  /** Bars, in rank order. */
  rows: RankingRow[];
  /** Technologies without a defined A, in the engine's order. */
  missing: RankingMissing[];
  /** D axis domain (see scoreDomain). */
  domain: [number, number];
  /** Earliest and latest assessment year of the ranked technologies; null when none. */
  years: { min: number; max: number } | null;
}

/** The summaries of `sensitivity` for rival `rival`, by technology. */
function summariesOf(sensitivity: SensitivityResult | null, rival: string): Map<string, SensitivitySummary> {
  const byTechnology = new Map<string, SensitivitySummary>();
  for (const summary of sensitivity?.summaries ?? []) if (summary.rival === rival) byTechnology.set(summary.technology, summary);
  return byTechnology;
}

/** Room left beyond the longest bar on each side, in D units, for the value label at its end. */
const LABEL_ROOM = 0.1;

/**
 * The D axis domain of scores: [min(0, D), max(0, D)] widened by LABEL_ROOM on each side that
 * has bars and rounded outwards to tenths; [0, 1] when there is no bar off zero.
 */
export function scoreDomain(scores: number[]): [number, number] {
  const min = Math.min(0, ...scores);
  const max = Math.max(0, ...scores);
  if (min === 0 && max === 0) return [0, 1];
  // The 1e-9 keeps float noise (−1.1 · 10 = −11.000000000000002) from adding a tenth.
  const low = min < 0 ? Math.floor((min - LABEL_ROOM) * 10 + 1e-9) / 10 : 0;
  const high = max > 0 ? Math.ceil((max + LABEL_ROOM) * 10 - 1e-9) / 10 : 0;
  return [Number(low.toFixed(1)) || 0, Number(high.toFixed(1)) || 0];
}

/** Tick values of a D axis domain: multiples of 0.1 (0.2 when the domain spans more than 1), always 0. */
export function scoreTicks([low, high]: [number, number]): number[] {
  const step = high - low > 1 ? 2 : 1;
  const ticks: number[] = [];
  for (let tenth = Math.ceil((low * 10) / step - 1e-9) * step; tenth <= high * 10 + 1e-9; tenth += step) ticks.push(tenth / 10);
  return ticks.includes(0) ? ticks : [...ticks, 0].sort((a, b) => a - b);
}

/** Build the ranking of `block` (one rival of `result`). */
export function buildRanking(
  result: AnalysisResult,
  block: RivalAssessment,
  dataset: Pick<Dataset, 'countries' | 'technologies'>,
  locale: Locale,
  sensitivity: SensitivityResult | null,
): RankingSeries {
  const technologyName = (id: string) => localName(dataset.technologies.find((item) => item.id === id), locale, id);
  const summaries = summariesOf(sensitivity, block.rival.label);
  const rows: RankingRow[] = [];
  const missing: RankingMissing[] = [];
  for (const assessment of block.technologies) {
    const { asymmetry, score, rank, advantageClass, yearsToParity } = assessment;
    if (asymmetry === null || score === null || rank === null || advantageClass === null || yearsToParity === null) {
      missing.push({ technology: assessment.technology, name: technologyName(assessment.technology), year: assessment.year });
      continue;
    }
    const summary = summaries.get(assessment.technology);
    rows.push({
      technology: assessment.technology,
      name: technologyName(assessment.technology),
      rank,
      score,
      asymmetry,
      yearsToParity,
      advantageClass,
      color: CLASS_COLORS[advantageClass],
      assessment,
      uncertainty: summary
        ? { median: summary.rankMedian, p05: summary.rankP05, p95: summary.rankP95, pDurable: summary.classProbability.durable, classProbability: summary.classProbability }
        : null,
    });
  }
  rows.sort((a, b) => a.rank - b.rank);
  const years = rows.map((row) => row.assessment.year);
  return {
    rival: block.rival.label,
    rivalName: actorName(block.rival.members, dataset, locale),
    sideName: actorName(result.side.members, dataset, locale),
    rows,
    missing,
    domain: scoreDomain(rows.map((row) => row.score)),
    years: years.length > 0 ? { min: Math.min(...years), max: Math.max(...years) } : null,
  };
}
