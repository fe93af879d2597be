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

/**
 * Every row whose key appeared on an earlier row, paired with that earlier row. `limit` stops
 * the search early: a report needs the first few pairs and a count, counted in `total`.
 */
export function findDuplicates(t: ValueTable, limit: number): { pairs: DuplicatePair[]; total: number } {
  let size = 1;
  while (size < t.length * 2) size <<= 1;
  const mask = size - 1;
  // Slot holds row + 1; 0 is empty.
  const slots = new Int32Array(Math.max(size, 2));
  const pairs: DuplicatePair[] = [];
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    let slot = hashRow(t, i) & mask;
    for (;;) {
      const held = slots[slot];
      if (held === 0) {
        slots[slot] = i + 1;
        break;
      }
      if (sameKey(t, held - 1, i)) {
        total++;
        if (pairs.length < limit) pairs.push([held - 1, i]);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { pairs, total };
}
