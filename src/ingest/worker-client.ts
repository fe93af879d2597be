/**
 * Loading files from the page. Small loads run right here; big ones (> 2 MB) run in
 * src/workers/ingest.worker.ts so the page stays responsive and can show progress. Either way
 * the caller gets the same IngestResult, and aborting resolves with a `cancelled` error (the
 * worker is terminated at once, whatever it was doing).
 *
 * The ingest code itself (parser, validator) is imported only when a load starts: the first
 * visit, which shows the built-in dataset, never downloads it.
 */
import type { IngestResult, LoadIssue } from '../model/dataset';
import { byteSize, toInputFiles } from './input-files';
import type { DatasetIdentity, InputFile, ParsedFile } from './types';
import { type IngestOutcome, type IngestRequest, isIngestResponse, requestTransferables } from './worker-protocol';

/** Loads up to this many bytes run on the page: a worker's start-up would cost more than the work. */
export const WORKER_THRESHOLD_BYTES = 2 * 1024 * 1024;

/** Options of {@link loadFilesInWorker}. */
export interface LoadOptions {
  /** Fraction of the work done (0–1). */
  onProgress?: (fraction: number) => void;
  /** Abort → the load stops and resolves with a `cancelled` error. */
  signal?: AbortSignal;
}

/** A failed outcome with one error. */
export function failedOutcome(code: 'cancelled' | 'worker_failed', found?: string): IngestResult<never> {
  const error: LoadIssue = { severity: 'error', code };
  if (found !== undefined) error.found = found;
  return { ok: false, errors: [error], warnings: [] };
}

function runInWorker(request: IngestRequest, options: LoadOptions): Promise<IngestOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../workers/ingest.worker.ts', import.meta.url), { type: 'module' });
    const finish = (outcome: IngestOutcome) => {
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
      resolve(outcome);
    };
    const abort = () => finish(failedOutcome('cancelled'));
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isIngestResponse(message)) return;
      if (message.type === 'progress') options.onProgress?.(message.fraction);
      else finish(message.result);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish(failedOutcome('worker_failed', event.message || 'worker error'));
    };
    worker.postMessage(request, requestTransferables(request));
  });
}

/**
 * Load `files` on top of `previous` (see ingestFiles), in a Web Worker when the load is big.
 * The new files' bytes are transferred to the worker (InputFiles passed in are emptied).
 */
export async function loadFilesInWorker(
  files: readonly (File | InputFile)[],
  previous: readonly ParsedFile[],
  identity: DatasetIdentity,
  options: LoadOptions = {},
): Promise<IngestOutcome> {
  const { signal } = options;
  if (signal?.aborted) return failedOutcome('cancelled');
  const total = files.reduce((sum, file) => sum + byteSize(file), 0);
  if (total <= WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') {
    const inputs = await toInputFiles(files);
    const { ingestFiles } = await import('./ingest-files');
    if (signal?.aborted) return failedOutcome('cancelled');
    return ingestFiles(inputs, previous, identity, { onProgress: options.onProgress, isCancelled: () => signal?.aborted ?? false });
  }
  // Files go to the worker unread: it reads them itself, off the main thread.
  return runInWorker({ type: 'ingest', files: [...files], previous: [...previous], identity }, options);
}
