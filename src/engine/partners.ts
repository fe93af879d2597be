/**
 * Partner contributions (METHODOLOGY §9): ΔA(t) = A(S ∪ p, R, t) − A(S, R, t) for each
 * candidate partner p, rival R and technology t.
 *
 * Decisions where the method is silent:
 * - y0 is the baseline's y0 for every candidate: per rival × technology, y0(S, R, t) of the
 *   side without the partner (assessment-year.ts), so ΔA compares the same year and a
 *   partner's newer data cannot move the baseline. Each row carries that year.
 * - A candidate is a country code or a `+`-joined set of codes (a preset's members). Codes the
 *   dataset does not hold are dropped with a warning (`engine-unknown-country`), members
 *   already on the side are dropped silently (adding them changes nothing); a candidate left
 *   empty is skipped with a warning (`engine-partner-on-side` or `engine-unknown-country`).
 * - A candidate that shares a country with a rival is not assessed against that rival (one
 *   country cannot be on both sides): no rows for that pair, warning `engine-partner-is-rival`.
 * - Default candidates: every country whose role is `partner` and which is not on the side.
 */
import type { CountryCode, Dataset, LoadIssue } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import type { Actor, PartnerContribution } from '../model/results';
import { engineWarning, normaliseMembers, type ResolvedActor, resolvedActor, splitActor } from './actors';
import { type AssessmentYears, assessmentYears } from './assessment-year';
import { cellValues, evaluateCells } from './cells';
import { Composite, compositeOutcome, evaluateComparison } from './composite';
import { compilePlan } from './plan';
import { resolveOrThrow, type ResolvedParameters } from './resolve';

/** What partnerContributions returns. */
export interface PartnerAnalysis {
  /** The "as of" year: explicit year, else the latest baseline y0 (each row has its own). */
  year: number;
  /** The side S. */
  side: Actor;
  /** Candidates assessed (after dropping unknown codes and side members). */
  candidates: Actor[];
  /** Per candidate (input order) × rival (label order) × technology (dataset order). */
  contributions: PartnerContribution[];
  /** Non-fatal notes. */
  warnings: LoadIssue[];
}

/**
 * ΔA of each candidate for every rival and technology.
 * @param partners candidates: codes or `+`-joined sets; default = countries with role `partner`.
 * @throws {InvalidParametersError} when the parameters are invalid.
 */
export function partnerContributions(dataset: Dataset, params: Partial<Parameters> = {}, partners?: readonly string[]): PartnerAnalysis {
  const resolved = resolveOrThrow(dataset, params);
  const { index, side } = resolved;
  const warnings: LoadIssue[] = [...resolved.warnings];
  const onSide = new Set(side.members);
  const entries = partners ?? dataset.countries.filter((c) => c.role === 'partner' && !onSide.has(c.code)).map((c) => c.code);
  const candidates: ResolvedActor[] = [];
  for (const entry of entries) {
    const codes = splitActor(entry).filter((c) => c !== '');
    const unknown = codes.filter((c) => !index.countryIndex.has(c));
    for (const code of unknown) warnings.push(engineWarning('engine-unknown-country', code, { partner: entry }));
    const added = [...new Set(codes)].filter((c) => index.countryIndex.has(c) && !onSide.has(c));
    if (added.length === 0) {
      if (unknown.length === 0) warnings.push(engineWarning('engine-partner-on-side', entry, { side: side.label }));
      continue;
    }
    candidates.push(resolvedActor(index, added));
  }
  const years = assessmentYears(resolved, side);
  const baseline = composites(resolved, side, years);
  const contributions: PartnerContribution[] = [];
  for (const candidate of candidates) {
    const withPartner = composites(resolved, resolvedActor(index, normaliseMembers([...side.members, ...candidate.members])), years);
    resolved.rivals.forEach((rival, r) => {
      if (rival.members.some((c: CountryCode) => candidate.members.includes(c))) {
        warnings.push(engineWarning('engine-partner-is-rival', candidate.label, { rival: rival.label }));
        return;
      }
      index.technologyIds.forEach((technology, t) => {
        const k = r * index.technologyIds.length + t;
        const a = withPartner[k];
        const b = baseline[k];
        const defined = !Number.isNaN(a) && !Number.isNaN(b);
        const delta = defined ? a - b : null;
        contributions.push({
          partner: candidate.label,
          rival: rival.label,
          technology,
          year: years.years[k],
          delta: delta === 0 ? 0 : delta,
          asymmetryWith: Number.isNaN(a) ? null : a,
          asymmetryWithout: Number.isNaN(b) ? null : b,
        });
      });
    });
  }
  return { year: years.asOf, side: { label: side.label, members: [...side.members] }, candidates: candidates.map(({ label, members }) => ({ label, members })), contributions, warnings };
}

/** A(y0) per comparison (rival-major, technology order), NaN where undefined. */
function composites(resolved: ResolvedParameters, side: ResolvedActor, years: AssessmentYears): Float64Array {
  const plan = compilePlan(resolved, side, years);
  const values = cellValues(plan.cells.count);
  evaluateCells(plan.cells, resolved.index.table.value, values);
  const composite = new Composite(plan.maxIndicators);
  const out = compositeOutcome();
  return Float64Array.from(plan.comparisons, (c) => {
    evaluateComparison(c, resolved.index.indicators, values, resolved.weights, resolved.relevance[c.technology], resolved.parameters, composite, out);
    return out.asymmetry;
  });
}
