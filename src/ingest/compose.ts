/**
 * composeDataset: parsed files → one validated Dataset. The pipeline, in order:
 *   1. merge the metadata files (ids defined twice are errors);
 *   2. copy every values fragment into one columnar table, resolving labels to ids;
 *   3. infer what no metadata file describes (indicator kinds and scopes, countries, technologies);
 *   4. check every value against its indicator;
 *   5. find duplicate keys.
 * Any error → ok:false; warnings travel with the dataset.
 */
import type { Dataset, IngestResult, ValueTable } from '../model/dataset';
import { mergeMetadata } from './compose-metadata';
import { findDuplicates } from './duplicates';
import { gatherValues } from './gather-values';
import { composeCountries, composeIndicators, composeSources, composeTechnologies } from './infer-metadata';
import { StringPool } from './intern';
import { IssueLog } from './issue-log';
import { CountryResolver, LabelResolver } from './resolve';
import type { DatasetIdentity, ParsedFile, ParsedValuesFile } from './types';
import { validateValues } from './validate-values';

/** Duplicate pairs examined in full; beyond that a report has made its point. */
const DUPLICATE_REPORT_LIMIT = 10_000;

function reportDuplicates(table: ValueTable, files: readonly ParsedFile[], log: IssueLog): void {
  const { pairs } = findDuplicates(table, DUPLICATE_REPORT_LIMIT);
  const s = table.strings;
  for (const [first, second] of pairs) {
    const technology = table.technology[second];
    const key = [s[table.country[second]], technology < 0 ? '–' : s[technology], s[table.indicator[second]], table.year[second]].join(' / ');
    log.error('duplicate_value', {
      file: files[table.file[second]].info.name,
      row: table.row[second],
      found: key,
      detail: { otherRow: table.row[first], otherFile: files[table.file[first]].info.name },
    });
  }
}

function compose(files: readonly ParsedFile[], identity: DatasetIdentity): IngestResult<Dataset> {
  const log = new IssueLog();
  for (const file of files) log.addAll(file.warnings);
  const metadata = mergeMetadata(files, log);
  const resolvers = {
    country: new CountryResolver(metadata.countries),
    technology: new LabelResolver(metadata.technologies),
    indicator: new LabelResolver(metadata.indicators, true),
  };
  const pool = new StringPool();
  const valuesFiles = files.flatMap((parsed, fileIndex) => (parsed.kind === 'values' ? [{ parsed: parsed as ParsedValuesFile, fileIndex }] : []));
  const gathered = gatherValues(valuesFiles, resolvers, pool, log);
  const { indicators, byDense } = composeIndicators(metadata, gathered);
  const used = validateValues(gathered, byDense, pool, log);
  if (!log.hasErrors) reportDuplicates(gathered.table, files, log);
  const countries = composeCountries(metadata, gathered, log);
  const technologies = composeTechnologies(
    metadata,
    gathered.technologies.ids.filter((_, dense) => used.has(gathered.technologies.pooled[dense])),
  );
  log.finish();
  if (log.hasErrors) return { ok: false, errors: log.errors, warnings: log.warnings };
  const dataset: Dataset = {
    id: identity.id,
    name: identity.name,
    origin: identity.origin,
    countries,
    technologies,
    indicators,
    sources: composeSources(metadata),
    values: gathered.table,
    files: files.map((file) => ({ ...file.info })),
    warnings: log.warnings,
  };
  return { ok: true, value: dataset, warnings: log.warnings };
}

/**
 * Combine parsed files into a validated Dataset: resolve labels (country names en/ja → codes,
 * indicator name_en/name_ja → ids, wide files), infer missing metadata, validate. Errors →
 * ok:false. Never throws.
 */
export function composeDataset(files: readonly ParsedFile[], identity: DatasetIdentity): IngestResult<Dataset> {
  try {
    return compose(files, identity);
  } catch (error) {
    const log = new IssueLog();
    log.error('internal_error', { found: error instanceof Error ? error.message : String(error) });
    log.finish();
    return { ok: false, errors: log.errors, warnings: [] };
  }
}
