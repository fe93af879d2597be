/**
 * Words of the coalition builder (pure): the "which partner closes which gap" sentence per
 * rival, the heatmap cells with their tooltips, and the data table behind the grid.
 */
import type { DataTableSpec } from '../../charts/DataTable';
import type { HeatmapCell } from '../../charts/heatmap/Heatmap';
import { formatAsymmetry, formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';
import type { Dataset } from '../../model/dataset';
import type { PartnerContribution } from '../../model/results';
import { actorName } from '../overview/actor-name';
import type { CoalitionSeries, RivalGaps } from './coalition-series';

/** What the texts need. */
export interface CoalitionTextContext {
  dataset: Pick<Dataset, 'countries' | 'technologies'>;
  locale: Locale;
  t: Translate;
}

function technologyName(id: string, context: CoalitionTextContext): string {
  return localName(context.dataset.technologies.find((item) => item.id === id), context.locale, id);
}

function list(items: string[], locale: Locale): string {
  return items.join(locale === 'ja' ? '、' : ', ');
}

/** "vs China: Australia in Space (ΔA +0.12: A −0.45 → −0.33); no candidate narrows …". */
export function gapSentence(gaps: RivalGaps, parityBand: number, context: CoalitionTextContext): string {
  const { t, locale, dataset } = context;
  const rival = actorName(gaps.rival, dataset, locale);
  if (gaps.assessed === 0) return t('coalition.gaps.noData', { rival: gaps.rival });
  if (gaps.closures.length === 0 && gaps.unclosed.length === 0) return t('coalition.gaps.none', { rival, epsilon: formatNumber(parityBand, locale, 3) });
  const parts = gaps.closures.map(({ technology, partner, contribution }) =>
    t('coalition.gaps.closes', {
      partner: actorName(partner, dataset, locale),
      technology: technologyName(technology, context),
      delta: formatAsymmetry(contribution.delta, locale),
      without: formatAsymmetry(contribution.asymmetryWithout, locale),
      with: formatAsymmetry(contribution.asymmetryWith, locale),
    }),
  );
  if (gaps.unclosed.length > 0) parts.push(t('coalition.gaps.unclosed', { list: list(gaps.unclosed.map((item) => technologyName(item.technology, context)), locale) }));
  return t('coalition.gaps.sentence', { rival, closures: parts.join(locale === 'ja' ? '。' : '; ') });
}

/** Tooltip lines of one contribution. */
export function contributionLines(item: PartnerContribution, context: CoalitionTextContext): string[] {
  const { t, locale, dataset } = context;
  const lines = [
    t('coalition.tip.without', { value: formatAsymmetry(item.asymmetryWithout, locale) }),
    t('coalition.tip.with', { partner: actorName(item.partner, dataset, locale), value: formatAsymmetry(item.asymmetryWith, locale) }),
  ];
  lines.push(item.delta === null ? t('coalition.tip.undefined') : t('coalition.tip.delta', { value: formatAsymmetry(item.delta, locale) }));
  lines.push(t('coalition.tip.year', { year: item.year }));
  return lines;
}

/** Heatmap cells of the focus rival's grid (value = ΔA; the chart scales the colour). */
export function gridCells(series: CoalitionSeries, sideName: string, context: CoalitionTextContext): HeatmapCell[] {
  const { t, locale, dataset } = context;
  return series.cells.map((item) => {
    const technology = technologyName(item.technology, context);
    const partner = actorName(item.partner, dataset, locale);
    return {
      row: item.technology,
      column: item.partner,
      value: item.delta,
      text: item.delta === null ? t('coalition.legend.noData') : formatAsymmetry(item.delta, locale),
      ariaLabel: t('coalition.cell.aria', {
        technology,
        partner,
        delta: formatAsymmetry(item.delta, locale),
        without: formatAsymmetry(item.asymmetryWithout, locale),
        with: formatAsymmetry(item.asymmetryWith, locale),
      }),
      tooltip: { title: `${sideName} + ${partner} · ${technology} · ${actorName(item.rival, dataset, locale)}`, lines: contributionLines(item, context) },
    };
  });
}

/** The data behind the grid: every rival × technology × partner of the analysis. */
export function coalitionTable(contributions: readonly PartnerContribution[], caption: string, context: CoalitionTextContext): DataTableSpec {
  const { t, locale, dataset } = context;
  return {
    caption,
    columns: [
      { key: 'rival', label: t('coalition.table.rival') },
      { key: 'technology', label: t('coalition.table.technology') },
      { key: 'partner', label: t('coalition.table.partner') },
      { key: 'year', label: t('coalition.table.year'), numeric: true },
      { key: 'without', label: t('coalition.table.without'), numeric: true },
      { key: 'with', label: t('coalition.table.with'), numeric: true },
      { key: 'delta', label: t('coalition.table.delta'), numeric: true },
    ],
    rows: contributions.map((item) => ({
      rival: actorName(item.rival, dataset, locale),
      technology: technologyName(item.technology, context),
      partner: actorName(item.partner, dataset, locale),
      year: item.year,
      without: formatAsymmetry(item.asymmetryWithout, locale),
      with: formatAsymmetry(item.asymmetryWith, locale),
      delta: formatAsymmetry(item.delta, locale),
    })),
  };
}
