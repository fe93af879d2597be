/**
 * Limits and tuning constants of ingest, in one place so that a reviewer sees every number that
 * shapes memory, speed and the size of an issue report.
 */

/**
 * Largest file accepted: 512 MiB − 1 byte. Beyond it the decoded text of one file outgrows what
 * a browser tab can hold next to its typed arrays; such data should be aggregated upstream.
 */
export const MAX_FILE_BYTES = 512 * 1024 * 1024 - 1;

/** Bytes decoded and tokenised per step: small enough for ~25 ms steps (progress, cancel). */
export const CHUNK_BYTES = 1024 * 1024;

/** Minimum time between two progress reports. */
export const PROGRESS_INTERVAL_MS = 50;

/**
 * Issues of one kind listed per file; the rest are counted in one `more_issues` line. A file
 * with a million bad cells needs its first few and a count, not a million messages.
 */
export const MAX_ISSUES_PER_KIND = 20;

/** Earliest and latest year accepted in a year cell. */
export const MIN_YEAR = 1000;
/** See {@link MIN_YEAR}. */
export const MAX_YEAR = 9999;
