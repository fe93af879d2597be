/**
 * Main-thread promise API of the sensitivity analysis: the Monte Carlo runs in a module
 * worker (src/workers/sensitivity.worker.ts) so the page stays responsive.
 *
 * Cancelling: runSensitivity is one synchronous loop inside the worker, which therefore cannot
 * read a "cancel" message until it finishes. Aborting a run terminates the worker instead
 * (instant, frees the CPU); runs still queued are re-sent to a fresh worker. The aborted
 * promise rejects with a DOMException named `AbortError`; invalid parameters reject with
 * InvalidParametersError (with its `issues`), anything else with an Error.
 */
import type { Dataset } from '../model/dataset';
import type { Parameters } from '../model/parameters';
import type { SensitivityResult } from '../model/results';
import { InvalidParametersError } from './errors';
import type { SensitivityRequest, SensitivityResponse } from './sensitivity-protocol';

/** The part of Worker the client uses (lets tests run the host in-process). */
export interface WorkerLike {
  /** Send a request. */
  postMessage(message: SensitivityRequest): void;
  /** Stop the worker. */
  terminate(): void;
  /** Receives responses. */
  onmessage: ((event: { data: SensitivityResponse }) => void) | null;
  /** Receives load/runtime failures of the worker script. */
  onerror: ((event: { message?: string }) => void) | null;
}

/** Options of a worker run. */
export interface WorkerRunOptions {
  /** Progress (draws done, draws total). */
  onProgress?: (done: number, total: number) => void;
  /** Abort the run (terminates the worker; the promise rejects with AbortError). */
  signal?: AbortSignal;
}

/** A client bound to one worker factory. */
export interface SensitivityClient {
  /** Run the Monte Carlo of `params` on `dataset` in the worker. */
  run(dataset: Dataset, params: Partial<Parameters>, options?: WorkerRunOptions): Promise<SensitivityResult>;
  /** Terminate the worker and reject every pending run. */
  dispose(): void;
}

interface Pending {
  dataset: Dataset;
  params: Partial<Parameters>;
  options: WorkerRunOptions;
  resolve: (result: SensitivityResult) => void;
  reject: (error: unknown) => void;
}

const datasetKeys = new WeakMap<Dataset, number>();
let nextKey = 1;
function keyOf(dataset: Dataset): number {
  let key = datasetKeys.get(dataset);
  if (key === undefined) datasetKeys.set(dataset, (key = nextKey++));
  return key;
}

function abortError(): Error {
  return typeof DOMException === 'function' ? new DOMException('sensitivity analysis aborted', 'AbortError') : Object.assign(new Error('sensitivity analysis aborted'), { name: 'AbortError' });
}

/** A client whose workers come from `createWorker`. */
export function createSensitivityClient(createWorker: () => WorkerLike): SensitivityClient {
  let worker: WorkerLike | null = null;
  let loadedKey = 0;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const send = (id: number, job: Pending) => {
    if (!worker) {
      worker = createWorker();
      worker.onmessage = ({ data }) => receive(data);
      worker.onerror = (event) => fail(new Error(`sensitivity worker failed: ${event.message ?? 'unknown error'}`));
      loadedKey = 0;
    }
    const key = keyOf(job.dataset);
    if (loadedKey !== key) {
      worker.postMessage({ type: 'load', key, dataset: job.dataset });
      loadedKey = key;
    }
    worker.postMessage({ type: 'run', id, key, params: job.params });
  };
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const fail = (error: Error) => {
    stop();
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  const receive = (message: SensitivityResponse) => {
    const job = pending.get(message.id);
    if (!job) return;
    if (message.type === 'progress') return job.options.onProgress?.(message.done, message.total);
    pending.delete(message.id);
    if (message.type === 'result') job.resolve(message.result);
    else job.reject(message.issues ? new InvalidParametersError(message.issues) : new Error(message.message));
  };

  return {
    run(dataset, params, options = {}) {
      return new Promise<SensitivityResult>((resolve, reject) => {
        if (options.signal?.aborted) return reject(abortError());
        const id = nextId++;
        const job: Pending = { dataset, params, options, resolve, reject };
        pending.set(id, job);
        options.signal?.addEventListener(
          'abort',
          () => {
            if (!pending.delete(id)) return;
            reject(abortError());
            stop();
            for (const [otherId, other] of pending) send(otherId, other);
          },
          { once: true },
        );
        send(id, job);
      });
    },
    dispose: () => fail(abortError()),
  };
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../workers/sensitivity.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

let shared: SensitivityClient | null = null;

/** Run the Monte Carlo in the shared sensitivity worker (created on first use). */
export function runSensitivityInWorker(dataset: Dataset, params: Partial<Parameters>, options: WorkerRunOptions = {}): Promise<SensitivityResult> {
  shared ??= createSensitivityClient(defaultWorker);
  return shared.run(dataset, params, options);
}
