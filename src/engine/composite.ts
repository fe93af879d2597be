/**
 * Composite asymmetry (METHODOLOGY §3) and its projection (§5) for one side × rival ×
 * technology, evaluated from cell values. The same code serves `analyse` and every Monte
 * Carlo draw, so the two can never disagree.
 *
 * A = Σ w_i·a_i / Σ w_i over indicators with a defined a_i and w_i > 0; coverage c = that
 * Σ w_i / Σ w_i over every quantity/ordinal indicator of the technology with w_i > 0; no
 * defined indicator → A undefined (NaN here, null in results).
 */
import type { CellValues } from './cells';
import type { IndicatorInfo } from './dataset-index';
import { clamp, ordinalAsymmetry, quantityTerms } from './asymmetry';
import { classIndex } from './classify';
import { yearsToParity } from './projection';
import { durableScore } from './rank';

/** The cells compared for one rival × technology. */
export interface ComparisonPlan {
  /** Rival position in ResolvedParameters.rivals. */
  rival: number;
  /** Technology position. */
  technology: number;
  /** y0 of this rival × technology (the cells are compiled for it). */
  year: number;
  /** Indicators of the technology (positions, file order; text ones included). */
  indicators: number[];
  /** Side cell of each indicator. */
  sideCells: number[];
  /** Rival cell of each indicator. */
  rivalCells: number[];
}

/** Numbers that do not change between comparisons. */
export interface CompositeSettings {
  /** K. */
  saturation: number;
  /** Hmax. */
  maxYears: number;
  /** H. */
  horizon: number;
  /** ε. */
  parityBand: number;
}

/** Outcome of one comparison (NaN / −1 where A is undefined). */
export interface CompositeOutcome {
  /** A(y0), NaN when undefined. */
  asymmetry: number;
  /** Coverage c. */
  coverage: number;
  /** T (Infinity beyond Hmax), NaN when A is undefined. */
  yearsToParity: number;
  /** Â(1) − Â(0), NaN when A is undefined. */
  momentum: number;
  /** Class position in ADVANTAGE_CLASSES, −1 when A is undefined. */
  classIndex: number;
  /** D, NaN when A is undefined. */
  score: number;
}

/** Reusable accumulator of the defined terms of one composite. */
export class Composite {
  private n = 0;
  private total = 0;
  private readonly weight: Float64Array;
  private readonly ordinal: Uint8Array;
  private readonly base: Float64Array;
  private readonly rate: Float64Array;
  private readonly sideSlope: Float64Array;
  private readonly rivalSlope: Float64Array;
  private readonly info: (IndicatorInfo | undefined)[];

  constructor(capacity: number) {
    this.weight = new Float64Array(capacity);
    this.ordinal = new Uint8Array(capacity);
    this.base = new Float64Array(capacity);
    this.rate = new Float64Array(capacity);
    this.sideSlope = new Float64Array(capacity);
    this.rivalSlope = new Float64Array(capacity);
    this.info = new Array<IndicatorInfo | undefined>(capacity);
  }

  /** Number of defined terms. */
  get size(): number {
    return this.n;
  }

  /** Σ w of the defined terms. */
  get totalWeight(): number {
    return this.total;
  }

  /** Forget every term. */
  reset(): void {
    this.n = 0;
    this.total = 0;
  }

  /** Add indicator `info` with weight w, side/rival values and trend slopes. */
  add(info: IndicatorInfo, w: number, vs: number, vr: number, gs: number, gr: number, saturation: number): void {
    const k = this.n++;
    this.total += w;
    this.weight[k] = w;
    this.info[k] = info;
    if (info.kind === 'ordinal') {
      this.ordinal[k] = 1;
      this.base[k] = vs;
      this.rate[k] = vr;
      this.sideSlope[k] = gs;
      this.rivalSlope[k] = gr;
    } else {
      const terms = quantityTerms(vs, vr, gs, gr, info.direction, saturation);
      this.ordinal[k] = 0;
      this.base[k] = terms.base;
      this.rate[k] = terms.rate;
    }
  }

  /** Â(k): the composite on values projected k years ahead (k = 0 gives A(y0)). */
  at(k: number): number {
    let sum = 0;
    for (let j = 0; j < this.n; j++) {
      let a: number;
      if (this.ordinal[j]) {
        const info = this.info[j] as IndicatorInfo;
        a = ordinalAsymmetry(this.base[j] + this.sideSlope[j] * k, this.rate[j] + this.rivalSlope[j] * k, info.direction, info.levelMin, info.levelMax);
      } else a = clamp(this.base[j] + this.rate[j] * k, -1, 1);
      sum += this.weight[j] * a;
    }
    const value = sum / this.total;
    return value === 0 ? 0 : value;
  }
}

/** A fresh outcome record. */
export function compositeOutcome(): CompositeOutcome {
  return { asymmetry: NaN, coverage: 0, yearsToParity: NaN, momentum: NaN, classIndex: -1, score: NaN };
}

/**
 * Evaluate one comparison into `out`. `weights` are effective weights per indicator position;
 * `path` (optional) receives Â(0..Hmax).
 */
export function evaluateComparison(
  plan: ComparisonPlan,
  infos: readonly IndicatorInfo[],
  cells: CellValues,
  weights: ArrayLike<number>,
  relevance: number,
  settings: CompositeSettings,
  composite: Composite,
  out: CompositeOutcome,
  path?: number[],
): void {
  composite.reset();
  let all = 0;
  for (let j = 0; j < plan.indicators.length; j++) {
    const i = plan.indicators[j];
    const w = weights[i];
    if (!infos[i].scored || !(w > 0)) continue;
    all += w;
    const s = plan.sideCells[j];
    const r = plan.rivalCells[j];
    const vs = cells.value[s];
    const vr = cells.value[r];
    if (Number.isNaN(vs) || Number.isNaN(vr)) continue;
    composite.add(infos[i], w, vs, vr, cells.slope[s], cells.slope[r], settings.saturation);
  }
  out.coverage = all > 0 ? composite.totalWeight / all : 0;
  if (composite.size === 0) {
    out.asymmetry = out.yearsToParity = out.momentum = out.score = NaN;
    out.classIndex = -1;
    return;
  }
  const a = composite.at(0);
  const t = yearsToParity(a, (k) => composite.at(k), settings.maxYears, path);
  out.asymmetry = a;
  out.yearsToParity = t;
  out.momentum = path ? path[1] - a : composite.at(1) - a;
  out.classIndex = classIndex(a, t, settings.horizon, settings.parityBand);
  out.score = durableScore(relevance, a, t, settings.maxYears);
}
