/**
 * Structural checks of the parts of a workspace file. A file can be hand-edited, truncated or
 * written by another version, and what it holds goes straight into the store and the engine,
 * so every part is checked before anything is used; the first problem is reported with the
 * path of the part (`datasets[0].files[1].fragment.year`) and stops the import.
 */
import { CONFIDENCE_GRADES } from '../model/dataset';
import { DEFAULT_PARAMETERS, type Parameters } from '../model/parameters';
import type { ParsedFile } from '../ingest';
import { sanitizeParameters } from '../store/persistence/settings';
import { isViewId } from '../store/view-ids';
import type { Annotations, BriefingSettings, Slide } from '../store/types';
import { TEXT_LIMIT } from '../briefing/sanitize';
import { MalformedPartError } from './typed-json';

type Json = Record<string, unknown>;

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

function fail(part: string, detail: string): never {
  throw new MalformedPartError(part, detail);
}

/** The object at `part`, or a MalformedPartError. */
export function record(value: unknown, part: string): Json {
  if (!isRecord(value)) fail(part, 'expected an object');
  return value;
}

/** The array at `part`, or a MalformedPartError. */
export function array(value: unknown, part: string): unknown[] {
  if (!Array.isArray(value)) fail(part, 'expected a list');
  return value;
}

/** The string at `part`. */
export function string(value: unknown, part: string): string {
  if (typeof value !== 'string') fail(part, 'expected text');
  return value;
}

function optionalString(value: unknown, part: string): void {
  if (value !== undefined) string(value, part);
}

/** A string or null. */
export function stringOrNull(value: unknown, part: string): string | null {
  if (value !== null && typeof value !== 'string') fail(part, 'expected text or null');
  return value;
}

function finite(value: unknown, part: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(part, 'expected a finite number');
  return value;
}

function integer(value: unknown, part: string, min = 0): number {
  if (!Number.isInteger(value) || (value as number) < min) fail(part, `expected an integer ≥ ${min}`);
  return value as number;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], part: string): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) fail(part, `expected one of ${allowed.join(', ')}`);
  return value as T;
}

/** A list of strings. */
export function strings(value: unknown, part: string): string[] {
  return array(value, part).map((item, index) => string(item, `${part}[${index}]`));
}

function issues(value: unknown, part: string): void {
  array(value, part).forEach((item, index) => {
    const issue = record(item, `${part}[${index}]`);
    oneOf(issue.severity, ['error', 'warning'], `${part}[${index}].severity`);
    string(issue.code, `${part}[${index}].code`);
  });
}

function fileInfo(value: unknown, part: string, roles: readonly string[]): void {
  const info = record(value, part);
  string(info.name, `${part}.name`);
  oneOf(info.role, roles, `${part}.role`);
  string(info.encoding, `${part}.encoding`);
  oneOf(info.delimiter, [',', '\t', ';'], `${part}.delimiter`);
  integer(info.records, `${part}.records`);
  integer(info.bytes, `${part}.bytes`);
}

/** Typed-array columns of a values fragment, with the array type each must have. */
const FRAGMENT_COLUMNS = {
  country: Int32Array,
  technology: Int32Array,
  indicator: Int32Array,
  year: Int32Array,
  value: Float64Array,
  raw: Int32Array,
  unit: Int32Array,
  source: Int32Array,
  confidence: Uint8Array,
  note: Int32Array,
  row: Uint32Array,
} as const;

/** Columns holding indices into the fragment's strings (−1 = blank where allowed). */
const STRING_INDEX_COLUMNS = ['country', 'technology', 'indicator', 'unit', 'source', 'note'] as const;

function fragment(value: unknown, part: string): void {
  const fragment = record(value, part);
  const length = integer(fragment.length, `${part}.length`);
  const table = strings(fragment.strings, `${part}.strings`);
  for (const [column, Type] of Object.entries(FRAGMENT_COLUMNS)) {
    const data = fragment[column];
    if (!(data instanceof Type)) fail(`${part}.${column}`, `expected ${Type.name}`);
    if (data.length !== length) fail(`${part}.${column}`, `expected ${length} entries, found ${data.length}`);
  }
  for (const column of STRING_INDEX_COLUMNS) {
    const data = fragment[column] as Int32Array;
    const min = column === 'country' || column === 'indicator' ? 0 : -1;
    for (let i = 0; i < length; i += 1) {
      if (data[i]! < min || data[i]! >= table.length) fail(`${part}.${column}`, `entry ${i} points outside the strings`);
    }
  }
  const raw = fragment.raw as Int32Array;
  for (let i = 0; i < length; i += 1) if (raw[i]! >= table.length || raw[i]! < -101) fail(`${part}.raw`, `entry ${i} is out of range`);
  const confidence = fragment.confidence as Uint8Array;
  for (let i = 0; i < length; i += 1) if (confidence[i]! >= CONFIDENCE_GRADES.length) fail(`${part}.confidence`, `entry ${i} is not a grade`);
}

