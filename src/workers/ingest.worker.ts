/**
 * The ingest worker: no logic of its own. It hands each request to ingest's
 * handleIngestRequest and posts back what that produces (typed arrays as transferables).
 * Created by src/ingest/worker-client.ts; Vite bundles it.
 */
import type { IngestRequest } from '../ingest/worker-protocol';
import { handleIngestRequest } from '../ingest/worker-host';

/** The parts of the worker global scope used here (the project's type libs are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<IngestRequest>) => void) | null;
  postMessage(message: unknown, options: { transfer: Transferable[] }): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void handleIngestRequest(event.data, (message, transfer) => scope.postMessage(message, { transfer }));
};
