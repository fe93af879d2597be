/**
 * The dataset's countries, technologies and indicators: the metadata files' rows, completed by
 * inference for everything the values mention that no file describes (DATA-FORMAT: a column of
 * numbers is a quantity, otherwise text; direction higher, combine sum, weight 1; JPN and USA
 * allies, every other code a rival).
 */
import type { Country, Indicator, Source, Technology } from '../model/dataset';
import { BUILTIN_COUNTRIES, DEFAULT_ALLIES, SEED_INDICATORS, SEED_QUANTITIES } from './builtin';
import type { Metadata } from './compose-metadata';
import type { Gathered } from './gather-values';
import type { IssueLog } from './issue-log';
import type { IndicatorRecord } from './types';

/** Countries: countries.csv rows and every code met, sorted by code. */
export function composeCountries(metadata: Metadata, gathered: Gathered, log: IssueLog): Country[] {
  const byCode = new Map<string, Country>();
  for (const record of metadata.countries ?? []) {
    const builtin = BUILTIN_COUNTRIES.find((c) => c.code === record.code);
    const nameEn = record.nameEn || builtin?.nameEn || record.code;
    const country: Country = {
      code: record.code,
      nameEn,
      nameJa: record.nameJa || builtin?.nameJa || nameEn,
      role: record.role ?? (DEFAULT_ALLIES.includes(record.code) ? 'ally' : 'rival'),
    };
    if (record.color) country.color = record.color;
    byCode.set(record.code, country);
  }
  gathered.countries.ids.forEach((code, dense) => {
    if (byCode.has(code)) return;
    if (metadata.countries) log.warning('country_without_metadata', { ...gathered.countries.first[dense], found: code });
    const builtin = BUILTIN_COUNTRIES.find((c) => c.code === code);
    byCode.set(code, {
      code,
      nameEn: builtin?.nameEn ?? code,
      nameJa: builtin?.nameJa ?? builtin?.nameEn ?? code,
      role: DEFAULT_ALLIES.includes(code) ? 'ally' : 'rival',
      inferred: true,
    });
  });
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Technologies: technologies.csv rows in file order, then those met only in the values. */
export function composeTechnologies(metadata: Metadata, used: readonly string[]): Technology[] {
  const technologies: Technology[] = (metadata.technologies ?? []).map((record) => {
    const technology: Technology = { id: record.id, nameEn: record.nameEn || record.id, nameJa: record.nameJa || record.nameEn || record.id, relevance: record.relevance };
    if (record.group) technology.group = record.group;
    return technology;
  });
  const known = new Set(technologies.map((t) => t.id));
  for (const id of used) if (!known.has(id)) technologies.push({ id, nameEn: id, nameJa: id, relevance: 1, inferred: true });
  return technologies;
}

function fromRecord(record: IndicatorRecord, inferredKind: 'text' | 'quantity'): Indicator {
  const kind = record.kind ?? inferredKind;
  const nameEn = record.nameEn || record.id;
  const indicator: Indicator = {
    id: record.id,
    nameEn,
    nameJa: record.nameJa || nameEn,
    kind,
    direction: record.direction,
    combine: record.combine,
    // Text indicators carry no weight (model: Indicator.weight).
    weight: kind === 'text' ? 0 : (record.weight ?? 1),
    scope: record.scope,
  };
  if (record.unit) indicator.unit = record.unit;
  if (record.pillar) indicator.pillar = record.pillar;
  if (record.levels) indicator.levels = record.levels;
  if (record.description) indicator.description = record.description;
  if (record.descriptionJa) indicator.descriptionJa = record.descriptionJa;
  return indicator;
}

/**
 * The kind of an indicator no metadata describes. DATA-FORMAT: "a column of numbers is a
 * quantity, otherwise text". A column that is mostly numbers with a few words is a numeric
 * column with bad cells — it stays a quantity so each bad cell is reported as an error rather
 * than the whole column silently turning into text. The seed quantity axes (gov_budget …) are
 * quantities whatever their cells say.
 */
export function inferKind(id: string, dense: number, gathered: Pick<Gathered, 'numberCells' | 'textCells'>): 'text' | 'quantity' {
  if (SEED_QUANTITIES.has(id)) return 'quantity';
  const numbers = gathered.numberCells[dense] ?? 0;
  const texts = gathered.textCells[dense] ?? 0;
  return texts >= numbers && texts > 0 ? 'text' : 'quantity';
}

/**
 * Indicators: indicators.csv rows in file order, then those met only in the values.
 * Returns them with, per dense indicator number of `gathered`, the Indicator that governs it.
 */
export function composeIndicators(metadata: Metadata, gathered: Gathered): { indicators: Indicator[]; byDense: Indicator[] } {
  const { indicators: seen, hasTechnology } = gathered;
  const indicators = (metadata.indicators ?? []).map((record) => {
    const dense = seen.get(record.id);
    return fromRecord(record, dense === undefined ? 'quantity' : inferKind(record.id, dense, gathered));
  });
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  seen.ids.forEach((id, dense) => {
    if (byId.has(id)) return;
    const seed = SEED_INDICATORS.find((s) => s.id === id);
    const kind = inferKind(id, dense, gathered);
    const indicator: Indicator = {
      id,
      nameEn: seed?.nameEn ?? id,
      nameJa: seed?.nameJa ?? id,
      kind,
      direction: 'higher',
      combine: 'sum',
      weight: kind === 'text' ? 0 : 1,
      scope: hasTechnology[dense] ? 'technology' : 'country',
      inferred: true,
    };
    indicators.push(indicator);
    byId.set(id, indicator);
  });
  return { indicators, byDense: seen.ids.map((id) => byId.get(id) as Indicator) };
}

/** Sources of sources.csv. */
export function composeSources(metadata: Metadata): Source[] {
  return (metadata.sources ?? []).map(({ row: _row, ...source }) => source);
}
