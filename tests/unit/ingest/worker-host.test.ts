/** The ingest worker's behaviour: it reads browser Files itself (the page posts them unread). */
import { describe, expect, test } from 'vitest';
import { handleIngestRequest } from '../../../src/ingest/worker-host';
import { requestTransferables, type IngestResponse } from '../../../src/ingest/worker-protocol';

const CSV = 'country,technology,indicator,year,value\nJPN,ai,gov_budget,2023,5\nCHN,ai,gov_budget,2023,7\n';
const identity = { id: 'user-test', name: 'test', origin: 'user' as const };

async function run(files: (File | { name: string; bytes: Uint8Array })[]): Promise<IngestResponse[]> {
  const posted: IngestResponse[] = [];
  await handleIngestRequest({ type: 'ingest', files, previous: [], identity }, (message) => posted.push(message));
  return posted;
}

describe('ingest worker host', () => {
  test('a File posted unread is read in the worker and gives the same dataset as its bytes', async () => {
    const fromFile = (await run([new File([CSV], 'values.csv')])).at(-1);
    const fromBytes = (await run([{ name: 'values.csv', bytes: new TextEncoder().encode(CSV) }])).at(-1);
    expect(fromFile?.type).toBe('result');
    if (fromFile?.type !== 'result' || !fromFile.result.ok) throw new Error('expected a dataset');
    expect(fromFile.result.value.dataset.values.length).toBe(2);
    expect(fromFile).toEqual(fromBytes);
  });

  test('only byte arrays are transferred; Files clone without their bytes', () => {
    const bytes = new Uint8Array(8);
    const transfer = requestTransferables({ type: 'ingest', files: [new File(['x'], 'a.csv'), { name: 'b.csv', bytes }], previous: [], identity });
    expect(transfer).toEqual([bytes.buffer]);
  });

  test('a File over the size limit is not read: the result is the size error', async () => {
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 600 * 1024 * 1024 });
    Object.defineProperty(huge, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
    const last = (await run([huge])).at(-1);
    expect(last?.type === 'result' && !last.result.ok ? last.result.errors.map((e) => e.code) : []).toContain('file_too_large');
  });
});
