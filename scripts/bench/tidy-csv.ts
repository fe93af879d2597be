/**
 * The bench's generated input: a tidy (long) values CSV — country, technology, indicator, year,
 * value — and the naive parsing floor the ingest throughput is compared with.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../../src/engine/prng';
import { median } from './engine';

/** 20 countries the app knows without countries.csv (JPN and USA are the default side). */
export const COUNTRIES = ['JPN', 'USA', 'CHN', 'RUS', 'PRK', 'KOR', 'AUS', 'GBR', 'IND', 'TWN', 'DEU', 'FRA', 'ITA', 'CAN', 'NLD', 'ISR', 'IRN', 'UKR', 'SGP', 'PHL'];

/** Shape of the generated file. */
export interface TidyCsvOptions {
  technologies: number;
  indicators: number;
  years: number;
  /** Repeat technology blocks under new ids until the file has at least this many bytes. */
  targetBytes?: number;
  seed?: number;
}

/** Write the CSV to `file`; returns its size in bytes. Every (country, technology, indicator, year) once. */
export function writeTidyCsv(file: string, options: TidyCsvOptions): number {
  const random = mulberry32(options.seed ?? 11);
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (text: string) => {
    bytes += Buffer.byteLength(text);
    writeSync(fd, text);
  };
  try {
    write('country,technology,indicator,year,value\n');
    for (let block = 0; block === 0 || (options.targetBytes !== undefined && bytes < options.targetBytes); block++) {
      for (let t = 0; t < options.technologies; t++) {
        const technology = `tech_${block}_${String(t).padStart(3, '0')}`;
        let chunk = '';
        for (const country of COUNTRIES) {
          for (let i = 0; i < options.indicators; i++) {
            const indicator = `indicator_${String(i).padStart(2, '0')}`;
            let level = 100 + random() * 10_000;
            for (let y = 0; y < options.years; y++) {
              level *= 1 + (random() - 0.45) * 0.1;
              chunk += `${country},${technology},${indicator},${2025 - options.years + y},${level.toFixed(6)}\n`;
            }
          }
        }
        write(chunk);
        if (options.targetBytes !== undefined && bytes >= options.targetBytes) break;
      }
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/**
 * The floor: decode UTF-8 and split on newlines and commas, 1 MiB at a time, reading the value
 * column as a number — what any CSV reader must at least do, with no quoting, validation or
 * columnar storage. Median of 3 runs.
 */
export function naiveSplitFloor(bytes: Uint8Array): { mbPerSecond: number; rows: number } {
  const samples: number[] = [];
  let rows = 0;
  const step = 1024 * 1024;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const decoder = new TextDecoder();
    let carry = '';
    let sum = 0;
    let header = true;
    rows = 0;
    for (let at = 0; at < bytes.length; at += step) {
      const end = Math.min(bytes.length, at + step);
      const lines = (carry + decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length })).split('\n');
      carry = end < bytes.length ? lines.pop()! : '';
      for (const line of lines) {
        if (header) {
          header = false;
          continue;
        }
        if (line === '') continue;
        sum += Number(line.split(',')[4]);
        rows++;
      }
    }
    if (Number.isNaN(sum)) throw new Error('the generated file has a bad value');
    samples.push(performance.now() - start);
  }
  return { mbPerSecond: bytes.length / 1e6 / (median(samples) / 1000), rows };
}
