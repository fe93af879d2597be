/**
 * Duplicate keys: two rows for the same country, technology, indicator and year. Found with an
 * open-addressing hash table over the typed columns — linear time and a few megabytes, where a
 * Map of string keys would allocate millions of strings on a big file.
 */
import type { ValueTable } from '../model/dataset';

/** Pairs of rows (table indices) with the same key: `[first, second]`. */
export type DuplicatePair = [number, number];

function hashRow(t: ValueTable, i: number): number {
  let h = Math.imul(t.country[i], 0x9e3779b1);
  h = Math.imul(h ^ t.technology[i], 0x85ebca6b);
  h = Math.imul(h ^ t.indicator[i], 0xc2b2ae35);
  h = Math.imul(h ^ t.year[i], 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}

function sameKey(t: ValueTable, a: number, b: number): boolean {
  return t.country[a] === t.country[b] && t.technology[a] === t.technology[b] && t.indicator[a] === t.indicator[b] && t.year[a] === t.year[b];
}

/** Rows per partition: its hash table (2 ints a slot, load ≤ 2/3) then stays in the CPU cache. */
const PARTITION_ROWS = 8192;

/**
 * Every row whose key appeared on an earlier row, paired with that earlier row. `limit` stops
 * collecting pairs: a report needs the first few and a count, given in `total`.
 *
 * Rows are first partitioned by hash (a counting sort, in row order within a partition), then
 * each partition gets a small hash table: one big table would miss the cache on every row of a
 * multi-million-row file.
 */
export function findDuplicates(t: ValueTable, limit: number): { pairs: DuplicatePair[]; total: number } {
  const n = t.length;
  const hashes = new Int32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = hashRow(t, i) | 0;
  let partitionBits = 0;
  while (n >> partitionBits > PARTITION_ROWS) partitionBits++;
  const partitions = 1 << partitionBits;
  const shift = 32 - partitionBits;
  const partitionOf = (hash: number) => (partitionBits === 0 ? 0 : hash >>> shift);
  const starts = new Int32Array(partitions + 1);
  for (let i = 0; i < n; i++) starts[partitionOf(hashes[i]) + 1]++;
  for (let p = 0; p < partitions; p++) starts[p + 1] += starts[p];
  // Rows and their hashes in partition order, so each partition is read sequentially.
  const order = new Int32Array(n);
  const orderedHashes = new Int32Array(n);
  const fill = starts.slice(0, partitions);
  for (let i = 0; i < n; i++) {
    const at = fill[partitionOf(hashes[i])]++;
    order[at] = i;
    orderedHashes[at] = hashes[i];
  }

  let size = 2;
  while (size < PARTITION_ROWS * 3) size <<= 1;
  // Interleaved (row + 1, hash) pairs: a probe reads one cache line, and the key columns of
  // the held row are read only when the hashes agree (a real duplicate, or a rare clash).
  const slots = new Int32Array(size * 2);
  const pairs: DuplicatePair[] = [];
  let total = 0;
  for (let p = 0; p < partitions; p++) {
    const from = starts[p];
    const to = starts[p + 1];
    let capacity = size;
    while (capacity < (to - from) * 1.5) capacity <<= 1; // a skewed partition
    const table = capacity === size ? slots.fill(0) : new Int32Array(capacity * 2);
    const mask = capacity - 1;
    for (let k = from; k < to; k++) {
      const i = order[k];
      const hash = orderedHashes[k];
      let slot = hash & mask;
      for (;;) {
        const held = table[slot * 2];
        if (held === 0) {
          table[slot * 2] = i + 1;
          table[slot * 2 + 1] = hash;
          break;
        }
        if (table[slot * 2 + 1] === hash && sameKey(t, held - 1, i)) {
          total++;
          if (pairs.length < limit) pairs.push([held - 1, i]);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
  // Partitions scramble the order; report in file order, like a reader scanning the table.
  pairs.sort((a, b) => a[1] - b[1]);
  return { pairs, total };
}
