/**
 * Second pass of composing, once every indicator's kind is known: check each value against
 * its indicator (numbers where numbers are due, no negative quantities, ordinals within their
 * levels, a technology where the indicator is per technology, the declared unit) and settle the
 * `text` column: verbatim text for text indicators, -1 for numeric ones.
 */
import type { Indicator } from '../model/dataset';
import type { Gathered, PlacedFile } from './gather-values';
import type { StringPool } from './intern';
import type { IssueLog } from './issue-log';

/** Rules of one indicator, flattened for the row loop. */
interface Rule {
  numeric: boolean;
  quantity: boolean;
  min: number;
  max: number;
  perTechnology: boolean;
  countryScope: boolean;
  unit: number;
  indicator: Indicator;
}

function rulesOf(byDense: readonly Indicator[], pool: StringPool): Rule[] {
  return byDense.map((indicator) => {
    const levels = indicator.levels ?? [];
    return {
      numeric: indicator.kind !== 'text',
      quantity: indicator.kind === 'quantity',
      min: indicator.kind === 'ordinal' && levels.length ? levels[0].value : -Infinity,
      max: indicator.kind === 'ordinal' && levels.length ? levels[levels.length - 1].value : Infinity,
      perTechnology: indicator.scope === 'technology',
      countryScope: indicator.scope === 'country',
      unit: indicator.unit ? pool.intern(indicator.unit) : -1,
      indicator,
    };
  });
}

/** Text of a cell from its raw code (pool index, or -1 − k for toFixed(k)). */
function rawText(code: number, value: number, pool: StringPool): string {
  return code >= 0 ? pool.strings[code] : value === value ? value.toFixed(-1 - code) : '';
}

/** Check every row and settle the text column. Returns the technologies still used (pool indices). */
export function validateValues(g: Gathered, byDense: readonly Indicator[], pool: StringPool, log: IssueLog): Set<number> {
  const rules = rulesOf(byDense, pool);
  const usedTechnologies = new Set<number>();
  for (const placed of g.placed) validateFile(placed, g, rules, pool, log, usedTechnologies);
  return usedTechnologies;
}

function validateFile(placed: PlacedFile, g: Gathered, rules: Rule[], pool: StringPool, log: IssueLog, used: Set<number>): void {
  const { parsed, offset } = placed;
  const t = g.table;
  const file = parsed.info.name;
  const f = parsed.fragment;
  const wide = parsed.info.role === 'values-wide';
  // The column a value came from: `value` in long files, the country's column in wide ones.
  const valueColumn = (r: number) => (wide ? f.strings[f.country[r]] : parsed.columns.value);
  // Unit mismatches: one warning per indicator and unit found, counting the rows.
  const mismatches = new Map<number, { row: number; count: number; rule: Rule; unit: number }>();
  for (let r = 0; r < f.length; r++) {
    const o = offset + r;
    const dense = g.indicatorOf[o];
    if (dense < 0) continue;
    const rule = rules[dense];
    const value = t.value[o];
    const code = t.text[o];
    if (rule.countryScope && wide && parsed.technologyFromFileName) t.technology[o] = -1;
    if (t.technology[o] >= 0) used.add(t.technology[o]);
    if (!rule.numeric) {
      // Text indicators keep the cell verbatim, even when it looks like a number.
      t.text[o] = code >= 0 || value !== value ? code : pool.intern(rawText(code, value, pool));
      continue;
    }
    t.text[o] = -1;
    const where = () => ({ file, row: t.row[o], column: valueColumn(r), found: rawText(code, value, pool) });
    if (value !== value) {
      if (code >= 0) log.error('not_a_number', where());
    } else if (rule.quantity && value < 0) {
      log.error('negative_value', { ...where(), detail: { indicator: rule.indicator.id } });
    } else if (value < rule.min || value > rule.max) {
      log.error('level_out_of_range', { ...where(), detail: { indicator: rule.indicator.id, min: rule.min, max: rule.max } });
    }
    if (rule.perTechnology && f.technology[r] < 0) {
      log.error('missing_technology', { file, row: t.row[o], column: parsed.columns.technology, found: rule.indicator.id });
    }
    const unit = t.unit[o];
    if (unit >= 0 && rule.unit >= 0 && unit !== rule.unit) {
      const key = unit * 1048576 + dense;
      const seen = mismatches.get(key);
      if (seen) seen.count++;
      else mismatches.set(key, { row: t.row[o], count: 1, rule, unit });
    }
  }
  for (const { row, count, rule, unit } of mismatches.values()) {
    log.warning('unit_mismatch', {
      file,
      row,
      column: parsed.columns.unit,
      found: pool.strings[unit],
      detail: { expected: rule.indicator.unit ?? '', indicator: rule.indicator.id, count },
    });
  }
}
