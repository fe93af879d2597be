/**
 * What the asymmetry matrix draws, in words (pure): the text, spoken label and tooltip of every
 * cell (a_i with stale / low-confidence / weight-0 marks; both sides' provenance), the column
 * headers, and the data table behind the chart. Numbers come from the engine via the series.
 */
import type { DataTableSpec } from '../../charts/DataTable';
import type { TooltipContent } from '../../charts/heatmap/tooltip';
import { provenanceLines } from '../../charts/provenance';
import { formatAsymmetry, formatNumber, formatRatio } from '../../i18n/format';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';
import type { Indicator } from '../../model/dataset';
import { compositeFacts } from '../overview/composite-facts';
import { compositeFlags, compositeTooltip, coverageText, type CompositeTextContext } from '../overview/composite-text';
import { SORT_COMPOSITE, type MatrixCell, type MatrixRow, type MatrixSeries } from './matrix-series';

/** Marks after a value (same symbols as the comparison table). */
export const STALE_MARK = '†';
export const LOW_CONFIDENCE_MARK = '△';

/** Context of the texts: the composite context plus the two actors' names. */
export interface MatrixTextContext extends CompositeTextContext {
  /** Side name in the UI language. */
  sideName: string;
  /** Rival name in the UI language. */
  rivalName: string;
}

/** A drawn column: the composite, or an indicator. */
export interface MatrixDrawColumn {
  /** Sort key: {@link SORT_COMPOSITE} or the indicator id. */
  key: string;
  /** Header text. */
  label: string;
}

/** A drawn cell. */
export interface MatrixDrawCell {
  /** Row key (technology id). */
  row: string;
  /** Column key. */
  column: string;
  /** Colour value in [−1, 1], or null (hatched). */
  value: number | null;
  /** Text in the cell. */
  text: string;
  /** Drawn lighter: shown but not counted in A (weight 0). */
  muted: boolean;
  /** Spoken label. */
  ariaLabel: string;
  /** Tooltip. */
  tooltip: TooltipContent;
}

/** The marks of a cell as symbols (" †△") and as words. */
export function cellMarks(cell: Pick<MatrixCell, 'stale' | 'lowConfidence'>, t: Translate): { symbols: string; words: string[] } {
  const symbols = `${cell.stale ? STALE_MARK : ''}${cell.lowConfidence ? LOW_CONFIDENCE_MARK : ''}`;
  const words = [...(cell.stale ? [t('matrix.flag.stale')] : []), ...(cell.lowConfidence ? [t('matrix.flag.lowConfidence')] : [])];
  return { symbols: symbols ? ` ${symbols}` : '', words };
}

/** The text of an indicator cell: "+0.19 △", "(+0.25)" for weight 0, or why it is empty. */
export function indicatorCellText(cell: MatrixCell, context: Pick<MatrixTextContext, 't' | 'locale'>): string {
  const { t, locale } = context;
  if (cell.status === 'not-measured') return '–';
  if (cell.asymmetry === null) return t(`matrix.status.${cell.status === 'missing-side' ? 'missing-side' : 'missing-rival'}`);
  const value = formatAsymmetry(cell.asymmetry, locale);
  const { symbols } = cellMarks(cell, t);
  return `${cell.status === 'zero-weight' ? `(${value})` : value}${symbols}`;
}

function indicatorTooltip(row: MatrixRow, cell: MatrixCell, indicator: Indicator | undefined, name: string, context: MatrixTextContext): TooltipContent {
  const { t, locale, dataset, sideName, rivalName } = context;
  const title = `${row.name} · ${name}`;
  const detail = cell.detail;
  if (!detail) return { title, lines: [t('matrix.tip.not-measured')] };
  const lines = [t('matrix.tip.a', { value: formatAsymmetry(detail.asymmetry, locale) })];
  if (detail.ratio !== null) lines.push(t('matrix.tip.ratio', { side: sideName, rival: rivalName, value: formatRatio(detail.ratio, locale) }));
  if (cell.status === 'zero-weight') lines.push(t('matrix.tip.zero-weight'));
  else lines.push(t('matrix.tip.weight', { value: formatNumber(detail.weight, locale) }));
  if (cell.status === 'missing-rival' || cell.status === 'missing-side') lines.push(t(`matrix.tip.${cell.status}`, { side: sideName, rival: rivalName }));
  lines.push(t('matrix.tip.year', { year: row.assessment.year }));
  const provenance = { dataset, indicator, locale, t };
  return {
    title,
    lines,
    sections: [
      { heading: sideName, lines: provenanceLines(detail.side, provenance) },
      { heading: rivalName, lines: provenanceLines(detail.rival, provenance) },
    ],
  };
}

