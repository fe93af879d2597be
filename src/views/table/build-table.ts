/**
 * The comparison table of one technology, in the layout of the KCS 2024 report: the side's
 * members one by one, the comparison axis, then the chosen rivals. Every number comes from the
 * engine: the rivals' cells are the IndicatorAssessments of the analysis, the members' cells are
 * each country's own value at y0 under the staleness rule (engine `countryValueAt`). This file
 * only arranges them, numbers the sources and picks the year the members are shown at.
 */
import { countryValueAt } from '../../engine';
import { CONFIDENCE_GRADES, stringAt, type CountryCode, type Dataset, type Indicator, type Source } from '../../model/dataset';
import type { Actor, ActorValue, AnalysisResult, IndicatorAssessment, TechnologyAssessment } from '../../model/results';

/** Most rivals shown side by side (the report's layout has two; four still reads at 1920 px). */
export const MAX_TABLE_RIVALS = 4;

/** One side member's own value of one indicator. */
export interface MemberCell {
  /** The member. */
  country: CountryCode;
  /** present in y0, stale (older value within the window) or missing. */
  status: 'present' | 'stale' | 'missing';
  /** The value as a one-member ActorValue, so it formats and explains like any other value. */
  value: ActorValue;
  /** Footnote numbers of its sources. */
  footnotes: number[];
}

/** One rival's comparison on one indicator. */
export interface RivalCell {
  /** Rival label. */
  rival: string;
  /** The engine's detail of side vs this rival, or null when the rival's block lacks the indicator. */
  detail: IndicatorAssessment | null;
  /** A member of the rival contributed a value older than y0. */
  stale: boolean;
  /** The rival's value has confidence C. */
  lowConfidence: boolean;
  /** Footnote numbers of the rival value's sources. */
  footnotes: number[];
}

/** One indicator (comparison axis) row. */
export interface TableRow {
  /** The indicator. */
  indicator: Indicator;
  /** Effective weight used by the engine (from the first rival's detail), null if unknown. */
  weight: number | null;
  /** Side members, in side order. */
  members: MemberCell[];
  /** Rivals, in column order. */
  rivals: RivalCell[];
}

/** Rows of one pillar. */
export interface PillarGroup {
  /** Pillar id as written in indicators.csv, or null. */
  pillar: string | null;
  /** Indicators of the pillar, in dataset order. */
  rows: TableRow[];
}

/** A rival column. */
export interface RivalColumn {
  /** Rival label (`CHN`, `CHN+RUS`). */
  label: string;
  /** Member codes. */
  members: CountryCode[];
  /** This comparison's y0. */
  year: number;
  /** The engine's assessment of side vs this rival for the technology. */
  assessment: TechnologyAssessment;
}

/** A numbered source under the table. */
export interface Footnote {
  /** 1-based number. */
  number: number;
  /** Source id or free text as found in the values. */
  source: string;
  /** The sources.csv record, when the id is one. */
  record?: Source;
}

/** Everything the table draws. */
export interface ComparisonTableModel {
  /** Technology id. */
  technology: string;
  /** The year the side members are shown at: the latest y0 of the rival columns. */
  year: number;
  /** The side. */
  side: Actor;
  /** Rival columns, in the order chosen. */
  rivals: RivalColumn[];
  /** Indicator rows grouped by pillar (pillars in order of first appearance). */
  groups: PillarGroup[];
  /** Sources in order of first citation. */
  footnotes: Footnote[];
  /** Staleness window used (years). */
  staleness: number;
  /** Projection cap Hmax (years), for "> Hmax" in the summary. */
  maxYears: number;
  /** True when no cell of the table holds a value. */
  empty: boolean;
}

/** Rival labels to show by default: the analysis's rivals, at most {@link MAX_TABLE_RIVALS}. */
export function defaultRivals(result: AnalysisResult): string[] {
  return result.rivals.slice(0, MAX_TABLE_RIVALS).map((block) => block.rival.label);
}

/** The chosen rivals that the analysis still has (in analysis order), else the default. */
export function effectiveRivals(result: AnalysisResult, chosen: readonly string[] | null): string[] {
  if (chosen === null) return defaultRivals(result);
  const wanted = new Set(chosen);
  return result.rivals.map((block) => block.rival.label).filter((label) => wanted.has(label)).slice(0, MAX_TABLE_RIVALS);
}

