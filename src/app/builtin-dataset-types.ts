/**
 * What the build-time module `virtual:builtin-dataset` exports (scripts/builtin-dataset-plugin.ts):
 * the composed default dataset in compact form, the load errors when the files did not load,
 * or null when the build has no default dataset.
 */
import type { LoadIssue } from '../model/dataset';
import type { CompactDataset } from './compact-dataset';

/** Default export of `virtual:builtin-dataset`. */
export type BuiltinDatasetModule = { ok: true; compact: CompactDataset } | { ok: false; errors: LoadIssue[] } | null;
