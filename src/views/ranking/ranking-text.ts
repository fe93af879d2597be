/**
 * The ranking's words (pure): the "which advantages last" headline, each bar's accessible name
 * and Monte Carlo cell, its tooltip and the data table (rank order: the text alternative and
 * the CSV export).
 */
import type { Dataset } from '../../model/dataset';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';
import { formatAsymmetry, formatNumber, formatPercent, formatYears } from '../../i18n/format';
import type { DataTableSpec } from '../../charts/DataTable';
import type { TooltipContent } from '../../charts/heatmap/tooltip';
import { compositeFacts } from '../overview/composite-facts';
import { compositeTooltip, coverageText } from '../overview/composite-text';
import type { RankingRow, RankingSeries, RankingUncertainty } from './ranking-series';
import type { FocusTextContext } from '../focus/text-context';

/** P(durable) at or above this counts as "robust" in the headline. */
export const ROBUST_SHARE = 0.9;

/** Context of the texts. */
export type RankingTextContext = FocusTextContext;

function list(names: string[], locale: Locale): string {
  return names.join(locale === 'ja' ? '、' : ', ');
}

function yearsText(series: RankingSeries, t: Translate): string {
  if (!series.years) return '';
  const { min, max } = series.years;
  return t('ranking.headline.years', { years: min === max ? String(max) : `${min}–${max}` });
}

/** "3 durable advantages vs China (as of 2024): A, B, C." — durable technologies in rank order. */
export function rankingHeadline(series: RankingSeries, { t, locale }: Pick<RankingTextContext, 't' | 'locale'>): string {
  const durable = series.rows.filter((row) => row.advantageClass === 'durable');
  const params = { rival: series.rivalName, years: yearsText(series, t), count: durable.length, list: list(durable.map((row) => row.name), locale) };
  if (durable.length === 0) return t('ranking.headline.none', params);
  return t(durable.length === 1 ? 'ranking.headline.one' : 'ranking.headline.many', params);
}

/** The Monte Carlo sentence: technologies durable in ≥ 90 % of the draws; null before the run. */
export function robustnessHeadline(series: RankingSeries, draws: number, { t, locale }: Pick<RankingTextContext, 't' | 'locale'>): string | null {
  if (series.rows.length === 0 || series.rows.some((row) => row.uncertainty === null)) return null;
  const robust = series.rows.filter((row) => row.uncertainty!.pDurable >= ROBUST_SHARE);
  const count = formatNumber(draws, locale, 0);
  if (robust.length === 0) return t('ranking.headline.notRobust', { draws: count });
  return t('ranking.headline.robust', { draws: count, list: list(robust.map((row) => row.name), locale) });
}

/**
 * D for a label: "0.49", "−0.25"; more decimals below 0.01 ("0.004", "0.0004") so a small lead
 * does not read as zero; "≈ 0" below 0.0001; "0" only when D is exactly 0.
 */
export function formatScore(score: number, locale: Locale): string {
  if (score === 0) return '0';
  const magnitude = Math.abs(score);
  if (magnitude < 0.0001) return '≈ 0';
  const digits = magnitude >= 0.01 ? 2 : magnitude >= 0.001 ? 3 : 4;
  return formatAsymmetry(score, locale, digits).replace(/^\+/, '');
}

/** A bar's accessible name: "1. Semiconductors — Durable, D 0.42". */
export function barLabel(row: RankingRow, { t, locale }: Pick<RankingTextContext, 't' | 'locale'>): string {
  return t('ranking.bar.aria', { rank: row.rank, technology: row.name, class: t(`class.${row.advantageClass}`), score: formatScore(row.score, locale) });
}

/** "#1–2" / "1〜2位", or "#1" when the interval is one rank. */
export function intervalText(uncertainty: RankingUncertainty, t: Translate): string {
  const low = formatNumber(uncertainty.p05, 'en', 1);
  const high = formatNumber(uncertainty.p95, 'en', 1);
  return low === high ? t('ranking.mc.single', { rank: low }) : t('ranking.mc.interval', { low, high });
}

/** The Monte Carlo column beside a bar: "#1–2 · 87 %"; "computing…" while running; "" when off. */
export function uncertaintyCell(row: RankingRow, pending: boolean, { t, locale }: Pick<RankingTextContext, 't' | 'locale'>): string {
  if (!row.uncertainty) return pending ? t('ranking.mc.pending') : '';
  return t('ranking.mc.cell', { interval: intervalText(row.uncertainty, t), p: formatPercent(row.uncertainty.pDurable, locale) });
}

/** Tooltip of a bar: D, rank, rank interval, P(durable), then A, T, class, coverage and provenance. */
export function rankingTooltip(row: RankingRow, series: RankingSeries, dataset: Dataset, context: RankingTextContext): TooltipContent {
  const { t, locale } = context;
  const base = compositeTooltip(`${row.name} · ${series.rivalName}`, row.assessment, compositeFacts(row.assessment), { ...context, dataset });
  const lines = [t('ranking.tip.d', { value: formatNumber(row.score, locale, 3) }), t('ranking.tip.rank', { rank: row.rank, count: series.rows.length })];
  if (row.uncertainty) {
    lines.push(
      t('ranking.tip.interval', {
        low: formatNumber(row.uncertainty.p05, locale, 1),
        high: formatNumber(row.uncertainty.p95, locale, 1),
        median: formatNumber(row.uncertainty.median, locale, 1),
      }),
      t('ranking.tip.pDurable', { value: formatPercent(row.uncertainty.pDurable, locale) }),
    );
  } else {
    lines.push(t('ranking.tip.intervalPending'));
  }
  return { title: base.title, lines: [...lines, ...base.lines] };
}

/** The data table, rows in rank order. */
export function rankingTable(series: RankingSeries, { t, locale, maxYears }: RankingTextContext): DataTableSpec {
  return {
    caption: t('ranking.table.caption', { side: series.sideName, rival: series.rivalName }),
    columns: [
      { key: 'rank', label: t('ranking.table.rank'), numeric: true },
      { key: 'technology', label: t('ranking.table.technology') },
      { key: 'class', label: t('ranking.table.class') },
      { key: 'd', label: t('ranking.table.d'), numeric: true },
      { key: 'a', label: t('ranking.table.a'), numeric: true },
      { key: 't', label: t('ranking.table.t'), numeric: true },
      { key: 'coverage', label: t('ranking.table.coverage'), numeric: true },
      { key: 'year', label: t('ranking.table.year'), numeric: true },
      { key: 'interval', label: t('ranking.table.interval') },
      { key: 'median', label: t('ranking.table.median'), numeric: true },
      { key: 'pDurable', label: t('ranking.table.pDurable'), numeric: true },
    ],
    rows: series.rows.map((row) => ({
      rank: row.rank,
      technology: row.name,
      class: t(`class.${row.advantageClass}`),
      d: formatScore(row.score, locale),
      a: formatAsymmetry(row.asymmetry, locale),
      t: formatYears(row.yearsToParity, locale, maxYears),
      coverage: coverageText(row.assessment, locale),
      year: row.assessment.year,
      interval: row.uncertainty ? `${formatNumber(row.uncertainty.p05, locale, 1)}–${formatNumber(row.uncertainty.p95, locale, 1)}` : '–',
      median: row.uncertainty ? formatNumber(row.uncertainty.median, locale, 1) : '–',
      pDurable: row.uncertainty ? formatPercent(row.uncertainty.pDurable, locale) : '–',
    })),
  };
}
