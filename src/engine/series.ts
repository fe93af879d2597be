/**
 * Yearly series of one actor (a country or a coalition) for the trends chart, and the
 * engine's own projection of it — so views draw the method's numbers and never recompute it.
 *
 * actorSeries shows every year in which any member reports, combined over the members that
 * report that year (`complete` says whether all did). The trend fit of §4 only uses the
 * complete years of the y0 composition (see cells.ts); actorProjection reports those years
 * as `fitYears`, so a chart can mark the points the slope came from.
 */
import type { CombineRule, CountryCode, Dataset, IndicatorKind } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import type { TrendFit } from '../model/results';
import { normaliseMembers, splitActor } from './actors';
import { assessmentYears, technologyYear } from './assessment-year';
import { clamp } from './asymmetry';
import { cellValues, CellBuilder, evaluateCells } from './cells';
import { cellTrend } from './actor-value';
import { combineNumbers } from './combine';
import { datasetIndex } from './dataset-index';
import { unknownName } from './errors';
import { resolveOrThrow } from './resolve';

/** One year of an actor's series. */
export interface SeriesPoint {
  /** Year. */
  year: number;
  /** Combined value over the members reporting that year (null for text indicators). */
  value: number | null;
  /** Members with a value that year. */
  present: CountryCode[];
  /** Members without one. */
  missing: CountryCode[];
  /** True when every member reports. */
  complete: boolean;
}

/** The combined yearly series of an actor. */
export interface ActorSeries {
  /** Actor label (members joined by `+`). */
  label: string;
  /** Members. */
  members: CountryCode[];
  /** Technology id. */
  technology: string;
  /** Indicator id. */
  indicator: string;
  /** Indicator kind. */
  kind: IndicatorKind;
  /** Combination rule used. */
  combine: CombineRule;
  /** Declared unit. */
  unit?: string;
  /** Years with at least one member value, ascending. */
  points: SeriesPoint[];
}

function lookup(dataset: Dataset, technology: string, indicator: string) {
  const index = datasetIndex(dataset);
  const t = index.technologyIndex.get(technology);
  const i = index.indicatorIndex.get(indicator);
  if (t === undefined) throw unknownName('technology', technology);
  if (i === undefined) throw unknownName('indicator', indicator);
  return { index, t, i, info: index.indicators[i] };
}

/** The combined series of `members` for one technology and indicator (all years). */
export function actorSeries(dataset: Dataset, members: readonly CountryCode[], technology: string, indicator: string): ActorSeries {
  const { index, t, i, info } = lookup(dataset, technology, indicator);
  const codes = normaliseMembers(members);
  const byYear = new Map<number, Map<CountryCode, number>>();
  for (const code of codes) {
    const s = index.seriesOf(t, i, index.countryIndex.get(code) ?? -1);
    if (s < 0) continue;
    for (let k = index.seriesStart[s]; k < index.seriesEnd[s]; k++) {
      const year = index.years[k];
      if (!byYear.has(year)) byYear.set(year, new Map());
      byYear.get(year)?.set(code, index.table.value[index.rows[k]]);
    }
  }
  const points = [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => {
      const have = byYear.get(year) as Map<CountryCode, number>;
      const present = codes.filter((c) => have.has(c));
      const value = info.kind === 'text' ? null : combineNumbers(info.indicator.combine, present.map((c) => have.get(c) as number));
      return { year, value, present, missing: codes.filter((c) => !have.has(c)), complete: present.length === codes.length };
    });
  return { label: codes.join('+'), members: codes, technology, indicator, kind: info.kind, combine: info.indicator.combine, unit: info.indicator.unit, points };
}

/** The engine's trend fit and projection of an actor's series (METHODOLOGY §4–5). */
export interface ActorProjection {
  /** y0 used (see actorProjection). */
  year: number;
  /** V(y0) or L(y0) as combined by §1 (stale stand-ins included); null when no member has one. */
  value: number | null;
  /** The §4 fit. */
  fit: TrendFit;
  /** Years whose combined values entered the fit. */
  fitYears: number[];
  /** The fitted line at fitYears (exp of the ln-line for quantities), for drawing. */
  fitted: { year: number; value: number }[];
  /** y0 + k and V̂(k) / L̂(k) for k = 0..Hmax (ordinals clamped to the scale); empty when value is null. */
  points: { year: number; value: number }[];
}

/**
 * Fit and projection of `members` under `params`. Text indicators get an empty projection.
 *
 * y0: `params.year` when set; otherwise the y0 analyse uses for the technology
 * (assessment-year.ts) against `rival` (a label such as `CHN` or `CHN+RUS`; codes the dataset
 * lacks are ignored), or, without `rival`, the technology's latest year over the side and every
 * rival of `params` together. To match a TechnologyAssessment exactly, pass the result's
 * `parameters` and the block's rival label (or `{ ...parameters, year: assessment.year }`).
 * @throws {InvalidParametersError} when the parameters are invalid.
 */
export function actorProjection(dataset: Dataset, members: readonly CountryCode[], technology: string, indicator: string, params: Partial<Parameters> = {}, rival?: string): ActorProjection {
  const { t, i, info } = lookup(dataset, technology, indicator);
  const resolved = resolveOrThrow(dataset, params);
  const { index, parameters } = resolved;
  const positions = (codes: readonly string[]) => codes.map((c) => index.countryIndex.get(c) ?? -1).filter((c) => c >= 0);
  const against = rival === undefined ? resolved.rivals.flatMap((r) => r.memberIndex) : positions(splitActor(rival));
  const year = resolved.year ?? technologyYear(index, t, [...resolved.side.memberIndex, ...against], resolved.weights) ?? assessmentYears(resolved, resolved.side).asOf;
  const builder = new CellBuilder(index, parameters.staleness, parameters.trendWindow);
  builder.add(normaliseMembers(members).map((c) => index.countryIndex.get(c) ?? -1), t, i, year);
  const cells = builder.build();
  const values = cellValues(1);
  evaluateCells(cells, index.table.value, values);
  const fit = cellTrend(values, 0);
  const v = values.value[0];
  const log = info.kind === 'quantity';
  const width = cells.presentEnd[0] - cells.presentStart[0];
  const used: { year: number; y: number }[] = [];
  for (let j = 0; j < cells.trendCount[0]; j++) {
    const start = cells.trendRowStart[cells.trendStart[0] + j];
    const combined = cells.combine[0](index.table.value, cells.trendRows, start, start + width);
    if (log ? combined > 0 : !Number.isNaN(combined)) used.push({ year: cells.trendYears[cells.trendStart[0] + j], y: log ? Math.log(combined) : combined });
  }
  const mx = used.reduce((s, p) => s + p.year, 0) / used.length;
  const my = used.reduce((s, p) => s + p.y, 0) / used.length;
  const fitted = fit.noTrendData ? [] : used.map((p) => ({ year: p.year, value: (log ? Math.exp : (x: number) => x)(my + fit.slope * (p.year - mx)) }));
  const points: { year: number; value: number }[] = [];
  if (!Number.isNaN(v) && info.kind !== 'text') {
    for (let k = 0; k <= parameters.maxYears; k++) {
      const projected = log ? v * Math.exp(fit.slope * k) : clamp(v + fit.slope * k, info.levelMin, info.levelMax);
      points.push({ year: year + k, value: projected });
    }
  }
  return { year, value: Number.isNaN(v) ? null : v, fit, fitYears: used.map((p) => p.year), fitted, points };
}
