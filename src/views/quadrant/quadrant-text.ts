/**
 * The quadrant's words (pure): each bubble's accessible name and tooltip, and the data table
 * (rank order: the text alternative and the CSV export).
 */
import type { Dataset } from '../../model/dataset';
import type { Locale } from '../../i18n/locale';
import { formatAsymmetry, formatNumber, formatYears } from '../../i18n/format';
import type { DataTableSpec } from '../../charts/DataTable';
import type { TooltipContent } from '../../charts/heatmap/tooltip';
import { compositeFacts } from '../overview/composite-facts';
import { compositeTooltip, coverageText } from '../overview/composite-text';
import type { QuadrantPoint, QuadrantSeries } from './quadrant-series';
import type { FocusTextContext } from '../focus/text-context';

/** Context of the texts. */
export type QuadrantTextContext = FocusTextContext;

/** Momentum per year, signed, three decimals ("−0.032"). */
export function formatMomentum(momentum: number, locale: Locale): string {
  return formatAsymmetry(momentum, locale, 3);
}

/** "Quantum: A +1.00, momentum +0.000 per year, Lead, holding or widening, Durable". */
export function pointLabel(point: QuadrantPoint, { t, locale }: Pick<QuadrantTextContext, 't' | 'locale'>): string {
  return t('quadrant.point.aria', {
    technology: point.name,
    a: formatAsymmetry(point.x, locale),
    m: formatMomentum(point.y, locale),
    region: t(`quadrant.region.${point.region}`),
    class: t(`class.${point.advantageClass}`),
  });
}

/** Tooltip of a bubble: quadrant, relevance, then A, T, class, coverage, momentum and provenance. */
export function quadrantTooltip(point: QuadrantPoint, series: QuadrantSeries, dataset: Dataset, context: QuadrantTextContext): TooltipContent {
  const { t, locale } = context;
  const base = compositeTooltip(`${point.name} · ${series.rivalName}`, point.assessment, compositeFacts(point.assessment), { ...context, dataset });
  return {
    title: base.title,
    lines: [
      t('quadrant.tip.region', { region: t(`quadrant.region.${point.region}`) }),
      t('quadrant.tip.relevance', { value: formatNumber(point.assessment.relevance, locale) }),
      ...base.lines,
    ],
  };
}

/** The data table, rows in rank order. */
export function quadrantTable(series: QuadrantSeries, { t, locale, maxYears }: QuadrantTextContext): DataTableSpec {
  return {
    caption: t('quadrant.table.caption', { side: series.sideName, rival: series.rivalName }),
    columns: [
      { key: 'technology', label: t('quadrant.table.technology') },
      { key: 'region', label: t('quadrant.table.region') },
      { key: 'class', label: t('quadrant.table.class') },
      { key: 'a', label: t('quadrant.table.a'), numeric: true },
      { key: 'momentum', label: t('quadrant.table.momentum'), numeric: true },
      { key: 't', label: t('quadrant.table.t'), numeric: true },
      { key: 'relevance', label: t('quadrant.table.relevance'), numeric: true },
      { key: 'coverage', label: t('quadrant.table.coverage'), numeric: true },
      { key: 'year', label: t('quadrant.table.year'), numeric: true },
    ],
    rows: series.points.map((point) => ({
      technology: point.name,
      region: t(`quadrant.region.${point.region}`),
      class: t(`class.${point.advantageClass}`),
      a: formatAsymmetry(point.x, locale),
      momentum: formatMomentum(point.y, locale),
      t: formatYears(point.assessment.yearsToParity, locale, maxYears),
      relevance: formatNumber(point.assessment.relevance, locale),
      coverage: coverageText(point.assessment, locale),
      year: point.assessment.year,
    })),
  };
}
