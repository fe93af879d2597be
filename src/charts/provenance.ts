/**
 * Where a number came from, in words: value with unit, year (and staleness), members that
 * contributed or are missing, sources and confidence. Every tooltip and table footnote uses it,
 * so provenance reads the same everywhere.
 */
import type { Dataset, Indicator } from '../model/dataset';
import type { ActorValue } from '../model/results';
import { formatValue } from '../i18n/format';
import type { Translate } from '../i18n';
import type { Locale } from '../i18n/locale';

/** Title of a source id (or the text itself when it is not an id of sources.csv). */
export function sourceTitle(dataset: Dataset, source: string): string {
  return dataset.sources.find((item) => item.id === source)?.title ?? source;
}

/** The value of an actor for display: number with unit, ordinal level label, or text. */
export function formatActorValue(value: ActorValue, indicator: Indicator | undefined, locale: Locale): string {
  if (value.value === null) {
    if (value.texts.length > 0) return value.texts.map((item) => `${item.country}: ${item.text}`).join(' / ');
    return '–';
  }
  if (indicator?.kind === 'ordinal') {
    const level = indicator.levels?.find((item) => item.value === value.value);
    const label = level ? (locale === 'ja' ? level.labelJa : level.labelEn) : '';
    return label ? `${formatValue(value.value, locale)} (${label})` : formatValue(value.value, locale);
  }
  const unit = value.unit ?? indicator?.unit;
  return unit ? `${formatValue(value.value, locale)} ${unit}` : formatValue(value.value, locale);
}

/** Lines describing an actor's value and its provenance. */
export function provenanceLines(
  value: ActorValue,
  context: { dataset: Dataset; indicator: Indicator | undefined; locale: Locale; t: Translate },
): string[] {
  const { dataset, indicator, locale, t } = context;
  const lines = [`${t('provenance.value')}: ${formatActorValue(value, indicator, locale)}`];
  const years = Object.entries(value.years)
    .map(([country, year]) => `${country} ${year}${value.stale.includes(country) ? ` (${t('common.stale')})` : ''}`)
    .join(', ');
  if (years) lines.push(`${t('provenance.year')}: ${years}`);
  if (value.missing.length > 0) lines.push(`${t('provenance.missing')}: ${value.missing.join(', ')}`);
  if (value.sources.length > 0) {
    lines.push(`${t('provenance.source')}: ${value.sources.map((source) => sourceTitle(dataset, source)).join('; ')}`);
  }
  if (value.confidence) lines.push(`${t('provenance.confidence')}: ${t(`data.confidence.${value.confidence}`)}`);
  return lines;
}
