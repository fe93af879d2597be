/**
 * The trends chart's data (pure): the yearly series of one indicator of one technology for
 * each side member, the side (combined by the indicator's combine rule) and each rival, and the
 * engine's projection of the side and the rivals from their assessment year y0 to y0 + H.
 * Every number comes from the engine (`actorSeries`, `actorProjection`, the AnalysisResult);
 * this file only lays them out as chart rows and attaches each point's provenance.
 */
import { actorProjection, actorSeries, countryValueAt, type ActorSeries } from '../../engine';
import { CONFIDENCE_GRADES, stringAt, type Confidence, type CountryCode, type Dataset, type Indicator } from '../../model/dataset';
import type { ActorValue, AnalysisResult, IndicatorAssessment, TechnologyAssessment } from '../../model/results';

/** Okabe–Ito colours for actors whose country row gives none. */
export const FALLBACK_COLORS = ['#0072b2', '#56b4e9', '#009e73', '#cc79a7', '#e69f00', '#d55e00', '#f0e442', '#999999'];
/** The side's line: near-black, drawn thicker than the members. */
export const SIDE_COLOR = '#1b2330';

/** One line of the chart (plus its dashed projection for the side and the rivals). */
export interface TrendLine {
  /** Data key of the historical values in {@link TrendsSeries.rows}. */
  key: string;
  /** member of the side, the side itself, or a rival. */
  role: 'member' | 'side' | 'rival';
  /** Member codes (one for a member). */
  members: CountryCode[];
  /** Line colour. */
  color: string;
  /** Data key of the projection in the rows, or null (members are not projected). */
  projectionKey: string | null;
  /** y0 the projection starts from, or null. */
  year: number | null;
  /** The engine's V(y0) stands on a value older than y0 (marked stale). */
  staleAtYear: boolean;
  /** The engine's value at y0 with its provenance (side and rivals), or null. */
  atYear: ActorValue | null;
  /** Trend slope per year (ln V for quantities, levels for ordinals) and whether it had data. */
  slope: { value: number; noTrendData: boolean } | null;
}

/** One year of the chart: a value per line key (null = no value that year). */
export type TrendRow = { year: number } & Record<string, number | null>;

/** Everything the trends view draws. */
export interface TrendsSeries {
  /** Technology id. */
  technology: string;
  /** The indicator drawn. */
  indicator: Indicator;
  /** Unit shown on the axis and in tooltips. */
  unit: string | undefined;
  /** Lines: members, the side, rivals. */
  lines: TrendLine[];
  /** One row per year from the first value to y0 + H. */
  rows: TrendRow[];
  /** Provenance of each historical point: line key → year → value. */
  provenance: Record<string, Record<number, ActorValue>>;
  /** The assessment year marked on the chart (y0 of the focus rival's comparison). */
  year: number;
  /** Last projected year (y0 + H). */
  horizonEnd: number;
  /** True for quantities whose positive values span at least 10× (log scale offered). */
  logAvailable: boolean;
  /** Some plotted value is 0: a log scale cannot draw it (said under the chart). */
  hasZeros: boolean;
  /** True when they span at least 100×: log scale is the default. */
  logSuggested: boolean;
  /** True when no line has a value. */
  empty: boolean;
}

/** Scored (quantity or ordinal) indicators of a technology, in the engine's order. */
export function trendIndicators(assessment: TechnologyAssessment | undefined): IndicatorAssessment[] {
  return assessment?.indicators.filter((item) => item.kind !== 'text') ?? [];
}

/** The worst of several confidence grades (C < B < A), or null. */
function lowestConfidence(grades: Confidence[]): Confidence | null {
  let worst = -1;
  for (const grade of grades) worst = Math.max(worst, CONFIDENCE_GRADES.indexOf(grade));
  return worst < 0 ? null : CONFIDENCE_GRADES[worst]!;
}

/** A series point's provenance as an ActorValue: each reporting member's own row of that year. */
export function pointProvenance(dataset: Dataset, series: ActorSeries, index: number): ActorValue {
  const point = series.points[index]!;
  const table = dataset.values;
  const years: Record<CountryCode, number> = {};
  const sources: string[] = [];
  const grades: Confidence[] = [];
  let unit = series.unit;
  for (const country of point.present) {
    const found = countryValueAt(dataset, country, series.technology, series.indicator, point.year, 0);
    years[country] = point.year;
    if (found.row < 0) continue;
    const source = stringAt(table, table.source[found.row]!);
    if (source && !sources.includes(source)) sources.push(source);
    const grade = CONFIDENCE_GRADES[table.confidence[found.row]!];
    if (grade) grades.push(grade);
    unit ??= stringAt(table, table.unit[found.row]!);
  }
  return {
    value: point.value,
    texts: [],
    present: [...point.present],
    missing: [...point.missing],
    stale: [],
    years,
    confidence: lowestConfidence(grades),
    sources,
    ...(unit ? { unit } : {}),
  };
}