function metadataRecord(value: unknown, part: string, role: string): void {
  const row = record(value, part);
  integer(row.row, `${part}.row`, 1);
  if (role === 'countries') {
    string(row.code, `${part}.code`);
  } else {
    string(row.id, `${part}.id`);
  }
  if (role === 'sources') {
    string(row.title, `${part}.title`);
    return;
  }
  string(row.nameEn, `${part}.nameEn`);
  string(row.nameJa, `${part}.nameJa`);
  if (role === 'countries' && row.role !== undefined) oneOf(row.role, ['ally', 'partner', 'rival', 'other'], `${part}.role`);
  if (role === 'technologies') finite(row.relevance, `${part}.relevance`);
  if (role === 'indicators') {
    if (row.kind !== undefined) oneOf(row.kind, ['quantity', 'ordinal', 'text'], `${part}.kind`);
    oneOf(row.direction, ['higher', 'lower'], `${part}.direction`);
    oneOf(row.combine, ['sum', 'max', 'mean'], `${part}.combine`);
    oneOf(row.scope, ['technology', 'country'], `${part}.scope`);
    if (row.weight !== undefined) finite(row.weight, `${part}.weight`);
    optionalString(row.pillar, `${part}.pillar`);
    optionalString(row.unit, `${part}.unit`);
    if (row.levels !== undefined) {
      array(row.levels, `${part}.levels`).forEach((item, index) => {
        const level = record(item, `${part}.levels[${index}]`);
        finite(level.value, `${part}.levels[${index}].value`);
        string(level.labelEn, `${part}.levels[${index}].labelEn`);
        string(level.labelJa, `${part}.levels[${index}].labelJa`);
      });
    }
  }
}

/** Check a parsed file (typed arrays already revived). */
export function parsedFile(value: unknown, part: string): ParsedFile {
  const file = record(value, part);
  const kind = oneOf(file.kind, ['values', 'metadata'], `${part}.kind`);
  issues(file.warnings, `${part}.warnings`);
  if (kind === 'values') {
    fileInfo(file.info, `${part}.info`, ['values-long', 'values-wide']);
    const columns = record(file.columns, `${part}.columns`);
    string(columns.indicator, `${part}.columns.indicator`);
    string(columns.year, `${part}.columns.year`);
    for (const key of ['country', 'technology', 'value', 'unit']) optionalString(columns[key], `${part}.columns.${key}`);
    if (typeof file.technologyFromFileName !== 'boolean') fail(`${part}.technologyFromFileName`, 'expected true or false');
    fragment(file.fragment, `${part}.fragment`);
  } else {
    fileInfo(file.info, `${part}.info`, ['countries', 'technologies', 'indicators', 'sources']);
    const role = (file.info as Json).role as string;
    array(file.records, `${part}.records`).forEach((item, index) => metadataRecord(item, `${part}.records[${index}]`, role));
  }
  return file as unknown as ParsedFile;
}

/** Check a complete parameters object (every field present and of the right type). */
export function parameters(value: unknown, part: string): Parameters {
  const raw = record(value, part);
  const clean = sanitizeParameters(raw);
  for (const key of Object.keys(DEFAULT_PARAMETERS) as (keyof Parameters)[]) {
    if (!(key in clean)) fail(`${part}.${key}`, raw[key] === undefined ? 'missing' : 'wrong type');
  }
  for (const group of ['weights', 'pillarWeights', 'relevance'] as const) {
    const given = record(raw[group], `${part}.${group}`);
    for (const key of Object.keys(given)) if (!(key in clean[group]!)) fail(`${part}.${group}.${key}`, 'expected a finite number');
  }
  return clean as Parameters;
}

function text(value: unknown, part: string, limit: number): string {
  const checked = string(value, part);
  if (checked.length > limit) fail(part, `longer than ${limit} characters`);
  return checked;
}

function nonEmpty(value: unknown, part: string): string {
  const checked = string(value, part);
  if (checked === '') fail(part, 'empty');
  return checked;
}

/**
 * Check one briefing slide, by the rules the stored deck is read with (src/briefing/sanitize.ts),
 * so that a restored deck survives the next reload unchanged. Fields added by later versions
 * of the slide are kept as they are.
 */
export function slide(value: unknown, part: string): Slide {
  const item = record(value, part);
  nonEmpty(item.id, `${part}.id`);
  if (typeof item.view !== 'string' || !isViewId(item.view) || item.view === 'briefing') fail(`${part}.view`, 'unknown view');
  text(item.title, `${part}.title`, TEXT_LIMIT);
  text(item.notes, `${part}.notes`, TEXT_LIMIT);
  nonEmpty(item.datasetId, `${part}.datasetId`);
  const selection = record(item.selection, `${part}.selection`);
  for (const key of ['technology', 'indicator', 'focusRival']) stringOrNull(selection[key], `${part}.selection.${key}`);
  strings(selection.partners, `${part}.selection.partners`);
  parameters(item.parameters, `${part}.parameters`);
  finite(item.createdAt, `${part}.createdAt`);
  return item as unknown as Slide;
}

/** Check a deck: its slides, and that no two share an id. */
export function deck(value: unknown, part: string): Slide[] {
  const seen = new Set<string>();
  return array(value, part).map((item, index) => {
    const checked = slide(item, `${part}[${index}]`);
    if (seen.has(checked.id)) fail(`${part}[${index}].id`, `id ${checked.id} is used twice`);
    seen.add(checked.id);
    return checked;
  });
}

/** Longest classification marking (as in src/briefing/sanitize.ts). */
const MARKING_LIMIT = 200;

/** Check the presentation settings. */
export function briefingSettings(value: unknown, part: string): BriefingSettings {
  const item = record(value, part);
  text(item.marking, `${part}.marking`, MARKING_LIMIT);
  oneOf(item.theme, ['light', 'dark'], `${part}.theme`);
  return item as unknown as BriefingSettings;
}

/** Check the analyst notes (keys `technology:<id>` / `indicator:<id>`, text not empty). */
export function annotations(value: unknown, part: string): Annotations {
  const item = record(value, part);
  for (const [key, note] of Object.entries(item)) {
    if (!/^(technology|indicator):.+/.test(key)) fail(`${part}.${key}`, 'unknown note target');
    if (text(note, `${part}.${key}`, TEXT_LIMIT).trim() === '') fail(`${part}.${key}`, 'empty');
  }
  return item as Annotations;
}
