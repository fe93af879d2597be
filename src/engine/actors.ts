/**
 * Sides and rivals: one country or a `+`-joined coalition (METHODOLOGY "Terms").
 *
 * Default rivals are every country whose role is `rival` and which is not on the side, one
 * block each, ordered by label (plain code-unit order, the same in every locale).
 */
import type { CountryCode, LoadIssue } from '../model/dataset';
import type { Actor } from '../model/results';
import type { DatasetIndex } from './dataset-index';

/** An actor with its members resolved to country positions of the dataset index. */
export interface ResolvedActor extends Actor {
  /** Position of each member in DatasetIndex.countryCodes. */
  memberIndex: number[];
}

/** Split `CHN+RUS` into trimmed upper-case codes (empty parts kept, so callers can reject them). */
export function splitActor(label: string): CountryCode[] {
  return label.split('+').map((code) => code.trim().toUpperCase());
}

/** Normalise a list of codes: trimmed, upper case. */
export function normaliseMembers(members: readonly string[]): CountryCode[] {
  return members.map((code) => String(code).trim().toUpperCase());
}

/** An actor whose members are all known to the index. */
export function resolvedActor(index: DatasetIndex, members: readonly CountryCode[]): ResolvedActor {
  return { label: members.join('+'), members: [...members], memberIndex: members.map((m) => index.countryIndex.get(m) ?? -1) };
}

/** Compare labels in code-unit order (locale-independent, so exports are reproducible). */
export function compareLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function warning(code: string, found: string, detail?: Record<string, string | number>): LoadIssue {
  return detail ? { severity: 'warning', code, found, detail } : { severity: 'warning', code, found };
}

/**
 * Resolve `params.rivals` (already checked for malformed entries) against the dataset:
 * unknown codes are dropped from their coalition with a warning, a rival that shares a member
 * with the side or repeats an earlier one (same members, any order) is dropped with a warning. Sorted by label.
 */
export function resolveRivals(
  index: DatasetIndex,
  roles: ReadonlyMap<CountryCode, string>,
  side: readonly CountryCode[],
  rivals: readonly string[],
  warnings: LoadIssue[],
): ResolvedActor[] {
  const onSide = new Set(side);
  const entries =
    rivals.length > 0
      ? rivals.map(splitActor)
      : index.countryCodes.filter((c) => roles.get(c) === 'rival' && !onSide.has(c)).map((c) => [c]);
  const seen = new Set<string>();
  const out: ResolvedActor[] = [];
  for (const entry of entries) {
    const known = entry.filter((code) => {
      if (index.countryIndex.has(code)) return true;
      warnings.push(warning('engine-unknown-country', code, { rival: entry.join('+') }));
      return false;
    });
    if (known.length === 0) continue;
    const actor = resolvedActor(index, known);
    if (known.some((code) => onSide.has(code))) {
      warnings.push(warning('engine-rival-overlaps-side', actor.label, { side: side.join('+') }));
      continue;
    }
    const key = [...known].sort().join('+');
    if (seen.has(key)) {
      warnings.push(warning('engine-duplicate-rival', actor.label));
      continue;
    }
    seen.add(key);
    out.push(actor);
  }
  if (out.length === 0) warnings.push(warning('engine-no-rivals', ''));
  return out.sort((a, b) => compareLabels(a.label, b.label));
}

/** Build an engine warning (a LoadIssue with severity `warning`). */
export function engineWarning(code: string, found: string, detail?: Record<string, string | number>): LoadIssue {
  return warning(code, found, detail);
}
