/**
 * First pass of composing: copy every values fragment into one table, resolving labels to ids
 * once per distinct label and file (never per row), and noting per indicator what inference
 * needs (does it have a technology? any cell that is not a number?).
 */
import type { ValueTable } from '../model/dataset';
import type { StringPool } from './intern';
import type { IssueLog } from './issue-log';
import type { CountryResolver, LabelResolver } from './resolve';
import type { ParsedValuesFile } from './types';

/** Distinct ids met in the values, in order of first appearance. */
export class SeenIds {
  /** Dense number → id. */
  readonly ids: string[] = [];
  /** Dense number → index in the dataset's string pool. */
  readonly pooled: number[] = [];
  /** Dense number → where it first appeared. */
  readonly first: { file: string; row: number }[] = [];
  private readonly byId = new Map<string, number>();

  /** Dense number of `id`, registering it (at `file`/`row`) when new. */
  add(id: string, pool: StringPool, file: string, row: number): number {
    let dense = this.byId.get(id);
    if (dense === undefined) {
      dense = this.ids.length;
      this.byId.set(id, dense);
      this.ids.push(id);
      this.pooled.push(pool.intern(id));
      this.first.push({ file, row });
    }
    return dense;
  }

  /** Dense number of an id already met. */
  get(id: string): number | undefined {
    return this.byId.get(id);
  }
}

/** A values file placed in the table. */
export interface PlacedFile {
  /** The parsed file. */
  parsed: ParsedValuesFile;
  /** Its index in Dataset.files. */
  fileIndex: number;
  /** Its first row in the table. */
  offset: number;
}

/** What the first pass produced. */
export interface Gathered {
  /** The table; `text` still holds raw codes (pool index, or -1 − k for toFixed(k)) until the second pass. */
  table: ValueTable;
  /** Dense indicator number of every row. */
  indicatorOf: Int32Array;
  /** Countries met. */
  countries: SeenIds;
  /** Technologies met. */
  technologies: SeenIds;
  /** Indicators met. */
  indicators: SeenIds;
  /** Per dense indicator: some row names a technology. */
  hasTechnology: boolean[];
  /** Per dense indicator: how many non-blank cells are numbers. */
  numberCells: number[];
  /** Per dense indicator: how many non-blank cells are not numbers. */
  textCells: number[];
  /** The values files in table order. */
  placed: PlacedFile[];
}

/** Resolvers of the three label kinds. */
export interface Resolvers {
  country: CountryResolver;
  technology: LabelResolver;
  indicator: LabelResolver;
}

function emptyTable(length: number, strings: string[]): ValueTable {
  return {
    length,
    strings,
    country: new Int32Array(length),
    technology: new Int32Array(length),
    indicator: new Int32Array(length),
    year: new Int32Array(length),
    value: new Float64Array(length),
    text: new Int32Array(length),
    unit: new Int32Array(length),
    source: new Int32Array(length),
    confidence: new Uint8Array(length),
    note: new Int32Array(length),
    file: new Uint16Array(length),
    row: new Uint32Array(length),
  };
}

/** Copy and resolve every values file into one table. */
export function gatherValues(files: readonly { parsed: ParsedValuesFile; fileIndex: number }[], resolvers: Resolvers, pool: StringPool, log: IssueLog): Gathered {
  const total = files.reduce((sum, f) => sum + f.parsed.fragment.length, 0);
  const table = emptyTable(total, pool.strings);
  const gathered: Gathered = {
    table,
    indicatorOf: new Int32Array(total),
    countries: new SeenIds(),
    technologies: new SeenIds(),
    indicators: new SeenIds(),
    hasTechnology: [],
    numberCells: [],
    textCells: [],
    placed: [],
  };
  let offset = 0;
  for (const { parsed, fileIndex } of files) {
    gatherFile(parsed, fileIndex, offset, gathered, resolvers, pool, log);
    gathered.placed.push({ parsed, fileIndex, offset });
    offset += parsed.fragment.length;
  }
  return gathered;
}

const UNSEEN = -2;

function gatherFile(parsed: ParsedValuesFile, fileIndex: number, offset: number, g: Gathered, resolvers: Resolvers, pool: StringPool, log: IssueLog): void {
  const f = parsed.fragment;
  const strings = f.strings;
  const file = parsed.info.name;
  const wide = parsed.info.role === 'values-wide';
  // Per-file maps from the file's string index to the dataset's: each label resolved once.
  const countryMap = new Int32Array(strings.length).fill(UNSEEN);
  const technologyMap = new Int32Array(strings.length).fill(UNSEEN);
  const indicatorMap = new Int32Array(strings.length).fill(UNSEEN);
  const textMap = new Int32Array(strings.length).fill(UNSEEN);
  const text = (i: number): number => (i < 0 ? -1 : textMap[i] !== UNSEEN ? textMap[i] : (textMap[i] = pool.intern(strings[i])));
  const t = g.table;
  // Columns that need no mapping are copied in bulk (memcpy), the rest row by row.
  t.year.set(f.year, offset);
  t.value.set(f.value, offset);
  t.confidence.set(f.confidence, offset);
  t.row.set(f.row, offset);
  t.file.fill(fileIndex, offset, offset + f.length);
  for (let r = 0; r < f.length; r++) {
    const o = offset + r;
    const row = f.row[r];
    let label = f.country[r];
    let country = countryMap[label];
    if (country === UNSEEN) {
      const code = resolvers.country.resolve(strings[label]);
      if (code === undefined) {
        // A wide file's country is its column header: the header row is where to fix it.
        log.error('unknown_country', { file, row: wide ? 1 : row, column: wide ? strings[label] : parsed.columns.country, found: strings[label] });
      }
      country = countryMap[label] = code === undefined ? -1 : g.countries.pooled[g.countries.add(code, pool, file, row)];
    }
    label = f.technology[r];
    let technology = label < 0 ? -1 : technologyMap[label];
    if (technology === UNSEEN) {
      const id = resolvers.technology.resolve(strings[label]);
      if (id === undefined) {
        const column = parsed.technologyFromFileName ? undefined : parsed.columns.technology;
        log.error('unknown_technology', { file, row: parsed.technologyFromFileName ? undefined : row, column, found: strings[label] });
      }
      technology = technologyMap[label] = id === undefined ? -1 : g.technologies.pooled[g.technologies.add(id, pool, file, row)];
    }
    label = f.indicator[r];
    let indicator = indicatorMap[label];
    if (indicator === UNSEEN) {
      const id = resolvers.indicator.resolve(strings[label]);
      if (id === undefined) log.error('unknown_indicator', { file, row, column: parsed.columns.indicator, found: strings[label] });
      indicator = indicatorMap[label] = id === undefined ? -1 : g.indicators.add(id, pool, file, row);
      if (indicator >= g.textCells.length) {
        g.numberCells.push(0);
        g.textCells.push(0);
        g.hasTechnology.push(false);
      }
    }
    const value = f.value[r];
    const raw = f.raw[r];
    if (indicator >= 0) {
      if (technology >= 0) g.hasTechnology[indicator] = true;
      if (value === value) g.numberCells[indicator]!++;
      else if (raw >= 0) g.textCells[indicator]!++;
    }
    t.country[o] = country;
    t.technology[o] = technology;
    t.indicator[o] = indicator < 0 ? -1 : g.indicators.pooled[indicator];
    g.indicatorOf[o] = indicator;
    t.text[o] = raw >= 0 ? text(raw) : raw;
    t.unit[o] = text(f.unit[r]);
    t.source[o] = text(f.source[r]);
    t.note[o] = text(f.note[r]);
  }
}
