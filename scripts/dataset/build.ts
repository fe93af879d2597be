/**
 * The dataset build as a pure function: input texts in, output file texts out.
 *
 * Inputs: the source CSVs of datasets/sources/, the analyst coding datasets/coding/qualitative.csv
 * and its bibliography datasets/coding/documents.csv. Outputs: the five CSV files of
 * datasets/default/ and the generated blocks of datasets/README.md. Nothing here touches the
 * file system (see io.ts), so tests can run it on any input.
 *
 * The build never estimates: a value row is a source row copied with its value text verbatim,
 * or a coding row. Any inconsistency (unknown id, duplicate key, unit change, negative value,
 * unmapped source series…) stops the build with the full list of problems.
 */
import { formatCsvTable, parseCsvTable } from './csv';
import {
  COUNTRIES, INDICATORS, QUALITATIVE_AXES, TECHNOLOGIES, TEXT_SUFFIX, formatLevels, type IndicatorMeta,
} from './metadata';
import {
  EXCLUDED_SERIES, SERIES, SOURCE_FILES, STATISTICAL_SOURCES, type SeriesMapping, type SourceFile, type SourceMeta,
} from './mapping';

/** Note written on every coded qualitative row (README has it in Japanese too). */
export const CODING_NOTE = 'Analyst coding from public documents; open to revision.';

/** Header of values.csv (DATA-FORMAT.md, long format). */
export const VALUES_HEADER = ['country', 'technology', 'indicator', 'year', 'value', 'unit', 'source', 'confidence', 'note'] as const;
/** Header of countries.csv. */
export const COUNTRIES_HEADER = ['code', 'name_en', 'name_ja', 'role', 'color'] as const;
/** Header of technologies.csv. */
export const TECHNOLOGIES_HEADER = ['id', 'name_en', 'name_ja', 'relevance', 'group'] as const;
/** Header of indicators.csv (with the optional description columns). */
export const INDICATORS_HEADER = ['id', 'name_en', 'name_ja', 'kind', 'direction', 'combine', 'unit', 'weight', 'pillar', 'levels', 'scope', 'description', 'description_ja'] as const;
/** Header of sources.csv. */
export const SOURCES_HEADER = ['id', 'title', 'publisher', 'year', 'url', 'license'] as const;
/** Header of the hand-edited coding file. */
export const CODING_HEADER = ['country', 'technology', 'indicator', 'year', 'level', 'text', 'source', 'note'] as const;
/** Header of the coding bibliography. */
export const DOCUMENTS_HEADER = SOURCES_HEADER;

/** Names of the generated files in datasets/default/. */
export const OUTPUT_FILES = ['values.csv', 'countries.csv', 'technologies.csv', 'indicators.csv', 'sources.csv'] as const;

/** One row of values.csv. */
export interface ValueRow {
  country: string;
  /** Empty for country-scope indicators. */
  technology: string;
  indicator: string;
  year: number;
  /** Number text (verbatim from the source) or free text for text indicators. */
  value: string;
  unit: string;
  source: string;
  confidence: 'A' | 'B' | 'C';
  note: string;
}

/** Texts the build reads. */
export interface BuildInput {
  /** Contents of each file of datasets/sources/. */
  sources: Record<SourceFile, string>;
  /** datasets/coding/qualitative.csv */
  coding: string;
  /** datasets/coding/documents.csv */
  documents: string;
}

/** What the build produces. */
export interface BuildOutput {
  /** File name (in datasets/default/) → text. */
  files: Record<(typeof OUTPUT_FILES)[number], string>;
  /** The value rows, in output order. */
  values: ValueRow[];
  /** Every entry of sources.csv. */
  sources: SourceMeta[];
}

/** The build refused its input; `problems` lists every problem found. */
export class BuildError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`dataset build failed:\n  - ${problems.join('\n  - ')}`);
    this.name = 'BuildError';
    this.problems = problems;
  }
}

const NON_NEGATIVE_NUMBER = /^\d+(\.\d+)?$/;
const INTEGER = /^\d{4}$/;

function requireHeader(file: string, header: readonly string[], expected: readonly string[], problems: string[]): boolean {
  const ok = header.length === expected.length && header.every((h, i) => h === expected[i]);
  if (!ok) problems.push(`${file}: header must be ${expected.join(',')} (found ${header.join(',')})`);
  return ok;
}

