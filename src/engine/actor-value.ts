/**
 * Reported detail of an actor's value at y0 (METHODOLOGY §1): which members contributed,
 * which stood in with an older value (stale), which are missing, the lowest confidence, the
 * sources and the unit — what the compare table and tooltips show beside every number.
 */
import { CONFIDENCE_GRADES, type CountryCode, stringAt } from '../model/dataset';
import type { ActorValue, TrendFit } from '../model/results';
import type { CellTable, CellValues } from './cells';
import type { DatasetIndex } from './dataset-index';
import { MIN_TREND_POINTS } from './trend';

/** The ActorValue of cell c, whose members are `members` (codes, in actor order). */
export function actorValue(index: DatasetIndex, cells: CellTable, values: CellValues, c: number, members: readonly CountryCode[], year: number): ActorValue {
  const table = index.table;
  const info = index.indicators[cells.indicator[c]];
  const result: ActorValue = { value: null, texts: [], present: [], missing: [], stale: [], years: {}, confidence: null, sources: [], unit: info.indicator.unit };
  let worst = -1;
  members.forEach((code, m) => {
    const row = cells.memberRows[cells.memberStart[c] + m];
    if (row < 0) {
      result.missing.push(code);
      return;
    }
    result.present.push(code);
    const y = table.year[row];
    result.years[code] = y;
    if (y < year) result.stale.push(code);
    worst = Math.max(worst, Math.min(table.confidence[row], CONFIDENCE_GRADES.length - 1));
    const source = stringAt(table, table.source[row]);
    if (source !== undefined && !result.sources.includes(source)) result.sources.push(source);
    result.unit ??= stringAt(table, table.unit[row]);
    if (info.kind === 'text') result.texts.push({ country: code, text: stringAt(table, table.text[row]) ?? String(table.value[row]) });
  });
  if (worst >= 0) result.confidence = CONFIDENCE_GRADES[worst];
  const v = values.value[c];
  if (!Number.isNaN(v)) result.value = v;
  return result;
}

/** The TrendFit of cell c as evaluated. */
export function cellTrend(values: CellValues, c: number): TrendFit {
  const points = values.points[c];
  return { slope: values.slope[c], points, noTrendData: points < MIN_TREND_POINTS };
}