/** List separator of spoken labels. */
function separator(locale: Locale): string {
  return locale === 'ja' ? '、' : ', ';
}

/** The drawn columns: composite A, then the indicators. */
export function matrixColumns(series: MatrixSeries, t: Translate): MatrixDrawColumn[] {
  return [{ key: SORT_COMPOSITE, label: t('matrix.column.composite') }, ...series.columns.map((column) => ({ key: column.indicator, label: column.name }))];
}

/** Every drawn cell of `rows` (row by row; composite first). */
export function matrixCells(series: MatrixSeries, rows: MatrixRow[], context: MatrixTextContext): MatrixDrawCell[] {
  const { t, locale, dataset, rivalName } = context;
  const list = (words: string[]) => (words.length > 0 ? `${separator(locale)}${words.join(separator(locale))}` : '');
  const indicators = new Map(dataset.indicators.map((item) => [item.id, item]));
  return rows.flatMap((row) => {
    const { assessment } = row;
    const facts = compositeFacts(assessment);
    const flags = compositeFlags(assessment, facts, t);
    const className = assessment.advantageClass ? t(`class.${assessment.advantageClass}`) : t('class.undefined');
    const composite: MatrixDrawCell = {
      row: row.technology,
      column: SORT_COMPOSITE,
      value: assessment.asymmetry,
      text: assessment.asymmetry === null ? t('overview.legend.noData') : `${formatAsymmetry(assessment.asymmetry, locale)}${assessment.lowCoverage ? ' ⚠' : ''}`,
      muted: false,
      ariaLabel: t('matrix.cell.compositeAria', {
        technology: row.name,
        a: formatAsymmetry(assessment.asymmetry, locale),
        class: className,
        flags: list(flags),
      }),
      tooltip: compositeTooltip(`${row.name} · ${rivalName}`, assessment, facts, context),
    };
    const cells = row.cells.map((cell, index): MatrixDrawCell => {
      const column = series.columns[index]!;
      const text = indicatorCellText(cell, context);
      const words = [...cellMarks(cell, t).words, ...(cell.status === 'zero-weight' ? [t('matrix.flag.zeroWeight')] : [])];
      return {
        row: row.technology,
        column: column.indicator,
        value: cell.asymmetry,
        text,
        muted: cell.status === 'zero-weight',
        ariaLabel: t('matrix.cell.aria', {
          technology: row.name,
          indicator: column.name,
          value: cell.asymmetry === null ? (cell.status === 'not-measured' ? t('matrix.status.not-measured') : text) : `a ${formatAsymmetry(cell.asymmetry, locale)}`,
          flags: list(words),
        }),
        tooltip: indicatorTooltip(row, cell, indicators.get(column.indicator), column.name, context),
      };
    });
    return [composite, ...cells];
  });
}

/** The data behind the chart (text alternative and CSV), rows in the order shown. */
export function matrixTable(series: MatrixSeries, rows: MatrixRow[], context: MatrixTextContext): DataTableSpec {
  const { t, locale, sideName, rivalName } = context;
  return {
    caption: t('matrix.table.caption', { side: sideName, rival: rivalName }),
    columns: [
      { key: '#technology', label: t('matrix.column.technology') },
      { key: '#composite', label: t('matrix.column.composite'), numeric: true },
      { key: '#class', label: t('matrix.table.class') },
      { key: '#coverage', label: t('matrix.table.coverage'), numeric: true },
      { key: '#year', label: t('matrix.table.year'), numeric: true },
      ...series.columns.map((column) => ({ key: column.indicator, label: column.name, numeric: true })),
    ],
    rows: rows.map((row) => {
      const { assessment } = row;
      const cells: Record<string, string | number> = {
        '#technology': row.name,
        '#composite': formatAsymmetry(assessment.asymmetry, locale),
        '#class': assessment.advantageClass ? t(`class.${assessment.advantageClass}`) : t('class.undefined'),
        '#coverage': coverageText(assessment, locale),
        '#year': assessment.year,
      };
      row.cells.forEach((cell) => {
        cells[cell.indicator] = indicatorCellText(cell, context);
      });
      return cells;
    }),
  };
}