/** Read the statistical source files through the mapping table. */
function sourceValues(input: BuildInput, problems: string[]): ValueRow[] {
  const rows: ValueRow[] = [];
  const byKey = new Map<string, SeriesMapping>();
  for (const m of SERIES) byKey.set(`${m.file}|${m.sourceIndicator}`, m);
  const declaredCountries = new Set(COUNTRIES.map((c) => c.code));

  for (const file of SOURCE_FILES) {
    const table = parseCsvTable(input.sources[file], file);
    if (!requireHeader(file, table.header, ['country_iso3', 'country', 'indicator', 'year', 'value', 'unit', 'source'], problems)) continue;
    const seen = new Set<string>();
    table.records.forEach((r, idx) => {
      const where = `${file} row ${idx + 2}`;
      const mapping = byKey.get(`${file}|${r.indicator}`);
      if (!mapping) {
        if (!(r.indicator in EXCLUDED_SERIES)) problems.push(`${where}: source indicator ${r.indicator} is neither mapped nor excluded in scripts/dataset/mapping.ts`);
        return;
      }
      seen.add(r.indicator);
      if (r.unit !== mapping.unit) problems.push(`${where}: unit ${r.unit} differs from the mapped unit ${mapping.unit}`);
      if (!declaredCountries.has(r.country_iso3)) problems.push(`${where}: country ${r.country_iso3} is not declared`);
      if (!INTEGER.test(r.year)) problems.push(`${where}: year ${JSON.stringify(r.year)} is not a 4-digit year`);
      if (!NON_NEGATIVE_NUMBER.test(r.value)) problems.push(`${where}: value ${JSON.stringify(r.value)} is not a non-negative decimal number`);
      const year = Number(r.year);
      const grade = mapping.grade({ country: r.country_iso3, year });
      rows.push({
        country: r.country_iso3,
        technology: mapping.technology ?? '',
        indicator: mapping.indicator,
        year,
        value: r.value,
        unit: mapping.unit,
        source: mapping.source,
        confidence: grade.confidence,
        note: grade.note ?? '',
      });
    });
    for (const m of SERIES) {
      if (m.file === file && !seen.has(m.sourceIndicator)) problems.push(`${file}: mapped series ${m.sourceIndicator} has no rows`);
    }
  }
  return rows;
}

/** Parse the coding bibliography. */
function readDocuments(text: string, problems: string[]): SourceMeta[] {
  const table = parseCsvTable(text, 'documents.csv');
  if (!requireHeader('documents.csv', table.header, DOCUMENTS_HEADER, problems)) return [];
  return table.records.map((r, idx) => {
    const where = `documents.csv row ${idx + 2}`;
    if (!/^[a-z0-9_]+$/.test(r.id)) problems.push(`${where}: id ${JSON.stringify(r.id)} must be lower-case letters, digits and _`);
    if (!r.title.trim() || !r.publisher.trim()) problems.push(`${where}: title and publisher are required`);
    if (!INTEGER.test(r.year)) problems.push(`${where}: year ${JSON.stringify(r.year)} is not a 4-digit year`);
    if (!/^https?:\/\/\S+$/.test(r.url)) problems.push(`${where}: url ${JSON.stringify(r.url)} is not an http(s) URL`);
    return { id: r.id, title: r.title, publisher: r.publisher, year: Number(r.year), url: r.url, license: r.license };
  });
}

/** Turn the analyst coding into ordinal + text value rows. */
function codingValues(text: string, documentIds: Set<string>, problems: string[]): ValueRow[] {
  const table = parseCsvTable(text, 'qualitative.csv');
  if (!requireHeader('qualitative.csv', table.header, CODING_HEADER, problems)) return [];
  const countries = new Set(COUNTRIES.map((c) => c.code));
  const technologies = new Set(TECHNOLOGIES.map((t) => t.id));
  const rows: ValueRow[] = [];
  table.records.forEach((r, idx) => {
    const where = `qualitative.csv row ${idx + 2}`;
    const levels = QUALITATIVE_AXES[r.indicator];
    if (!levels) problems.push(`${where}: indicator ${r.indicator} is not one of ${Object.keys(QUALITATIVE_AXES).join(', ')}`);
    if (!countries.has(r.country)) problems.push(`${where}: country ${r.country} is not declared`);
    if (!technologies.has(r.technology)) problems.push(`${where}: technology ${r.technology} is not declared`);
    if (!INTEGER.test(r.year)) problems.push(`${where}: year ${JSON.stringify(r.year)} is not a 4-digit year`);
    if (!documentIds.has(r.source)) problems.push(`${where}: source ${JSON.stringify(r.source)} is not in datasets/coding/documents.csv`);
    const evidence = r.text.trim();
    if (!evidence) problems.push(`${where}: text (the evidence sentence) is required`);
    if (evidence !== r.text) problems.push(`${where}: text has leading or trailing spaces`);
    // A text cell must never read as a number (it would be parsed as a value) or as a spreadsheet formula.
    if (/^[-+=@\d]/.test(evidence)) problems.push(`${where}: text must not start with a digit, +, -, = or @`);
    if (r.level !== '' && levels && !levels.some((l) => String(l.value) === r.level)) {
      problems.push(`${where}: level ${JSON.stringify(r.level)} is not one of ${levels.map((l) => l.value).join(', ')}`);
    }
    const note = r.note.trim() ? `${CODING_NOTE} ${r.note.trim()}` : CODING_NOTE;
    const base = { country: r.country, technology: r.technology, year: Number(r.year), unit: '', source: r.source, confidence: 'C' as const, note };
    if (r.level !== '') rows.push({ ...base, indicator: r.indicator, value: r.level });
    rows.push({ ...base, indicator: `${r.indicator}${TEXT_SUFFIX}`, value: evidence });
  });
  return rows;
}

