/**
 * Builder of indicators.csv records: id, name_en, name_ja, kind, direction, combine, unit,
 * weight, pillar, levels, scope, and the optional description / description_ja.
 */
import type { CombineRule, Direction, IndicatorKind, IndicatorScope } from '../model/dataset';
import { parseLevels } from './levels';
import { enumCell, keyCell, optionalCell, weightCell } from './metadata-cells';
import type { MetadataRow } from './read-metadata';
import type { ReadContext } from './reader';
import type { IndicatorRecord } from './types';

const KINDS: readonly IndicatorKind[] = ['quantity', 'ordinal', 'text'];
const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];
const COMBINES: readonly CombineRule[] = ['sum', 'max', 'mean'];
const SCOPES: readonly IndicatorScope[] = ['technology', 'country'];

/** Validate indicators.csv rows into records. */
export function buildIndicators(rows: readonly MetadataRow[], context: ReadContext): IndicatorRecord[] {
  const seen = new Map<string, number>();
  const records: IndicatorRecord[] = [];
  for (const row of rows) {
    const id = keyCell(row, 'id', seen, context);
    const kind = enumCell(row, 'kind', KINDS, undefined, context);
    const record: IndicatorRecord = {
      row: row.row,
      id: id ?? '',
      nameEn: row.cell('name_en'),
      nameJa: row.cell('name_ja'),
      direction: enumCell(row, 'direction', DIRECTIONS, 'higher', context) ?? 'higher',
      combine: enumCell(row, 'combine', COMBINES, 'sum', context) ?? 'sum',
      scope: enumCell(row, 'scope', SCOPES, 'technology', context) ?? 'technology',
    };
    if (kind) record.kind = kind;
    const weight = weightCell(row, 'weight', context);
    if (weight !== undefined) record.weight = weight;
    const levelsText = row.cell('levels');
    if (levelsText) {
      const levels = parseLevels(levelsText);
      if (levels.ok) {
        if (kind === 'ordinal') record.levels = levels.levels;
      } else {
        context.log.error('invalid_levels', { file: context.file, row: row.row, column: row.header('levels'), found: levels.found });
      }
    } else if (kind === 'ordinal') {
      context.log.error('missing_levels', { file: context.file, row: row.row, column: row.header('levels'), found: id ?? '' });
    }
    for (const [field, column] of [['unit', 'unit'], ['pillar', 'pillar'], ['description', 'description'], ['descriptionJa', 'description_ja']] as const) {
      const value = optionalCell(row, column);
      if (value) record[field] = value;
    }
    if (id !== undefined) records.push(record);
  }
  return records;
}
