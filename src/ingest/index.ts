/**
 * Ingest: CSV files in, a validated Dataset out. The only part of the app that knows about
 * bytes, encodings and CSV dialects. Pure: no React, no store, no DOM — it runs on the page, in
 * a Web Worker and in the Node CLI, and never throws past this edge (every outcome is an
 * IngestResult).
 *
 * Pipeline: parseFile (decode → dialect → tokenise → read long / wide / metadata) per file,
 * then composeDataset (merge metadata → resolve labels → infer → validate → duplicates);
 * ingestFiles does both atomically.
 */
export type { InputFile, ParseOptions, ParsedFile, DatasetIdentity } from './types';
export type {
  ParsedValuesFile,
  ParsedMetadataFile,
  ValuesFragment,
  ValuesColumns,
  CountryRecord,
  TechnologyRecord,
  IndicatorRecord,
  SourceRecord,
} from './types';
export { cellText } from './types';
export { parseFile } from './parse-file';
export { composeDataset } from './compose';
export { ingestFiles } from './ingest-files';
export { MAX_FILE_BYTES } from './limits';
export { formatIssue, ISSUE_CODES, type IssueCode } from '../i18n/issues';
