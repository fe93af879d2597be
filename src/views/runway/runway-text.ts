/**
 * The runway's words (pure): each bar's label and accessible name, its tooltip, the group
 * headings and the data table (drawing order: the text alternative and the CSV export).
 */
import type { Dataset } from '../../model/dataset';
import type { Translate } from '../../i18n';
import { formatAsymmetry, formatYears } from '../../i18n/format';
import type { DataTableSpec } from '../../charts/DataTable';
import type { TooltipContent } from '../../charts/heatmap/tooltip';
import { compositeFacts } from '../overview/composite-facts';
import { compositeTooltip, coverageText, parityMeaning } from '../overview/composite-text';
import type { RunwayBar, RunwayGroup, RunwaySeries } from './runway-series';
import type { FocusTextContext } from '../focus/text-context';

/** Context of the texts. */
export type RunwayTextContext = FocusTextContext;

/** The text at a bar's end: "9.2 y", "> 30 y". */
export function barYears(bar: RunwayBar, { locale, maxYears }: Pick<RunwayTextContext, 'locale' | 'maxYears'>): string {
  return formatYears(bar.yearsToParity, locale, maxYears);
}

/** "Quantum: years the lead lasts > 30 y — Durable". */
export function runwayBarLabel(bar: RunwayBar, context: RunwayTextContext): string {
  const { t } = context;
  return t('runway.bar.aria', {
    technology: bar.name,
    meaning: parityMeaning(bar.assessment.asymmetry, t),
    years: barYears(bar, context),
    class: t(`class.${bar.advantageClass}`),
  });
}

/** A group heading. */
export function groupHeading(group: RunwayGroup, series: RunwaySeries, t: Translate): string {
  return t(`runway.group.${group}`, { rival: series.rivalName, side: series.sideName });
}

/** Tooltip of a bar (A, T, class, coverage, year, indicators, momentum, provenance). */
export function runwayTooltip(bar: RunwayBar, series: RunwaySeries, dataset: Dataset, context: RunwayTextContext): TooltipContent {
  return compositeTooltip(`${bar.name} · ${series.rivalName}`, bar.assessment, compositeFacts(bar.assessment), { ...context, dataset });
}

/** The data table, in drawing order. */
export function runwayTable(series: RunwaySeries, context: RunwayTextContext): DataTableSpec {
  const { t, locale } = context;
  return {
    caption: t('runway.table.caption', { side: series.sideName, rival: series.rivalName }),
    columns: [
      { key: 'technology', label: t('runway.table.technology') },
      { key: 'group', label: t('runway.table.group') },
      { key: 't', label: t('runway.table.t'), numeric: true },
      { key: 'class', label: t('runway.table.class') },
      { key: 'a', label: t('runway.table.a'), numeric: true },
      { key: 'coverage', label: t('runway.table.coverage'), numeric: true },
      { key: 'year', label: t('runway.table.year'), numeric: true },
    ],
    rows: series.groups.flatMap(({ bars }) =>
      bars.map((bar) => ({
        technology: bar.name,
        group: t(`runway.position.${bar.group}`),
        t: barYears(bar, context),
        class: t(`class.${bar.advantageClass}`),
        a: formatAsymmetry(bar.assessment.asymmetry, locale),
        coverage: coverageText(bar.assessment, locale),
        year: bar.assessment.year,
      })),
    ),
  };
}
