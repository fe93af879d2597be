/**
 * The ingest worker's whole behaviour (`handleIngestRequest`), kept here so that it runs and is
 * tested in Node; src/workers/ingest.worker.ts only wires it to `self`.
 */
import { ingestFiles } from './ingest-files';
import { toInputFiles } from './input-files';
import { type IngestRequest, type Post, resultTransferables } from './worker-protocol';

/** Minimum time between progress messages, matching ingest's own throttle. */
const PROGRESS_MESSAGE_MS = 50;

/** The worker's behaviour: read the files, run ingestFiles, post progress, post the result with its buffers. */
export async function handleIngestRequest(request: IngestRequest, post: Post): Promise<void> {
  let last = -Infinity;
  const files = await toInputFiles(request.files);
  const result = ingestFiles(files, request.previous, request.identity, {
    onProgress: (fraction) => {
      const now = performance.now();
      if (now - last < PROGRESS_MESSAGE_MS && fraction < 1) return;
      last = now;
      post({ type: 'progress', fraction }, []);
    },
  });
  post({ type: 'result', result }, resultTransferables(result));
}
