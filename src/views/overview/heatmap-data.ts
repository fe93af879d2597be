/**
 * The overview heatmap's cells and its data table (the chart's text alternative and CSV source),
 * formatted for reading. Pure: series + translator in, display rows out.
 */
import type { HeatmapCell } from '../../charts/heatmap/Heatmap';
import type { DataTableSpec } from '../../charts/DataTable';
import { formatAsymmetry, formatYears } from '../../i18n/format';
import type { OverviewSeries } from './overview-series';
import { compositeFlags, compositeTooltip, coverageText, type CompositeTextContext } from './composite-text';

/** Heatmap cells: A with 2 decimals, or "no data". */
export function heatmapCells(series: OverviewSeries, context: CompositeTextContext): HeatmapCell[] {
  const { t, locale, maxYears } = context;
  const technologyName = new Map(series.technologies.map((row) => [row.key, row.label]));
  const rivalName = new Map(series.columns.map((column) => [column.key, column.label]));
  return series.cells.map(({ technology, rival, assessment, facts }) => {
    const name = technologyName.get(technology) ?? technology;
    const rivalLabel = rivalName.get(rival) ?? rival;
    const a = assessment.asymmetry;
    const className = assessment.advantageClass ? t(`class.${assessment.advantageClass}`) : t('class.undefined');
    return {
      row: technology,
      column: rival,
      value: a,
      text: a === null ? t('overview.legend.noData') : formatAsymmetry(a, locale),
      ariaLabel: t('overview.heatmap.cell', {
        technology: name,
        rival: rivalLabel,
        a: formatAsymmetry(a, locale),
        class: className,
        t: formatYears(assessment.yearsToParity, locale, maxYears),
      }),
      // Composed when shown: 1,152 tooltips at 20 countries × 64 technologies cost ~14 ms per change.
      tooltip: () => compositeTooltip(`${name} · ${rivalLabel}`, assessment, facts, context),
    };
  });
}

/** The data behind the heatmap, one row per technology × rival. */
export function heatmapTable(series: OverviewSeries, context: CompositeTextContext): DataTableSpec {
  const { t, locale, maxYears } = context;
  const technologyName = new Map(series.technologies.map((row) => [row.key, row.label]));
  const rivalName = new Map(series.columns.map((column) => [column.key, column.label]));
  const order = new Map(series.technologies.map((row, index) => [row.key, index]));
  const cells = [...series.cells].sort((a, b) => (order.get(a.technology) ?? 0) - (order.get(b.technology) ?? 0));
  return {
    caption: t('overview.heatmap.title'),
    columns: [
      { key: 'technology', label: t('overview.table.technology') },
      { key: 'rival', label: t('overview.table.rival') },
      { key: 'a', label: t('overview.table.a'), numeric: true },
      { key: 't', label: t('overview.table.t'), numeric: true },
      { key: 'class', label: t('overview.table.class') },
      { key: 'coverage', label: t('overview.table.coverage'), numeric: true },
      { key: 'year', label: t('overview.table.year'), numeric: true },
      { key: 'indicators', label: t('overview.table.indicators'), numeric: true },
      { key: 'flags', label: t('overview.table.flags') },
    ],
    rows: cells.map(({ technology, rival, assessment, facts }) => ({
      technology: technologyName.get(technology) ?? technology,
      rival: rivalName.get(rival) ?? rival,
      a: formatAsymmetry(assessment.asymmetry, locale),
      t: formatYears(assessment.yearsToParity, locale, maxYears),
      class: assessment.advantageClass ? t(`class.${assessment.advantageClass}`) : t('class.undefined'),
      coverage: coverageText(assessment, locale),
      year: assessment.year,
      indicators: facts.used,
      flags: compositeFlags(assessment, facts, t).join(', '),
    })),
  };
}