/** Numbers sources in order of first citation. */
class FootnoteRegistry {
  private readonly numbers = new Map<string, number>();
  readonly list: Footnote[] = [];
  constructor(private readonly dataset: Dataset) {}
  /** Footnote numbers of `sources`, registering new ones. */
  cite(sources: readonly string[]): number[] {
    return sources.map((source) => {
      let number = this.numbers.get(source);
      if (number === undefined) {
        number = this.list.length + 1;
        this.numbers.set(source, number);
        const record = this.dataset.sources.find((item) => item.id === source);
        this.list.push(record ? { number, source, record } : { number, source });
      }
      return number;
    });
  }
}

/** A member's own value at `year` as a one-member ActorValue (engine staleness rule). */
export function memberValue(dataset: Dataset, country: CountryCode, technology: string, indicator: Indicator, year: number, staleness: number): { status: MemberCell['status']; value: ActorValue } {
  const found = countryValueAt(dataset, country, technology, indicator.id, year, staleness);
  const table = dataset.values;
  if (found.row < 0) {
    return {
      status: 'missing',
      value: { value: null, texts: [], present: [], missing: [country], stale: [], years: {}, confidence: null, sources: [], ...(indicator.unit ? { unit: indicator.unit } : {}) },
    };
  }
  const source = stringAt(table, table.source[found.row]!);
  const unit = stringAt(table, table.unit[found.row]!) ?? indicator.unit;
  const isText = indicator.kind === 'text';
  return {
    status: found.status,
    value: {
      value: isText ? null : found.value,
      texts: isText ? [{ country, text: found.text ?? (found.value !== null ? String(found.value) : '') }] : [],
      present: [country],
      missing: [],
      stale: found.status === 'stale' ? [country] : [],
      years: { [country]: found.year! },
      confidence: CONFIDENCE_GRADES[table.confidence[found.row]!] ?? null,
      sources: source ? [source] : [],
      ...(unit ? { unit } : {}),
    },
  };
}

/**
 * Build the table of `technology` for the rivals `rivalLabels` (labels of `result.rivals`;
 * unknown ones are skipped). Returns null when the analysis has no block for the technology.
 */
export function buildComparisonTable(dataset: Dataset, result: AnalysisResult, technology: string, rivalLabels: readonly string[]): ComparisonTableModel | null {
  const blocks = new Map(result.rivals.map((block) => [block.rival.label, block]));
  const rivals: RivalColumn[] = [];
  for (const label of rivalLabels) {
    const block = blocks.get(label);
    const assessment = block?.technologies.find((item) => item.technology === technology);
    if (block && assessment) rivals.push({ label, members: [...block.rival.members], year: assessment.year ?? result.year, assessment });
  }
  // The indicator list is the same in every block; take it from a shown rival, else any.
  const reference = rivals[0]?.assessment ?? result.rivals[0]?.technologies.find((item) => item.technology === technology);
  if (!reference) return null;
  const year = rivals.length > 0 ? Math.max(...rivals.map((rival) => rival.year)) : (reference.year ?? result.year);
  const staleness = result.parameters.staleness;
  const indicatorById = new Map(dataset.indicators.map((item) => [item.id, item]));
  const footnotes = new FootnoteRegistry(dataset);
  const groups: PillarGroup[] = [];
  let empty = true;
  for (const { indicator: id } of reference.indicators) {
    const indicator = indicatorById.get(id);
    if (!indicator) continue;
    const members = result.side.members.map((country): MemberCell => {
      const { status, value } = memberValue(dataset, country, technology, indicator, year, staleness);
      if (status !== 'missing') empty = false;
      return { country, status, value, footnotes: footnotes.cite(value.sources) };
    });
    const cells = rivals.map((rival): RivalCell => {
      const detail = rival.assessment.indicators.find((item) => item.indicator === id) ?? null;
      const value = detail?.rival;
      if (value && value.present.length > 0) empty = false;
      return {
        rival: rival.label,
        detail,
        stale: (value?.stale.length ?? 0) > 0,
        lowConfidence: value?.confidence === 'C',
        footnotes: footnotes.cite(value?.sources ?? []),
      };
    });
    const weight = rivals[0]?.assessment.indicators.find((item) => item.indicator === id)?.weight ?? null;
    const pillar = indicator.pillar ?? null;
    let group = groups.find((item) => item.pillar === pillar);
    if (!group) groups.push((group = { pillar, rows: [] }));
    group.rows.push({ indicator, weight, members, rivals: cells });
  }
  return { technology, year, side: result.side, rivals, groups, footnotes: footnotes.list, staleness, maxYears: result.parameters.maxYears, empty };
}