function colorOf(dataset: Dataset, members: CountryCode[], used: number): string {
  const own = members.length === 1 ? dataset.countries.find((item) => item.code === members[0])?.color : undefined;
  return own ?? FALLBACK_COLORS[used % FALLBACK_COLORS.length]!;
}

/**
 * Build the chart of `indicator` for `technology`. `focusRival` picks the comparison whose y0
 * the side is projected from and the chart marks (null or unknown = the first rival).
 * Returns null when the analysis has no block for the technology or the indicator is unknown.
 */
export function buildTrends(dataset: Dataset, result: AnalysisResult, technology: string, indicatorId: string, focusRival: string | null): TrendsSeries | null {
  const indicator = dataset.indicators.find((item) => item.id === indicatorId);
  const focus = result.rivals.find((block) => block.rival.label === focusRival) ?? result.rivals[0];
  const focusAssessment = focus?.technologies.find((item) => item.technology === technology);
  if (!indicator || indicator.kind === 'text' || !focus || !focusAssessment) return null;
  const { parameters } = result;
  const year = focusAssessment.year;
  const horizonEnd = year + parameters.horizon;
  const byYear = new Map<number, TrendRow>();
  const rowAt = (y: number): TrendRow => {
    let row = byYear.get(y);
    if (!row) byYear.set(y, (row = { year: y } as TrendRow));
    return row;
  };
  const provenance: Record<string, Record<number, ActorValue>> = {};
  const lines: TrendLine[] = [];
  let colors = 0;

  const addHistory = (key: string, members: CountryCode[]) => {
    const series = actorSeries(dataset, members, technology, indicator.id);
    provenance[key] = {};
    series.points.forEach((point, index) => {
      if (point.value === null) return;
      rowAt(point.year)[key] = point.value;
      provenance[key]![point.year] = pointProvenance(dataset, series, index);
    });
  };
  const addProjection = (key: string, members: CountryCode[], rival: string, atYear: ActorValue | null) => {
    const projection = actorProjection(dataset, members, technology, indicator.id, parameters, rival);
    const projectionKey = `${key}:projection`;
    const end = projection.year + parameters.horizon;
    for (const point of projection.points) if (point.year <= end) rowAt(point.year)[projectionKey] = point.value;
    return {
      projectionKey: projection.points.length > 0 ? projectionKey : null,
      year: projection.year,
      staleAtYear: (atYear?.stale.length ?? 0) > 0,
      atYear,
      slope: projection.points.length > 0 ? { value: projection.fit.slope, noTrendData: projection.fit.noTrendData } : null,
    };
  };

  const sideDetail = focusAssessment.indicators.find((item) => item.indicator === indicator.id);
  if (result.side.members.length > 1) {
    for (const member of result.side.members) {
      const key = member;
      addHistory(key, [member]);
      lines.push({ key, role: 'member', members: [member], color: colorOf(dataset, [member], colors++), projectionKey: null, year: null, staleAtYear: false, atYear: null, slope: null });
    }
  }
  const sideKey = `side:${result.side.label}`;
  addHistory(sideKey, result.side.members);
  lines.push({
    key: sideKey,
    role: 'side',
    members: [...result.side.members],
    color: result.side.members.length === 1 ? colorOf(dataset, result.side.members, colors++) : SIDE_COLOR,
    ...addProjection(sideKey, result.side.members, focus.rival.label, sideDetail?.side ?? null),
  });
  for (const block of result.rivals) {
    const key = `rival:${block.rival.label}`;
    const detail = block.technologies.find((item) => item.technology === technology)?.indicators.find((item) => item.indicator === indicator.id);
    addHistory(key, block.rival.members);
    lines.push({ key, role: 'rival', members: [...block.rival.members], color: colorOf(dataset, block.rival.members, colors++), ...addProjection(key, block.rival.members, block.rival.label, detail?.rival ?? null) });
  }

  const rows = [...byYear.values()].sort((a, b) => a.year - b.year);
  const values = rows.flatMap((row) => Object.entries(row).filter(([key]) => key !== 'year').map(([, value]) => value)).filter((value): value is number => value !== null);
  const positive = values.filter((value) => value > 0);
  const span = positive.length > 0 ? Math.max(...positive) / Math.min(...positive) : 1;
  const quantity = indicator.kind === 'quantity';
  return {
    technology,
    indicator,
    unit: indicator.unit ?? sideDetail?.side.unit ?? sideDetail?.rival.unit,
    lines,
    rows,
    provenance,
    year,
    horizonEnd,
    logAvailable: quantity && span >= 10,
    logSuggested: quantity && span >= 100,
    hasZeros: positive.length < values.length,
    empty: values.length === 0,
  };
}
