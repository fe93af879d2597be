/**
 * The messages between the page and the ingest worker. The worker's behaviour is in
 * worker-host.ts (kept apart so that the page, which imports this file, does not download the
 * ingest code before a load needs it).
 *
 * Bytes go in and typed arrays come back as transferables: moving a 100 MB file or a table
 * of millions of rows costs nothing, where a structured clone would copy it (and a clone of
 * row objects would freeze the page).
 */
import type { Dataset, IngestResult } from '../model/dataset';
import { isInputFile } from './input-files';
import type { DatasetIdentity, InputFile, ParsedFile } from './types';

/** Page → worker: load these files on top of the previous ones. */
export interface IngestRequest {
  /** Message kind. */
  type: 'ingest';
  /** New files: browser Files (cloned without their bytes; the worker reads them) or bytes (transferred). */
  files: (File | InputFile)[];
  /** Files loaded before (cloned: the page keeps its copy). */
  previous: ParsedFile[];
  /** Identity of the dataset to compose. */
  identity: DatasetIdentity;
}

/** What a load returns. */
export type IngestOutcome = IngestResult<{ dataset: Dataset; files: ParsedFile[] }>;

/** Worker → page. */
export type IngestResponse =
  /** Fraction of the work done. */
  | { type: 'progress'; fraction: number }
  /** The outcome; the worker is done. */
  | { type: 'result'; result: IngestOutcome };

/** Posts a message with transferables (`self.postMessage` in the worker). */
export type Post = (message: IngestResponse, transfer: Transferable[]) => void;

/** The distinct buffers of some typed arrays (a buffer listed twice makes postMessage throw). */
function buffersOf(arrays: Iterable<ArrayBufferView>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const array of arrays) {
    // SharedArrayBuffers are shared, not transferred.
    if (array.buffer instanceof ArrayBuffer && array.buffer.byteLength > 0) buffers.add(array.buffer);
  }
  return [...buffers];
}

/** Buffers to transfer with a request: the new files' bytes. */
export function requestTransferables(request: IngestRequest): ArrayBuffer[] {
  return buffersOf(request.files.flatMap((file) => (isInputFile(file) ? [file.bytes] : [])));
}

function* typedArraysOf(record: object): Generator<ArrayBufferView> {
  for (const value of Object.values(record)) if (ArrayBuffer.isView(value)) yield value;
}

/** Buffers to transfer with a result: the dataset's value columns and every file's fragment. */
export function resultTransferables(result: IngestOutcome): ArrayBuffer[] {
  if (!result.ok) return [];
  const { dataset, files } = result.value;
  const arrays: ArrayBufferView[] = [...typedArraysOf(dataset.values)];
  for (const file of files) if (file.kind === 'values') arrays.push(...typedArraysOf(file.fragment));
  return buffersOf(arrays);
}

/** True for a message of this protocol from the worker. */
export function isIngestResponse(data: unknown): data is IngestResponse {
  if (typeof data !== 'object' || data === null) return false;
  const type = (data as { type?: unknown }).type;
  return type === 'progress' || type === 'result';
}