/** Check every value row against the declared metadata. */
function validateValues(rows: readonly ValueRow[], sourceIds: Set<string>, problems: string[]): void {
  const countries = new Set(COUNTRIES.map((c) => c.code));
  const technologies = new Set(TECHNOLOGIES.map((t) => t.id));
  const indicators = new Map<string, IndicatorMeta>(INDICATORS.map((i) => [i.id, i]));
  const keys = new Set<string>();
  for (const r of rows) {
    const key = `${r.country}|${r.technology}|${r.indicator}|${r.year}`;
    if (keys.has(key)) problems.push(`duplicate value for (country, technology, indicator, year) = (${key.replace(/\|/g, ', ')})`);
    keys.add(key);
    const ind = indicators.get(r.indicator);
    if (!ind) {
      problems.push(`${key}: indicator ${r.indicator} is not declared`);
      continue;
    }
    if (!countries.has(r.country)) problems.push(`${key}: country not declared`);
    if (ind.scope === 'technology' && !technologies.has(r.technology)) problems.push(`${key}: technology-scope indicator needs a declared technology`);
    if (ind.scope === 'country' && r.technology !== '') problems.push(`${key}: country-scope indicator must have no technology`);
    if (r.unit !== ind.unit) problems.push(`${key}: unit ${r.unit} differs from indicators.csv (${ind.unit})`);
    if (!sourceIds.has(r.source)) problems.push(`${key}: source ${r.source} is not in sources.csv`);
    if (ind.kind !== 'text' && !NON_NEGATIVE_NUMBER.test(r.value)) problems.push(`${key}: ${ind.kind} value ${JSON.stringify(r.value)} is not a non-negative number`);
    if (ind.kind === 'ordinal' && !(ind.levels ?? []).some((l) => String(l.value) === r.value)) problems.push(`${key}: level ${r.value} not declared`);
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Output order: indicator (indicators.csv order), technology (technologies.csv order), country code, year. */
function sortValues(rows: ValueRow[]): ValueRow[] {
  const indOrder = new Map(INDICATORS.map((i, n) => [i.id, n]));
  const techOrder = new Map(TECHNOLOGIES.map((t, n) => [t.id, n]));
  return [...rows].sort(
    (a, b) =>
      (indOrder.get(a.indicator) ?? 1e9) - (indOrder.get(b.indicator) ?? 1e9) ||
      (a.technology === '' ? -1 : techOrder.get(a.technology) ?? 1e9) - (b.technology === '' ? -1 : techOrder.get(b.technology) ?? 1e9) ||
      compareStrings(a.country, b.country) ||
      a.year - b.year,
  );
}

/** Format a number for a metadata cell without float noise (weights like 0.5, 1). */
function numberCell(n: number): string {
  return String(n);
}

/** Run the whole build. Throws {@link BuildError} listing every problem. */
export function buildDataset(input: BuildInput): BuildOutput {
  const problems: string[] = [];
  const documents = readDocuments(input.documents, problems);
  const statIds = new Set(STATISTICAL_SOURCES.map((s) => s.id));
  for (const d of documents) if (statIds.has(d.id)) problems.push(`documents.csv: id ${d.id} clashes with a statistical source id`);
  const documentIds = new Set(documents.map((d) => d.id));
  if (documentIds.size !== documents.length) problems.push('documents.csv: duplicate ids');

  const values = sortValues([...sourceValues(input, problems), ...codingValues(input.coding, documentIds, problems)]);

  const sources = [...STATISTICAL_SOURCES, ...documents];
  const sourceIds = new Set(sources.map((s) => s.id));
  validateValues(values, sourceIds, problems);
  const cited = new Set(values.map((v) => v.source));
  for (const s of sources) if (!cited.has(s.id)) problems.push(`source ${s.id} is listed but no value cites it`);
  if (problems.length > 0) throw new BuildError(problems);

  const files = {
    'values.csv': formatCsvTable(VALUES_HEADER, values.map((v) => ({ ...v, year: String(v.year) }))),
    'countries.csv': formatCsvTable(COUNTRIES_HEADER, COUNTRIES.map((c) => ({ code: c.code, name_en: c.nameEn, name_ja: c.nameJa, role: c.role, color: c.color }))),
    'technologies.csv': formatCsvTable(
      TECHNOLOGIES_HEADER,
      TECHNOLOGIES.map((t) => ({ id: t.id, name_en: t.nameEn, name_ja: t.nameJa, relevance: numberCell(t.relevance), group: t.group })),
    ),
    'indicators.csv': formatCsvTable(
      INDICATORS_HEADER,
      INDICATORS.map((i) => ({
        id: i.id, name_en: i.nameEn, name_ja: i.nameJa, kind: i.kind, direction: i.direction, combine: i.combine, unit: i.unit,
        weight: numberCell(i.weight), pillar: i.pillar, levels: formatLevels(i.levels), scope: i.scope, description: i.description, description_ja: i.descriptionJa,
      })),
    ),
    'sources.csv': formatCsvTable(SOURCES_HEADER, sources.map((s) => ({ ...s, year: String(s.year) }))),
  };
  return { files, values, sources };
}
