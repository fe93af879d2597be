/**
 * ingestFiles: the atomic load. Every new file is parsed, then composed with the files loaded
 * before; one error anywhere and the caller gets ok:false and keeps what it had — the inputs
 * are never modified.
 */
import type { Dataset, IngestResult, LoadIssue } from '../model/dataset';
import { composeDataset } from './compose';
import { IssueLog } from './issue-log';
import { parseFile } from './parse-file';
import type { DatasetIdentity, InputFile, ParsedFile, ParseOptions } from './types';

/** Share of the progress bar for parsing; composing takes the rest. */
const PARSE_SHARE = 0.9;

/** The previous files with same-named new ones replaced in place, other new ones appended. */
function mergeFiles(previous: readonly ParsedFile[], parsed: readonly ParsedFile[]): ParsedFile[] {
  const merged = previous.slice();
  for (const file of parsed) {
    const at = merged.findIndex((old) => old.info.name === file.info.name);
    if (at >= 0) merged[at] = file;
    else merged.push(file);
  }
  return merged;
}

function load(
  newFiles: readonly InputFile[],
  previous: readonly ParsedFile[],
  identity: DatasetIdentity,
  options: ParseOptions,
): IngestResult<{ dataset: Dataset; files: ParsedFile[] }> {
  const totalBytes = newFiles.reduce((sum, f) => sum + f.bytes.length, 0) || 1;
  // Progress never goes back, even by a rounding error (bars would flicker).
  let reported = 0;
  const report =
    options.onProgress &&
    ((fraction: number) => {
      reported = Math.max(reported, Math.min(1, fraction));
      options.onProgress?.(reported);
    });
  const errors: LoadIssue[] = [];
  const parsed: ParsedFile[] = [];
  let done = 0;
  for (const file of newFiles) {
    const share = file.bytes.length;
    const result = parseFile(file, {
      isCancelled: options.isCancelled,
      onProgress: report && ((fraction) => report((PARSE_SHARE * (done + fraction * share)) / totalBytes)),
    });
    done += share;
    if (result.ok) parsed.push(result.value);
    else {
      errors.push(...result.errors);
      if (result.errors.some((e) => e.code === 'cancelled')) break;
    }
  }
  // Two new files with one name: the later wins, as when dropped one after the other.
  const unique = parsed.filter((file, i) => !parsed.slice(i + 1).some((later) => later.info.name === file.info.name));
  if (errors.length) {
    const warnings = parsed.flatMap((file) => file.warnings);
    return { ok: false, errors, warnings };
  }
  if (options.isCancelled?.()) {
    const log = new IssueLog();
    log.error('cancelled', {});
    return { ok: false, errors: log.errors, warnings: [] };
  }
  report?.(PARSE_SHARE);
  const files = mergeFiles(previous, unique);
  const composed = composeDataset(files, identity);
  if (!composed.ok) return composed;
  report?.(1);
  return { ok: true, value: { dataset: composed.value, files }, warnings: composed.warnings };
}

/**
 * Atomic load: parse every new file, then compose with the previously loaded ones (a new file
 * with the same name replaces the old one). Any error in any file → ok:false and nothing
 * changes: `previous` is not modified. Never throws.
 */
export function ingestFiles(
  newFiles: readonly InputFile[],
  previous: readonly ParsedFile[],
  identity: DatasetIdentity,
  options: ParseOptions = {},
): IngestResult<{ dataset: Dataset; files: ParsedFile[] }> {
  try {
    return load(newFiles, previous, identity, options);
  } catch (error) {
    const log = new IssueLog();
    log.error('internal_error', { found: error instanceof Error ? error.message : String(error) });
    return { ok: false, errors: log.errors, warnings: [] };
  }
}

