/**
 * Words of the trends view (pure): line names, tooltip sections and the data table behind the
 * chart, from the series builder's output, the dataset and a translator.
 */
import type { DataTableSpec } from '../../charts/DataTable';
import { formatActorValue, provenanceLines, sourceTitle } from '../../charts/provenance';
import { formatNumber, formatPercent, formatValue } from '../../i18n/format';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';
import type { Dataset } from '../../model/dataset';
import { actorName } from '../overview/actor-name';
import type { TrendLine, TrendsSeries } from './trends-series';

/** What the texts need. */
export interface TrendsTextContext {
  dataset: Dataset;
  locale: Locale;
  t: Translate;
  /** Trend window W (years), for the slope line. */
  trendWindow: number;
}

/** Display name of a line ("Japan–United States (side)", "China"). */
export function lineName(line: TrendLine, context: Pick<TrendsTextContext, 'dataset' | 'locale' | 't'>): string {
  const name = actorName(line.members, context.dataset, context.locale);
  return line.role === 'side' ? context.t('trends.side', { name }) : name;
}

/** A value with the indicator's unit or level label. */
export function valueText(series: TrendsSeries, value: number, locale: Locale): string {
  return formatActorValue(
    { value, texts: [], present: [], missing: [], stale: [], years: {}, confidence: null, sources: [], ...(series.unit ? { unit: series.unit } : {}) },
    series.indicator,
    locale,
  );
}

/** The slope line of a projected line ("Trend: +2.0 % per year"). */
export function slopeText(series: TrendsSeries, line: TrendLine, context: TrendsTextContext): string | null {
  if (!line.slope) return null;
  if (line.slope.noTrendData) return context.t('trends.noTrendData');
  const { t, locale, trendWindow } = context;
  if (series.indicator.kind === 'quantity') {
    const rate = Math.expm1(line.slope.value);
    return t('trends.slope.quantity', { rate: `${rate >= 0 ? '+' : '−'}${formatPercent(Math.abs(rate), locale, 1)}`, w: trendWindow });
  }
  return t('trends.slope.ordinal', { rate: `${line.slope.value >= 0 ? '+' : '−'}${formatNumber(Math.abs(line.slope.value), locale, 2)}`, w: trendWindow });
}

/**
 * A year's tooltip: its sections, with provenance lines every section shares (typically the
 * source, one long title) taken out once into `common`, so the tooltip stays readable.
 */
export function yearTooltip(series: TrendsSeries, year: number, context: TrendsTextContext): { sections: { heading: string; lines: string[] }[]; common: string[] } {
  const sections = yearSections(series, year, context);
  const prefixes = [`${context.t('provenance.source')}: `, `${context.t('provenance.confidence')}: `];
  const common: string[] = [];
  for (const prefix of prefixes) {
    const found = sections.map((section) => section.lines.find((line) => line.startsWith(prefix)));
    const first = found[0];
    if (sections.length > 1 && first !== undefined && found.every((line) => line === first)) {
      common.push(first);
      for (const section of sections) section.lines = section.lines.filter((line) => line !== first);
    }
  }
  return { sections, common };
}

/** Tooltip sections of one year: per line, its reported value with provenance, or its projection. */
export function yearSections(series: TrendsSeries, year: number, context: TrendsTextContext): { heading: string; lines: string[] }[] {
  const { dataset, locale, t } = context;
  const sections: { heading: string; lines: string[] }[] = [];
  const row = series.rows.find((item) => item.year === year);
  if (!row) return sections;
  for (const line of series.lines) {
    const name = lineName(line, context);
    const reported = series.provenance[line.key]?.[year];
    if (reported) {
      const lines = provenanceLines(year === line.year && line.atYear ? line.atYear : reported, { dataset, indicator: series.indicator, locale, t });
      if (reported.missing.length > 0) lines.push(t('trends.partial', { missing: reported.missing.join(', ') }));
      if (year === line.year && line.staleAtYear) lines.push(t('trends.staleAtY0'));
      sections.push({ heading: name, lines });
      continue;
    }
    const projected = line.projectionKey ? row[line.projectionKey] : undefined;
    if (projected !== undefined && projected !== null) {
      const lines = [t('trends.projectedValue', { value: valueText(series, projected, locale) })];
      if (year === line.year && line.atYear) lines.push(...provenanceLines(line.atYear, { dataset, indicator: series.indicator, locale, t }).slice(1));
      const slope = slopeText(series, line, context);
      if (slope) lines.push(slope);
      sections.push({ heading: t('trends.projection', { name }), lines });
    }
  }
  return sections;
}

/** The data behind the chart: one row per line × year, reported values then projections. */
export function trendsTable(series: TrendsSeries, caption: string, context: TrendsTextContext): DataTableSpec {
  const { dataset, locale, t } = context;
  const rows: DataTableSpec['rows'] = [];
  for (const line of series.lines) {
    const name = lineName(line, context);
    for (const [year, value] of Object.entries(series.provenance[line.key] ?? {})) {
      const notes = [];
      if (value.missing.length > 0) notes.push(t('trends.partial', { missing: value.missing.join(', ') }));
      if (Number(year) === line.year && line.staleAtYear) notes.push(t('trends.staleAtY0'));
      rows.push({
        series: name,
        year: Number(year),
        value: value.value === null ? '–' : valueText(series, value.value, locale),
        kind: t('trends.table.reported'),
        source: value.sources.map((source) => sourceTitle(dataset, source)).join('; '),
        confidence: value.confidence ? t(`data.confidence.${value.confidence}`) : '',
        note: notes.join(' · '),
      });
    }
    if (!line.projectionKey) continue;
    for (const row of series.rows) {
      const value = row[line.projectionKey];
      if (value === undefined || value === null || row.year === line.year) continue;
      rows.push({ series: name, year: row.year, value: valueText(series, value, locale), kind: t('trends.table.projected'), source: '', confidence: '', note: slopeText(series, line, context) ?? '' });
    }
  }
  return {
    caption,
    columns: [
      { key: 'series', label: t('trends.table.series') },
      { key: 'year', label: t('trends.table.year'), numeric: true },
      { key: 'value', label: t('trends.table.value'), numeric: true },
      { key: 'kind', label: t('trends.table.kind') },
      { key: 'source', label: t('trends.table.source') },
      { key: 'confidence', label: t('trends.table.confidence') },
      { key: 'note', label: t('trends.table.note') },
    ],
    rows,
  };
}

/** Tick text of the value axis: compact numbers, or level labels for ordinals. */
export function axisTick(series: TrendsSeries, value: number, locale: Locale): string {
  if (series.indicator.kind === 'ordinal') {
    const level = series.indicator.levels?.find((item) => item.value === value);
    return level ? `${value} ${locale === 'ja' ? level.labelJa : level.labelEn}` : formatValue(value, locale);
  }
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
