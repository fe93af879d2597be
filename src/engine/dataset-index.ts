/**
 * A read-only index of a dataset's values, built once per Dataset object and cached in a
 * WeakMap: every analysis, slider change and Monte Carlo draw reuses it, so re-running the
 * method only touches numbers, never the 100k-row table.
 *
 * A *series* is the rows of one (technology, indicator, country), sorted by year, holding only
 * usable values: finite and ≥ 0 for quantities (negative ones are a load error; they are
 * skipped here and counted, to be defensive), finite for ordinals, a text or a number for text
 * indicators. When a series has two rows for the same year, the later row of the table wins.
 * Country-scope rows and rows of unknown indicators or technologies are not in any series.
 */
import type { Dataset, Indicator, IndicatorKind, ValueTable } from '../model/dataset';
import { type CombineFn, combineRule } from './combine';
import { unknownName } from './errors';

/** What the engine needs to know about one indicator, resolved once. */
export interface IndicatorInfo {
  /** The indicator as loaded. */
  indicator: Indicator;
  /** quantity | ordinal | text (validated). */
  kind: IndicatorKind;
  /** d = +1 (higher is better) or −1 (lower is better). */
  direction: 1 | -1;
  /** Coalition combination rule. */
  combine: CombineFn;
  /** L_min (ordinals): first declared level, else the lowest value seen. */
  levelMin: number;
  /** L_max (ordinals): last declared level, else the highest value seen. */
  levelMax: number;
  /** False for an ordinal indicator without declared levels (range taken from the data). */
  levelsDeclared: boolean;
  /** True for technology-scope quantity/ordinal indicators: those that enter composites. */
  scored: boolean;
  /** True for technology-scope indicators. */
  technologyScope: boolean;
}

/** The cached index of one dataset. */
export interface DatasetIndex {
  /** The value table indexed. */
  table: ValueTable;
  /** Country codes: the dataset's countries, then codes found only in values (sorted). */
  countryCodes: string[];
  /** Country code → position in countryCodes. */
  countryIndex: Map<string, number>;
  /** Technology ids, in dataset order. */
  technologyIds: string[];
  /** Technology id → position in dataset.technologies. */
  technologyIndex: Map<string, number>;
  /** Per indicator of dataset.indicators, in file order. */
  indicators: IndicatorInfo[];
  /** Indicator id → position in indicators. */
  indicatorIndex: Map<string, number>;
  /** Per technology: technology-scope indicators with at least one usable value for it, file order. */
  technologyIndicators: number[][];
  /** Row numbers of all series, each series sorted by year. */
  rows: Int32Array;
  /** Year of each entry of rows. */
  years: Int32Array;
  /** Start of each series in rows. */
  seriesStart: Int32Array;
  /** End (exclusive) of each series in rows. */
  seriesEnd: Int32Array;
  /** Series id of (technology, indicator, country), or −1. */
  seriesOf(technology: number, indicator: number, country: number): number;
  /** Per country: latest year of a usable technology-scope quantity/ordinal value, or NO_YEAR. */
  latestScoredYear: Int32Array;
  /** Per country: latest year of any row (any scope or kind), or NO_YEAR. */
  latestAnyYear: Int32Array;
  /** Per indicator: number of negative quantities skipped. */
  negativeValues: Int32Array;
}

/** Marker for "no year". */
export const NO_YEAR = -2147483648;

const KINDS: Readonly<Record<IndicatorKind, true>> = { quantity: true, ordinal: true, text: true };
const DIRECTIONS: Readonly<Record<string, 1 | -1>> = { higher: 1, lower: -1 };

const cache = new WeakMap<Dataset, DatasetIndex>();

/** The index of `dataset`, built on first use and cached for the lifetime of the object. */
export function datasetIndex(dataset: Dataset): DatasetIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    cache.set(dataset, index);
  }
  return index;
}

function indicatorInfo(indicator: Indicator): IndicatorInfo {
  if (!Object.hasOwn(KINDS, indicator.kind)) throw unknownName('kind', indicator.kind);
  if (!Object.hasOwn(DIRECTIONS, indicator.direction)) throw unknownName('direction', indicator.direction);
  const levels = indicator.levels ?? [];
  const declared = indicator.kind === 'ordinal' && levels.length > 0;
  const technologyScope = indicator.scope !== 'country';
  return {
    indicator,
    kind: indicator.kind,
    direction: DIRECTIONS[indicator.direction],
    combine: combineRule(indicator.combine),
    levelMin: declared ? Math.min(...levels.map((l) => l.value)) : Infinity,
    levelMax: declared ? Math.max(...levels.map((l) => l.value)) : -Infinity,
    levelsDeclared: declared,
    scored: technologyScope && indicator.kind !== 'text',
    technologyScope,
  };
}

function usable(kind: IndicatorKind, value: number, text: number): boolean {
  if (kind === 'text') return text >= 0 || Number.isFinite(value);
  return Number.isFinite(value) && (kind === 'ordinal' || value >= 0);
}

