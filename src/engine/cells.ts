/**
 * Cells: one actor × technology × indicator × y0, compiled once per analysis into row numbers so
 * that evaluating them (at y0 and over the trend window) only reads numbers. `analyse`
 * evaluates them on the dataset's values; each Monte Carlo draw on a perturbed copy.
 *
 * Value at y0 (§1): for each member, its row at y0, else its latest row within `staleness`
 * years before y0 (stale); members without either are missing. The present members' values
 * are combined with the indicator's rule.
 *
 * Trend series (§4, "fitted on the combined series"): a window year enters the coalition's
 * series only when every member present at y0 has a value of its own in that year; the
 * point is those members' values combined. Members missing at y0 are left out of every year,
 * as they are left out of V(y0). Why: V̂(k) = V(y0)·exp(g·k) projects the y0 composition, so
 * g must be the growth of that same composition. Combining whoever happens to report in a
 * year would read a member's missing year as a collapse of a `sum` (JPN+USA's budget "falls"
 * by Japan's share) or a jump of a `mean`. Stale stand-ins are not used inside the window:
 * carrying a value forward would fake flat years.
 */
import type { CombineFn } from './combine';
import type { DatasetIndex } from './dataset-index';
import { fitSeries } from './trend';

/** Compiled cells (struct of arrays). */
export interface CellTable {
  /** Number of cells. */
  count: number;
  /** Indicator position of each cell. */
  indicator: Int32Array;
  /** Combination rule of each cell. */
  combine: CombineFn[];
  /** True when the cell's trend is fitted on ln V (quantity). */
  logTrend: Uint8Array;
  /** True for quantity/ordinal cells (text cells have no value or trend). */
  numeric: Uint8Array;
  /** Per cell, members in actor order: start of its slice of memberRows. */
  memberStart: Int32Array;
  /** Row used for each member at y0, or −1 (missing). */
  memberRows: Int32Array;
  /** Per cell: slice of presentRows (rows of the members present at y0). */
  presentStart: Int32Array;
  /** End of the slice (exclusive). */
  presentEnd: Int32Array;
  /** Rows of present members, per cell. */
  presentRows: Int32Array;
  /** Per cell: first trend year in trendYears. */
  trendStart: Int32Array;
  /** Number of trend years of the cell. */
  trendCount: Int32Array;
  /** Trend years (complete years of the window). */
  trendYears: Float64Array;
  /** Per trend year: start of its rows (one per present member) in trendRows. */
  trendRowStart: Int32Array;
  /** Rows of each trend year. */
  trendRows: Int32Array;
}

/** Evaluated cells. */
export interface CellValues {
  /** Combined value at y0 (NaN when no member has one, or for text). */
  value: Float64Array;
  /** Trend slope (0 when no trend data). */
  slope: Float64Array;
  /** Trend points used. */
  points: Int32Array;
}

/** Builds a CellTable cell by cell. */
export class CellBuilder {
  private readonly indicator: number[] = [];
  private readonly memberStart: number[] = [];
  private readonly memberRows: number[] = [];
  private readonly presentStart: number[] = [];
  private readonly presentEnd: number[] = [];
  private readonly presentRows: number[] = [];
  private readonly trendStart: number[] = [];
  private readonly trendCount: number[] = [];
  private readonly trendYears: number[] = [];
  private readonly trendRowStart: number[] = [];
  private readonly trendRows: number[] = [];

  constructor(
    private readonly index: DatasetIndex,
    private readonly staleness: number,
    private readonly window: number,
  ) {}

