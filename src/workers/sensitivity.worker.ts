/**
 * Sensitivity worker (METHODOLOGY §8 runs off the main thread). No logic here: messages go to
 * the engine's host (src/engine/sensitivity-host.ts), answers come back.
 */
import { createSensitivityHost } from '../engine/sensitivity-host';
import type { SensitivityRequest, SensitivityResponse } from '../engine/sensitivity-protocol';

/** The worker global, typed as much as needed (the project's lib has no WebWorker types). */
const scope = self as unknown as {
  postMessage(message: SensitivityResponse): void;
  onmessage: ((event: MessageEvent<SensitivityRequest>) => void) | null;
};

const handle = createSensitivityHost((message) => scope.postMessage(message));
scope.onmessage = (event) => handle(event.data);
