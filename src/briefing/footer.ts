/**
 * What the footer of a slide says, as plain data: the method parameters that differ from the
 * defaults, the sources of the values the slide draws on, and which technology or indicator a
 * view is about (for the analyst notes shown on it).
 */
import { DEFAULT_PARAMETERS, type Parameters } from '../model/parameters';
import type { Dataset } from '../model/dataset';
import type { SelectionSlice } from '../store/types';
import type { ViewId } from '../store/view-ids';

/** One changed parameter: its method symbol and its value as written on the slide. */
export interface ChangedParameter {
  /** Symbol of METHODOLOGY.md (S, R, y0, K, W, H, Hmax, ε, stale, w[id], pillar[id], r[id], seed, N). */
  symbol: string;
  /** Value, language-neutral. */
  value: string;
}

const SCALARS: [keyof Parameters, string][] = [
  ['saturation', 'K'],
  ['trendWindow', 'W'],
  ['horizon', 'H'],
  ['maxYears', 'Hmax'],
  ['parityBand', 'ε'],
  ['staleness', 'stale'],
];

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, index) => item === b[index]);

/** Parameters that differ from DEFAULT_PARAMETERS, in the order of the method. */
export function changedParameters(parameters: Parameters, defaults: Readonly<Parameters> = DEFAULT_PARAMETERS): ChangedParameter[] {
  const out: ChangedParameter[] = [];
  if (!sameList(parameters.side, defaults.side)) out.push({ symbol: 'S', value: parameters.side.join('+') });
  if (!sameList(parameters.rivals, defaults.rivals)) out.push({ symbol: 'R', value: parameters.rivals.join(', ') });
  if (parameters.year !== defaults.year) out.push({ symbol: 'y0', value: String(parameters.year) });
  for (const [key, symbol] of SCALARS) {
    if (parameters[key] !== defaults[key]) out.push({ symbol, value: String(parameters[key]) });
  }
  const maps: [Record<string, number>, Record<string, number>, string][] = [
    [parameters.weights, defaults.weights, 'w'],
    [parameters.pillarWeights, defaults.pillarWeights, 'pillar'],
    [parameters.relevance, defaults.relevance, 'r'],
  ];
  for (const [map, base, prefix] of maps) {
    for (const key of Object.keys(map).sort()) {
      if (map[key] !== base[key]) out.push({ symbol: `${prefix}[${key}]`, value: String(map[key]) });
    }
  }
  if (parameters.monteCarlo.seed !== defaults.monteCarlo.seed) out.push({ symbol: 'seed', value: String(parameters.monteCarlo.seed) });
  if (parameters.monteCarlo.draws !== defaults.monteCarlo.draws) out.push({ symbol: 'N', value: String(parameters.monteCarlo.draws) });
  return out;
}

/** Views about one technology: with no technology chosen they show the first one. */
const TECHNOLOGY_VIEWS = new Set<ViewId>(['table', 'trends', 'profile']);

/** What a view shows notes for. */
export interface FocusTargets {
  /** Technology id, or null when the view is not about one technology. */
  technology: string | null;
  /** Indicator id, or null. */
  indicator: string | null;
}

/**
 * The technology and indicator a view is about: the chosen ones, or for views that always show
 * a technology, the first (as those views do). An indicator counts only when chosen.
 */
export function focusTargets(view: ViewId, selection: Pick<SelectionSlice, 'technology' | 'indicator'>, dataset: Dataset | null): FocusTargets {
  const knownTechnology = dataset?.technologies.some((item) => item.id === selection.technology) ? selection.technology : null;
  const technology = knownTechnology ?? (TECHNOLOGY_VIEWS.has(view) ? (dataset?.technologies[0]?.id ?? null) : null);
  const knownIndicator = dataset?.indicators.some((item) => item.id === selection.indicator) ? selection.indicator : null;
  return { technology, indicator: knownIndicator };
}

/** Short source names for a footer: the first few, and how many more there are. */
export interface SourceSummary {
  /** Short names (publisher, else title, else the id as written). */
  names: string[];
  /** Sources left out. */
  more: number;
}

const sourceCache = new WeakMap<Dataset, Map<string, string[]>>();

/** Every source id of the values of a technology (null = all) and indicator (null = all), by first appearance. */
function sourceIds(dataset: Dataset, technology: string | null, indicator: string | null): string[] {
  const key = `${technology ?? '*'}|${indicator ?? '*'}`;
  let byKey = sourceCache.get(dataset);
  if (!byKey) {
    byKey = new Map();
    sourceCache.set(dataset, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const { values } = dataset;
  const technologyIndex = technology === null ? null : values.strings.indexOf(technology);
  const indicatorIndex = indicator === null ? null : values.strings.indexOf(indicator);
  const seen = new Set<number>();
  const ids: string[] = [];
  for (let row = 0; row < values.length; row += 1) {
    const source = values.source[row]!;
    if (source < 0 || seen.has(source)) continue;
    if (technologyIndex !== null && values.technology[row] !== technologyIndex) continue;
    if (indicatorIndex !== null && values.indicator[row] !== indicatorIndex) continue;
    seen.add(source);
    ids.push(values.strings[source]!);
  }
  byKey.set(key, ids);
  return ids;
}

/** The sources behind what a slide shows, shortened for its footer. */
export function slideSources(dataset: Dataset, focus: FocusTargets, limit = 4): SourceSummary {
  const names: string[] = [];
  for (const id of sourceIds(dataset, focus.technology, focus.indicator)) {
    const source = dataset.sources.find((item) => item.id === id);
    const name = (source?.publisher || source?.title || id).trim();
    if (name && !names.includes(name)) names.push(name);
  }
  return { names: names.slice(0, limit), more: Math.max(0, names.length - limit) };
}