  /**
   * Add the cell of `members` (country positions) for technology t, indicator i, assessed at
   * y0 = `year` (value at y0 or stale stand-in, trend window ending at y0); returns its id.
   */
  add(members: readonly number[], t: number, i: number, year: number): number {
    const { index } = this;
    const id = this.indicator.push(i) - 1;
    this.memberStart.push(this.memberRows.length);
    this.presentStart.push(this.presentRows.length);
    const present: number[] = [];
    for (const c of members) {
      const s = index.seriesOf(t, i, c);
      let row = -1;
      if (s >= 0) {
        let k = index.seriesEnd[s] - 1;
        while (k >= index.seriesStart[s] && index.years[k] > year) k--;
        if (k >= index.seriesStart[s] && index.years[k] >= year - this.staleness) row = index.rows[k];
      }
      this.memberRows.push(row);
      if (row >= 0) {
        this.presentRows.push(row);
        present.push(s);
      }
    }
    this.presentEnd.push(this.presentRows.length);
    this.trendStart.push(this.trendYears.length);
    if (index.indicators[i].scored && present.length > 0) {
      for (let y = year - this.window + 1; y <= year; y++) {
        const rows = present.map((s) => rowAt(index, s, y));
        if (rows.some((r) => r < 0)) continue;
        this.trendYears.push(y);
        this.trendRowStart.push(this.trendRows.length);
        this.trendRows.push(...rows);
      }
    }
    this.trendCount.push(this.trendYears.length - this.trendStart[id]);
    return id;
  }

  /** The compiled table. */
  build(): CellTable {
    const infos = this.index.indicators;
    const i32 = (a: number[]) => Int32Array.from(a);
    return {
      count: this.indicator.length,
      indicator: i32(this.indicator),
      combine: this.indicator.map((i) => infos[i].combine),
      logTrend: Uint8Array.from(this.indicator, (i) => (infos[i].kind === 'quantity' ? 1 : 0)),
      numeric: Uint8Array.from(this.indicator, (i) => (infos[i].scored ? 1 : 0)),
      memberStart: i32(this.memberStart),
      memberRows: i32(this.memberRows),
      presentStart: i32(this.presentStart),
      presentEnd: i32(this.presentEnd),
      presentRows: i32(this.presentRows),
      trendStart: i32(this.trendStart),
      trendCount: i32(this.trendCount),
      trendYears: Float64Array.from(this.trendYears),
      trendRowStart: i32(this.trendRowStart),
      trendRows: i32(this.trendRows),
    };
  }
}

/** Row of series s in year y, or −1. */
function rowAt(index: DatasetIndex, s: number, y: number): number {
  for (let k = index.seriesStart[s]; k < index.seriesEnd[s]; k++) if (index.years[k] === y) return index.rows[k];
  return -1;
}

/** Allocate the output of {@link evaluateCells}. */
export function cellValues(count: number): CellValues {
  return { value: new Float64Array(count), slope: new Float64Array(count), points: new Int32Array(count) };
}

/** Evaluate every cell on `values` (the dataset's value column or a perturbed copy). */
export function evaluateCells(cells: CellTable, values: ArrayLike<number>, out: CellValues): void {
  let maxYears = 0;
  for (let c = 0; c < cells.count; c++) maxYears = Math.max(maxYears, cells.trendCount[c]);
  const series = new Float64Array(maxYears);
  const years = new Float64Array(maxYears);
  const sx = new Float64Array(maxYears);
  const sy = new Float64Array(maxYears);
  for (let c = 0; c < cells.count; c++) {
    if (!cells.numeric[c]) {
      out.value[c] = NaN;
      out.slope[c] = 0;
      out.points[c] = 0;
      continue;
    }
    const combine = cells.combine[c];
    const start = cells.presentStart[c];
    const width = cells.presentEnd[c] - start;
    out.value[c] = combine(values, cells.presentRows, start, start + width);
    const n = cells.trendCount[c];
    for (let j = 0; j < n; j++) {
      const y = cells.trendStart[c] + j;
      const rowStart = cells.trendRowStart[y];
      years[j] = cells.trendYears[y];
      series[j] = combine(values, cells.trendRows, rowStart, rowStart + width);
    }
    const fit = fitSeries(years, series, n, cells.logTrend[c] === 1, sx, sy);
    out.slope[c] = fit.slope;
    out.points[c] = fit.points;
  }
}
