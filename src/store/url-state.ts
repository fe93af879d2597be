/**
 * The current selection as a bookmarkable hash URL: `#/ranking?ds=default&side=JPN,USA&K=4`.
 * Plain functions (no DOM): parse a URL into a partial state, and format a state into a hash.
 * Only values that differ from the defaults are written, so URLs stay short and readable.
 */
import { DEFAULT_PARAMETERS, type Parameters } from '../model/parameters';
import type { Locale } from '../i18n/locale';
import { isViewId, type ViewId } from './view-ids';

/** What a URL can set. */
export interface UrlState {
  view?: ViewId;
  datasetId?: string;
  locale?: Locale;
  technology?: string;
  indicator?: string;
  focusRival?: string;
  partners?: string[];
  parameters?: Partial<Parameters>;
}

/** Scalar parameters and their short URL names. */
const NUMERIC_KEYS: [keyof Parameters, string][] = [
  ['saturation', 'K'],
  ['trendWindow', 'W'],
  ['horizon', 'H'],
  ['maxYears', 'Hmax'],
  ['parityBand', 'eps'],
  ['staleness', 'stale'],
];

function list(value: string | null): string[] | undefined {
  if (value === null) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function finiteNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** `a:1,b:2.5` → {a: 1, b: 2.5}; malformed pairs are skipped. */
function numberMap(value: string | null): Record<string, number> | undefined {
  if (value === null) return undefined;
  const map: Record<string, number> = {};
  for (const pair of value.split(',')) {
    const at = pair.lastIndexOf(':');
    if (at <= 0) continue;
    const number = finiteNumber(pair.slice(at + 1));
    if (number !== undefined) map[pair.slice(0, at)] = number;
  }
  return map;
}

function formatNumberMap(map: Record<string, number>): string {
  return Object.keys(map)
    .sort()
    .map((key) => `${key}:${map[key]}`)
    .join(',');
}

/**
 * Read the state a URL asks for. Both the query string (`?lang=en#/…`) and the hash query
 * (`#/ranking?lang=en`) are read; the hash wins where both give a value.
 */
export function parseUrlState(search: string, hash: string): UrlState {
  const hashBody = hash.startsWith('#') ? hash.slice(1) : hash;
  const [route = '', hashQuery = ''] = hashBody.split('?', 2) as [string?, string?];
  const params = new URLSearchParams(search);
  new URLSearchParams(hashQuery).forEach((value, key) => params.set(key, value));

  const state: UrlState = {};
  const view = route.replace(/^\/+/, '').split('/')[0] ?? '';
  if (isViewId(view)) state.view = view;
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'ja') state.locale = lang;
  const datasetId = params.get('ds');
  if (datasetId) state.datasetId = datasetId;
  const technology = params.get('tech');
  if (technology) state.technology = technology;
  const indicator = params.get('ind');
  if (indicator) state.indicator = indicator;
  const focusRival = params.get('focus');
  if (focusRival) state.focusRival = focusRival.toUpperCase();
  const partners = list(params.get('partners'));
  if (partners) state.partners = partners.map((code) => code.toUpperCase());

  const parameters: Partial<Parameters> = {};
  const side = list(params.get('side'));
  if (side && side.length > 0) parameters.side = side.map((code) => code.toUpperCase());
  const rivals = list(params.get('rivals'));
  if (rivals) parameters.rivals = rivals.map((code) => code.toUpperCase());
  const year = params.get('year');
  if (year === 'latest') parameters.year = null;
  else if (year !== null && /^\d{4}$/.test(year)) parameters.year = Number(year);
  for (const [key, short] of NUMERIC_KEYS) {
    const number = finiteNumber(params.get(short));
    if (number !== undefined) (parameters as Record<string, unknown>)[key] = number;
  }
  const weights = numberMap(params.get('w'));
  if (weights) parameters.weights = weights;
  const pillarWeights = numberMap(params.get('pw'));
  if (pillarWeights) parameters.pillarWeights = pillarWeights;
  const relevance = numberMap(params.get('r'));
  if (relevance) parameters.relevance = relevance;
  const seed = finiteNumber(params.get('seed'));
  const draws = finiteNumber(params.get('draws'));
  if (seed !== undefined || draws !== undefined) {
    parameters.monteCarlo = { seed: seed ?? DEFAULT_PARAMETERS.monteCarlo.seed, draws: draws ?? DEFAULT_PARAMETERS.monteCarlo.draws };
  }
  if (Object.keys(parameters).length > 0) state.parameters = parameters;
  return state;
}

/** What {@link formatUrlHash} writes. */
export interface UrlSource {
  view: ViewId;
  datasetId: string | null;
  locale: Locale;
  technology: string | null;
  indicator: string | null;
  focusRival: string | null;
  partners: string[];
  parameters: Parameters;
}

/** The hash (`#/view?…`) that reproduces `state`. */
export function formatUrlHash(state: UrlSource): string {
  const params = new URLSearchParams();
  const p = state.parameters;
  const d = DEFAULT_PARAMETERS;
  if (state.datasetId) params.set('ds', state.datasetId);
  params.set('lang', state.locale);
  params.set('side', p.side.join(','));
  if (p.rivals.length > 0) params.set('rivals', p.rivals.join(','));
  if (p.year !== null) params.set('year', String(p.year));
  if (state.technology) params.set('tech', state.technology);
  if (state.indicator) params.set('ind', state.indicator);
  if (state.focusRival) params.set('focus', state.focusRival);
  if (state.partners.length > 0) params.set('partners', state.partners.join(','));
  for (const [key, short] of NUMERIC_KEYS) {
    if (p[key] !== d[key]) params.set(short, String(p[key]));
  }
  if (Object.keys(p.weights).length > 0) params.set('w', formatNumberMap(p.weights));
  if (Object.keys(p.pillarWeights).length > 0) params.set('pw', formatNumberMap(p.pillarWeights));
  if (Object.keys(p.relevance).length > 0) params.set('r', formatNumberMap(p.relevance));
  if (p.monteCarlo.seed !== d.monteCarlo.seed) params.set('seed', String(p.monteCarlo.seed));
  if (p.monteCarlo.draws !== d.monteCarlo.draws) params.set('draws', String(p.monteCarlo.draws));
  // Commas and colons are legal in a fragment; keeping them unescaped keeps URLs readable.
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `#/${state.view}?${query}`;
}
