import { describe, expect, test } from 'vitest';
import { InvalidParametersError, runSensitivity } from '../../../src/engine';
import { createSensitivityClient, type WorkerLike } from '../../../src/engine/sensitivity-client';
import { createSensitivityHost } from '../../../src/engine/sensitivity-host';
import type { SensitivityRequest } from '../../../src/engine/sensitivity-protocol';
import { workedExample } from '../../fixtures/engine/worked-example';

/** A worker that runs the host in-process, answering on a later macrotask (like a real one). */
class FakeWorker implements WorkerLike {
  static created: FakeWorker[] = [];
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  readonly received: SensitivityRequest[] = [];
  terminated = false;
  private readonly host = createSensitivityHost((message) => {
    if (!this.terminated) this.onmessage?.({ data: structuredClone(message) });
  });

  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(message: SensitivityRequest): void {
    this.received.push(message);
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.host(copy);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const params = { monteCarlo: { draws: 50, seed: 5 } };

describe('sensitivity client + host', () => {
  test('same result as runSensitivity, progress reported, dataset sent once', async () => {
    FakeWorker.created = [];
    const client = createSensitivityClient(() => new FakeWorker());
    const progress: number[] = [];
    const result = await client.run(workedExample, params, { onProgress: (done) => progress.push(done) });
    expect(result).toEqual(runSensitivity(workedExample, params));
    expect(progress.at(-1)).toBe(50);
    await client.run(workedExample, { ...params, horizon: 5 });
    const worker = FakeWorker.created[0];
    expect(FakeWorker.created).toHaveLength(1);
    expect(worker.received.map((m) => m.type)).toEqual(['load', 'run', 'run']);
  });

  test('invalid parameters reject with InvalidParametersError and its issues', async () => {
    const client = createSensitivityClient(() => new FakeWorker());
    const error = await client.run(workedExample, { horizon: -1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParametersError);
    expect((error as InvalidParametersError).issues[0].parameter).toBe('horizon');
  });

  test('abort: rejects with AbortError, terminates the worker, re-sends other runs', async () => {
    FakeWorker.created = [];
    const client = createSensitivityClient(() => new FakeWorker());
    const controller = new AbortController();
    const first = client.run(workedExample, params, { signal: controller.signal });
    const second = client.run(workedExample, { ...params, horizon: 4 });
    controller.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.created[0].terminated).toBe(true);
    expect(await second).toEqual(runSensitivity(workedExample, { ...params, horizon: 4 }));
    expect(FakeWorker.created).toHaveLength(2);
  });

  test('an already aborted signal rejects at once', async () => {
    const client = createSensitivityClient(() => new FakeWorker());
    await expect(client.run(workedExample, params, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('a failing worker script rejects every pending run', async () => {
    let worker: FakeWorker | undefined;
    const client = createSensitivityClient(() => (worker = new FakeWorker()));
    const run = client.run(workedExample, params);
    worker?.onerror?.({ message: 'boom' });
    await expect(run).rejects.toThrow('sensitivity worker failed: boom');
  });
});