function buildIndex(dataset: Dataset): DatasetIndex {
  const table = dataset.values;
  const n = table.length;
  const countryIndex = new Map<string, number>();
  const countryCodes: string[] = [];
  for (const c of dataset.countries) if (!countryIndex.has(c.code)) countryIndex.set(c.code, countryCodes.push(c.code) - 1);
  const extra = new Set<string>();
  for (let r = 0; r < n; r++) {
    const code = table.strings[table.country[r]];
    if (code !== undefined && !countryIndex.has(code)) extra.add(code);
  }
  for (const code of [...extra].sort()) countryIndex.set(code, countryCodes.push(code) - 1);
  const technologyIndex = new Map(dataset.technologies.map((t, k) => [t.id, k] as const));
  const indicators = dataset.indicators.map(indicatorInfo);
  const indicatorIndex = new Map(dataset.indicators.map((ind, k) => [ind.id, k] as const));
  const nC = countryCodes.length;
  const nT = dataset.technologies.length;
  const nI = indicators.length;
  const lookup = (map: Map<string, number>) => Int32Array.from(table.strings, (s) => map.get(s) ?? -1);
  const strCountry = lookup(countryIndex);
  const strTech = lookup(technologyIndex);
  const strInd = lookup(indicatorIndex);

  const latestScoredYear = new Int32Array(nC).fill(NO_YEAR);
  const latestAnyYear = new Int32Array(nC).fill(NO_YEAR);
  const negativeValues = new Int32Array(nI);
  const present = new Uint8Array(nT * nI);
  const seriesByKey = new Map<number, number>();
  const rowSeries = new Int32Array(n).fill(-1);
  const counts: number[] = [];
  for (let r = 0; r < n; r++) {
    const c = strCountry[table.country[r]];
    const i = strInd[table.indicator[r]];
    const y = table.year[r];
    if (c < 0) continue;
    if (y > latestAnyYear[c]) latestAnyYear[c] = y;
    const tRaw = table.technology[r];
    const t = tRaw < 0 ? -1 : strTech[tRaw];
    if (i < 0 || t < 0 || !indicators[i].technologyScope) continue;
    const info = indicators[i];
    const v = table.value[r];
    if (!usable(info.kind, v, table.text[r])) {
      if (info.kind === 'quantity' && v < 0) negativeValues[i]++;
      continue;
    }
    if (info.kind === 'ordinal' && !info.levelsDeclared) {
      info.levelMin = Math.min(info.levelMin, v);
      info.levelMax = Math.max(info.levelMax, v);
    }
    if (info.scored && y > latestScoredYear[c]) latestScoredYear[c] = y;
    present[t * nI + i] = 1;
    const key = (t * nI + i) * nC + c;
    let s = seriesByKey.get(key);
    if (s === undefined) {
      s = counts.push(0) - 1;
      seriesByKey.set(key, s);
    }
    counts[s]++;
    rowSeries[r] = s;
  }

  const nS = counts.length;
  const seriesStart = new Int32Array(nS);
  const seriesEnd = new Int32Array(nS);
  let total = 0;
  for (let s = 0; s < nS; s++) {
    seriesStart[s] = total;
    seriesEnd[s] = total;
    total += counts[s];
  }
  const rows = new Int32Array(total);
  const years = new Int32Array(total);
  for (let r = 0; r < n; r++) {
    const s = rowSeries[r];
    if (s < 0) continue;
    rows[seriesEnd[s]] = r;
    years[seriesEnd[s]++] = table.year[r];
  }
  for (let s = 0; s < nS; s++) seriesEnd[s] = sortSeries(rows, years, seriesStart[s], seriesEnd[s]);

  for (const info of indicators) {
    if (info.kind === 'ordinal' && !info.levelsDeclared && info.levelMin > info.levelMax) info.levelMin = info.levelMax = 0;
  }
  const technologyIndicators: number[][] = [];
  for (let t = 0; t < nT; t++) {
    const list: number[] = [];
    for (let i = 0; i < nI; i++) if (present[t * nI + i]) list.push(i);
    technologyIndicators.push(list);
  }
  const seriesOf = (t: number, i: number, c: number) => (t < 0 || i < 0 || c < 0 ? -1 : (seriesByKey.get((t * nI + i) * nC + c) ?? -1));
  return { table, countryCodes, countryIndex, technologyIds: dataset.technologies.map((t) => t.id), technologyIndex, indicators, indicatorIndex, technologyIndicators, rows, years, seriesStart, seriesEnd, seriesOf, latestScoredYear, latestAnyYear, negativeValues };
}

/**
 * Stable insertion sort of one series by year (series are short: one row a year), then drop
 * all but the last row of each year. Returns the new end.
 */
function sortSeries(rows: Int32Array, years: Int32Array, start: number, end: number): number {
  for (let k = start + 1; k < end; k++) {
    const r = rows[k];
    const y = years[k];
    let j = k - 1;
    while (j >= start && years[j] > y) {
      rows[j + 1] = rows[j];
      years[j + 1] = years[j];
      j--;
    }
    rows[j + 1] = r;
    years[j + 1] = y;
  }
  let out = start;
  for (let k = start; k < end; k++) {
    if (k + 1 < end && years[k + 1] === years[k]) continue;
    rows[out] = rows[k];
    years[out++] = years[k];
  }
  return out;
}
