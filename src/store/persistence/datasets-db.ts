/**
 * User datasets in IndexedDB: each dataset is stored as the parsed files it was composed from,
 * so a reload re-composes it without reading bytes again. Every call reports failure as a value
 * (quota exceeded, private mode, blocked database) so the app can keep the data in memory and say so.
 */
import type { ParsedFile } from '../../ingest';

const DB_NAME = 'net-assessment';
const DB_VERSION = 1;
const DATASETS = 'datasets';

/** What is stored per user dataset. */
export interface StoredDataset {
  /** Dataset id. */
  id: string;
  /** Display name. */
  name: string;
  /** Parsed files. */
  files: ParsedFile[];
  /** Position in the dataset switcher. */
  order: number;
}

/** Outcome of a storage call. */
export type StorageOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };

function describe(error: unknown): string {
  if (error instanceof DOMException) return `${error.name}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  if (!opening) {
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') {
        reject(new Error('IndexedDB is not available'));
        return;
      }
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(DATASETS)) req.result.createObjectStore(DATASETS, { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((error: unknown) => {
      opening = null;
      throw error;
    });
  }
  return opening;
}

async function attempt<T>(work: (db: IDBDatabase) => Promise<T>): Promise<StorageOutcome<T>> {
  try {
    return { ok: true, value: await work(await openDatabase()) };
  } catch (error) {
    return { ok: false, reason: describe(error) };
  }
}

/** Every stored dataset, in switcher order. */
export function loadStoredDatasets(): Promise<StorageOutcome<StoredDataset[]>> {
  return attempt(async (db) => {
    const tx = db.transaction(DATASETS, 'readonly');
    const all = (await request(tx.objectStore(DATASETS).getAll())) as StoredDataset[];
    return all.sort((a, b) => a.order - b.order);
  });
}

/** Store (or replace) one dataset. */
export function saveStoredDataset(record: StoredDataset): Promise<StorageOutcome<void>> {
  return attempt(async (db) => {
    const tx = db.transaction(DATASETS, 'readwrite');
    tx.objectStore(DATASETS).put(record);
    await done(tx);
  });
}

/** Delete one dataset. */
export function deleteStoredDataset(id: string): Promise<StorageOutcome<void>> {
  return attempt(async (db) => {
    const tx = db.transaction(DATASETS, 'readwrite');
    tx.objectStore(DATASETS).delete(id);
    await done(tx);
  });
}

/** Delete every stored dataset. */
export function clearStoredDatasets(): Promise<StorageOutcome<void>> {
  return attempt(async (db) => {
    const tx = db.transaction(DATASETS, 'readwrite');
    tx.objectStore(DATASETS).clear();
    await done(tx);
  });
}
