/**
 * Label resolution: what a values file wrote (a code, an id, an English or Japanese name) →
 * the id the dataset uses. Metadata files come first; the built-in tables fill in when they
 * are absent (or do not know the label); without metadata any label is its own id, except
 * countries, which must at least look like an ISO alpha-3 code.
 */
import { BUILTIN_COUNTRIES, SEED_INDICATORS, labelKey } from './builtin';
import type { CountryRecord } from './types';

const BUILTIN_COUNTRY_BY_KEY = new Map<string, string>();
for (const country of BUILTIN_COUNTRIES) {
  for (const label of [country.code, country.nameEn, country.nameJa, ...country.aliases]) BUILTIN_COUNTRY_BY_KEY.set(labelKey(label), country.code);
}

/** Resolves country labels to codes. */
export class CountryResolver {
  private readonly byKey = new Map<string, string>();

  /** `records`: the countries of countries.csv, or undefined when none was loaded. */
  constructor(records: readonly CountryRecord[] | undefined) {
    // Names first, codes last: a code always wins over another country's name.
    for (const record of records ?? []) {
      for (const name of [record.nameEn, record.nameJa]) if (name) this.byKey.set(labelKey(name), record.code);
    }
    for (const record of records ?? []) this.byKey.set(labelKey(record.code), record.code);
  }

  /** The code of a label, or undefined when it names no country. */
  resolve(label: string): string | undefined {
    const key = labelKey(label);
    const known = this.byKey.get(key) ?? BUILTIN_COUNTRY_BY_KEY.get(key);
    if (known) return known;
    // Any other three letters are taken as an ISO alpha-3 code the tables do not list.
    return /^[a-z]{3}$/.test(key) ? key.toUpperCase() : undefined;
  }
}

/** A labelled entity of a metadata file (technology or indicator). */
interface Labelled {
  id: string;
  nameEn: string;
  nameJa: string;
}

const SEED_BY_KEY = new Map<string, string>();
for (const seed of SEED_INDICATORS) for (const label of [seed.id, seed.nameEn, seed.nameJa]) SEED_BY_KEY.set(labelKey(label), seed.id);

/** Resolves technology or indicator labels to ids. */
export class LabelResolver {
  private readonly ids = new Set<string>();
  private readonly byKey = new Map<string, string>();

  /**
   * `records`: the rows of the metadata file, or undefined when none was loaded. `seeds`: also
   * accept the names of the built-in comparison axes (indicators).
   */
  constructor(
    private readonly records: readonly Labelled[] | undefined,
    private readonly seeds = false,
  ) {
    for (const record of records ?? []) {
      for (const name of [record.nameEn, record.nameJa]) if (name) this.byKey.set(labelKey(name), record.id);
    }
    for (const record of records ?? []) {
      this.ids.add(record.id);
      this.byKey.set(labelKey(record.id), record.id);
    }
  }

  /** True when a metadata file constrains the ids. */
  get loaded(): boolean {
    return this.records !== undefined;
  }

  /** The id of a label, or undefined when a loaded metadata file does not know it. */
  resolve(label: string): string | undefined {
    if (this.ids.has(label)) return label;
    const key = labelKey(label);
    const known = this.byKey.get(key);
    if (known) return known;
    const seed = this.seeds ? SEED_BY_KEY.get(key) : undefined;
    if (seed && (!this.loaded || this.ids.has(seed))) return seed;
    return this.loaded ? undefined : label;
  }
}
