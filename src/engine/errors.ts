/**
 * Errors the engine reports to its callers.
 *
 * Invalid parameters are not an exception in normal use: the UI validates on every change and
 * shows the list. `analyse` still refuses to run on them, by throwing
 * {@link InvalidParametersError}, so a caller that skipped validation cannot quote a number
 * computed from nonsense. `tryAnalyse` offers the same as a tagged result, for callers that
 * prefer not to catch.
 */

/** One problem with a parameter, e.g. `invalid horizon: -1 (expected a number ≥ 0)`. */
export interface ParameterIssue {
  /** Name of the Parameters field (dotted for nested ones: `weights.gov_budget`, `monteCarlo.draws`). */
  parameter: string;
  /** The offending value, as text. */
  value: string;
  /** What would be accepted, in plain English (`a number ≥ 0`). */
  expected: string;
  /** Full message: `invalid <parameter>: <value> (expected <expected>)`. */
  message: string;
}

/** Build a {@link ParameterIssue} with the conventional message. */
export function parameterIssue(parameter: string, value: unknown, expected: string): ParameterIssue {
  const text = describeValue(value);
  return { parameter, value: text, expected, message: `invalid ${parameter}: ${text} (expected ${expected})` };
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '(empty)' : value.map(String).join('+');
  if (value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Thrown by `analyse`, `partnerContributions` and `runSensitivity` when the parameters are invalid. */
export class InvalidParametersError extends Error {
  /** Every problem found (never empty). */
  readonly issues: readonly ParameterIssue[];

  constructor(issues: readonly ParameterIssue[]) {
    super(issues.map((i) => i.message).join('; '));
    this.name = 'InvalidParametersError';
    this.issues = issues;
  }
}

/** Thrown by `runSensitivity` when its `isCancelled` callback answers true. */
export class SensitivityCancelledError extends Error {
  constructor() {
    super('sensitivity analysis cancelled');
    this.name = 'SensitivityCancelledError';
  }
}

/** Tagged result for callers that prefer not to catch (excalidraw style). */
export type EngineResult<T> = { ok: true; value: T } | { ok: false; errors: readonly ParameterIssue[] };

/** Reject an unknown strategy name the same way everywhere: `invalid <name>: <value>`. */
export function unknownName(name: string, value: unknown): Error {
  return new Error(`invalid ${name}: ${describeValue(value)}`);
}
