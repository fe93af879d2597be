/**
 * Parameter validation (every rule in one place, so the UI, the CLI and the engine agree).
 *
 * Fields missing from a partial parameter object take the METHODOLOGY defaults. Unknown ids in
 * `weights`, `pillarWeights` and `relevance` are ignored rather than refused: overrides travel
 * in URLs and workspaces and may outlive the dataset they were made for. Unknown *rival* codes
 * are warnings (the rival is dropped), unknown *side* codes are errors: every number of the
 * analysis is about the side.
 */
import type { Dataset } from '../model/dataset';
import { DEFAULT_PARAMETERS, type Parameters } from '../model/parameters';
import { normaliseMembers, resolveRivals, splitActor } from './actors';
import { datasetIndex } from './dataset-index';
import { type ParameterIssue, parameterIssue } from './errors';
import { selectionYear } from './assessment-year';

/** Largest projection cap accepted (keeps the UI responsive). */
export const MAX_PROJECTION_YEARS = 1000;
/** Largest number of Monte Carlo draws accepted. */
export const MAX_DRAWS = 1_000_000;

/** Fill missing fields with the defaults (shallow; nested records are copied). */
export function withDefaults(params: Partial<Parameters>): Parameters {
  const d = DEFAULT_PARAMETERS;
  return {
    side: [...(params.side ?? d.side)],
    rivals: [...(params.rivals ?? d.rivals)],
    year: params.year === undefined ? d.year : params.year,
    saturation: params.saturation ?? d.saturation,
    trendWindow: params.trendWindow ?? d.trendWindow,
    horizon: params.horizon ?? d.horizon,
    maxYears: params.maxYears ?? d.maxYears,
    parityBand: params.parityBand ?? d.parityBand,
    staleness: params.staleness ?? d.staleness,
    weights: { ...(params.weights ?? d.weights) },
    pillarWeights: { ...(params.pillarWeights ?? d.pillarWeights) },
    relevance: { ...(params.relevance ?? d.relevance) },
    monteCarlo: { ...d.monteCarlo, ...params.monteCarlo },
  };
}

type Check = (value: unknown) => boolean;
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isInteger: Check = (v) => typeof v === 'number' && Number.isInteger(v);
const atLeast = (min: number, integer = false): Check => (v) => (integer ? isInteger(v) : isNumber(v)) && (v as number) >= min;
const between = (min: number, max: number): Check => (v) => isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Scalar rules: parameter → [check, what is expected]. */
const SCALAR_RULES: readonly [keyof Parameters, Check, string][] = [
  ['saturation', (v) => isNumber(v) && (v as number) > 0, 'a number > 0'],
  ['trendWindow', atLeast(2, true), 'an integer ≥ 2'],
  ['horizon', atLeast(0), 'a number ≥ 0'],
  ['maxYears', between(1, MAX_PROJECTION_YEARS), `an integer from 1 to ${MAX_PROJECTION_YEARS}`],
  ['parityBand', atLeast(0), 'a number ≥ 0'],
  ['staleness', atLeast(0, true), 'an integer ≥ 0'],
];

/**
 * Every problem with `params` for `dataset`, as messages
 * `invalid <name>: <value> (expected …)`. Empty list = `analyse` will run. Accepts partial
 * parameters (missing fields = defaults).
 */
export function validateParameters(params: Partial<Parameters>, dataset: Dataset): string[] {
  return parameterIssues(params, dataset).map((issue) => issue.message);
}

/** validateParameters with structure: parameter, value and expectation of each problem. */
export function parameterIssues(params: Partial<Parameters>, dataset: Dataset): ParameterIssue[] {
  const p = withDefaults(params);
  const issues: ParameterIssue[] = [];
  const index = datasetIndex(dataset);
  const side = Array.isArray(p.side) && p.side.every((c) => typeof c === 'string') ? normaliseMembers(p.side) : null;
  if (!side || side.length === 0 || side.some((c) => c === '')) issues.push(parameterIssue('side', p.side, 'one or more country codes'));
  else {
    for (const code of side) if (!index.countryIndex.has(code)) issues.push(parameterIssue('side', code, 'a country of the dataset'));
    if (new Set(side).size !== side.length) issues.push(parameterIssue('side', side, 'each country once'));
  }
  if (!Array.isArray(p.rivals) || !p.rivals.every((r) => typeof r === 'string')) issues.push(parameterIssue('rivals', p.rivals, 'a list of country codes or CODE+CODE coalitions'));
  else
    for (const rival of p.rivals) {
      const members = splitActor(rival);
      if (members.some((c) => c === '')) issues.push(parameterIssue('rivals', rival, 'country codes joined by +'));
      else if (new Set(members).size !== members.length) issues.push(parameterIssue('rivals', rival, 'each country once per coalition'));
    }
  if (p.year !== null && !isInteger(p.year)) issues.push(parameterIssue('year', p.year, 'an integer year, or null for the latest year with data'));
  for (const [name, check, expected] of SCALAR_RULES) if (!check(p[name])) issues.push(parameterIssue(name, p[name], expected));
  for (const name of ['weights', 'pillarWeights', 'relevance'] as const) {
    const record = p[name];
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      issues.push(parameterIssue(name, record, 'a record of numbers ≥ 0'));
      continue;
    }
    for (const [key, value] of Object.entries(record)) if (!atLeast(0)(value)) issues.push(parameterIssue(`${name}.${key}`, value, 'a number ≥ 0'));
  }
  if (!between(1, MAX_DRAWS)(p.monteCarlo.draws)) issues.push(parameterIssue('monteCarlo.draws', p.monteCarlo.draws, `an integer from 1 to ${MAX_DRAWS}`));
  if (!between(0, 0xffffffff)(p.monteCarlo.seed)) issues.push(parameterIssue('monteCarlo.seed', p.monteCarlo.seed, 'an integer from 0 to 4294967295'));
  if (issues.length === 0 && p.year === null && side) {
    const roles = new Map(dataset.countries.map((c) => [c.code, c.role] as const));
    const rivals = resolveRivals(index, roles, side, p.rivals, []);
    const countries = [...side, ...rivals.flatMap((r) => r.members)].map((c) => index.countryIndex.get(c) ?? -1);
    if (selectionYear(index, countries) === null) issues.push(parameterIssue('year', null, 'a year: the dataset has no values for the side and rivals'));
  }
  return issues;
}
