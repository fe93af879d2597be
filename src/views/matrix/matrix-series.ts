/**
 * The asymmetry matrix's data (pure): for one rival, rows = technologies, columns = the scored
 * technology-level indicators (quantity/ordinal), each cell the engine's a_i with why it is
 * left out of A when it is; plus sorting by any column with missing values last.
 */
import type { Dataset, IndicatorKind } from '../../model/dataset';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';
import type { IndicatorAssessment, RivalAssessment, TechnologyAssessment } from '../../model/results';

/** Why a cell has, or has not, a part in the composite. */
export type MatrixCellStatus = 'scored' | 'zero-weight' | 'missing-side' | 'missing-rival' | 'not-measured';

/** A column: one scored indicator. */
export interface MatrixColumn {
  /** Indicator id. */
  indicator: string;
  /** Name in the UI language. */
  name: string;
  /** Pillar as declared, or null. */
  pillar: string | null;
  /** quantity or ordinal. */
  kind: IndicatorKind;
  /** Effective weight used by the engine (file or override × pillar multiplier). */
  weight: number;
}

/** A cell: the engine's detail of one indicator for one technology. */
export interface MatrixCell {
  /** Indicator id. */
  indicator: string;
  /** Status (see {@link MatrixCellStatus}). */
  status: MatrixCellStatus;
  /** a_i when defined (also for zero-weight indicators, which are shown but not in A). */
  asymmetry: number | null;
  /** The engine's detail; null when the technology has no data for the indicator. */
  detail: IndicatorAssessment | null;
  /** A value of the side or of the rival is older than y0 (stood in within the staleness window). */
  stale: boolean;
  /** The side's or the rival's value has confidence C (analyst judgement / weak proxy). */
  lowConfidence: boolean;
}

/** A row: one technology. */
export interface MatrixRow {
  /** Technology id. */
  technology: string;
  /** Name in the UI language. */
  name: string;
  /** The engine's assessment (composite A, coverage, year). */
  assessment: TechnologyAssessment;
  /** Cells, aligned with the columns. */
  cells: MatrixCell[];
}

/** The whole matrix for one rival. */
export interface MatrixSeries {
  /** Rival label. */
  rival: string;
  /** Columns in dataset order. */
  columns: MatrixColumn[];
  /** Rows in the engine's order (rank by D, undefined last). */
  rows: MatrixRow[];
}

/** Sort keys besides indicator ids (ids are normally snake_case, so '#' keeps them apart). */
export const SORT_TECHNOLOGY = '#technology';
export const SORT_COMPOSITE = '#composite';
export const SORT_COVERAGE = '#coverage';

/** A sort: column key and direction. */
export interface MatrixSort {
  /** {@link SORT_TECHNOLOGY}, {@link SORT_COMPOSITE}, {@link SORT_COVERAGE} or an indicator id. */
  key: string;
  /** Direction. */
  direction: 'ascending' | 'descending';
}

function cellStatus(detail: IndicatorAssessment | undefined): MatrixCellStatus {
  if (!detail) return 'not-measured';
  if (detail.excluded === 'missing-side' || detail.excluded === 'missing-rival' || detail.excluded === 'zero-weight') return detail.excluded;
  return detail.asymmetry === null ? 'missing-rival' : 'scored';
}

/** Build the matrix of one rival's block. */
export function buildMatrix(block: RivalAssessment, dataset: Pick<Dataset, 'indicators' | 'technologies'>, locale: Locale): MatrixSeries {
  const details = new Map<string, IndicatorAssessment>();
  for (const assessment of block.technologies) {
    for (const detail of assessment.indicators) {
      if (!details.has(detail.indicator)) details.set(detail.indicator, detail);
    }
  }
  const columns = dataset.indicators
    .filter((indicator) => indicator.kind !== 'text' && indicator.scope === 'technology' && details.has(indicator.id))
    .map((indicator) => ({
      indicator: indicator.id,
      name: localName(indicator, locale, indicator.id),
      pillar: indicator.pillar ?? null,
      kind: indicator.kind,
      weight: details.get(indicator.id)?.weight ?? indicator.weight,
    }));
  const rows = block.technologies.map((assessment) => {
    const byIndicator = new Map(assessment.indicators.map((detail) => [detail.indicator, detail]));
    return {
      technology: assessment.technology,
      name: localName(dataset.technologies.find((item) => item.id === assessment.technology), locale, assessment.technology),
      assessment,
      cells: columns.map((column): MatrixCell => {
        const detail = byIndicator.get(column.indicator);
        const status = cellStatus(detail);
        const defined = status === 'scored' || status === 'zero-weight';
        const values = detail ? [detail.side, detail.rival] : [];
        return {
          indicator: column.indicator,
          status,
          asymmetry: defined ? (detail?.asymmetry ?? null) : null,
          detail: detail ?? null,
          stale: values.some((value) => value.stale.length > 0),
          lowConfidence: values.some((value) => value.present.length > 0 && value.confidence === 'C'),
        };
      }),
    };
  });
  return { rival: block.rival.label, columns, rows };
}

/** The value a row is sorted by under `key` (null = missing, always sorted last). */
function sortValue(row: MatrixRow, key: string, columns: MatrixColumn[]): number | string | null {
  if (key === SORT_TECHNOLOGY) return row.name;
  if (key === SORT_COMPOSITE) return row.assessment.asymmetry;
  if (key === SORT_COVERAGE) return row.assessment.coverage;
  const index = columns.findIndex((column) => column.indicator === key);
  return index < 0 ? null : (row.cells[index]?.asymmetry ?? null);
}

/** Rows sorted by `sort` (stable; missing values last in both directions); engine order when null. */
export function sortMatrixRows(rows: MatrixRow[], columns: MatrixColumn[], sort: MatrixSort | null, locale: Locale): MatrixRow[] {
  if (!sort) return rows;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale === 'ja' ? 'ja-JP' : 'en-US');
  const keyed = rows.map((row, index) => ({ row, index, value: sortValue(row, sort.key, columns) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === null ? 1 : -1;
    }
    const order = typeof a.value === 'string' || typeof b.value === 'string' ? collator.compare(String(a.value), String(b.value)) : a.value - b.value;
    return order === 0 ? a.index - b.index : sign * order;
  });
  return keyed.map((item) => item.row);
}

/** The next sort after activating the header of `key`: ascending first, then toggling. */
export function nextSort(current: MatrixSort | null, key: string): MatrixSort {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}
