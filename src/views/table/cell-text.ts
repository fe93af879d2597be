/**
 * Words and colours of the comparison table's cells: value texts, footnote marks, tooltips and
 * the light asymmetry tint. Pure, so the CSV export and the tests read the same texts as the
 * screen.
 */
import { interpolateRgb } from 'd3-interpolate';
import { asymmetryColor } from '../../charts/colors';
import { formatActorValue, provenanceLines } from '../../charts/provenance';
import { formatAsymmetry, formatRatio } from '../../i18n/format';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';
import type { Dataset, Indicator } from '../../model/dataset';
import type { ActorValue, IndicatorAssessment } from '../../model/results';
import type { Footnote } from './build-table';

/** How much of the asymmetry colour is kept: light enough for black text at every value. */
export const TINT_STRENGTH = 0.55;

/** Footnote mark: ① … ⑳, then [21], [22]… */
export function footnoteMark(number: number): string {
  return number >= 1 && number <= 20 ? String.fromCodePoint(0x2460 + number - 1) : `[${number}]`;
}

/** Background of a rival cell: the asymmetry colour mixed with white; null when a is undefined. */
export function cellTint(asymmetry: number | null | undefined): string | null {
  if (asymmetry === null || asymmetry === undefined || Number.isNaN(asymmetry)) return null;
  return interpolateRgb('#ffffff', asymmetryColor(asymmetry))(TINT_STRENGTH);
}

/**
 * The value of an actor as the table prints it: number with unit, ordinal level with its label,
 * or the text cells in full (prefixed by the country only when several members have one).
 */
export function valueText(value: ActorValue, indicator: Indicator, locale: Locale): string {
  if (indicator.kind === 'text' || (value.value === null && value.texts.length > 0)) {
    if (value.texts.length === 0) return '–';
    if (value.texts.length === 1) return value.texts[0]!.text;
    return value.texts.map((item) => `${item.country}: ${item.text}`).join('\n');
  }
  return formatActorValue(value, indicator, locale);
}

/** The ratio and a_i line of a rival cell ("3.2× · a +0.56"), or '' when neither is defined. */
export function comparisonText(detail: IndicatorAssessment, locale: Locale): string {
  const parts: string[] = [];
  if (detail.ratio !== null) parts.push(formatRatio(detail.ratio, locale));
  if (detail.asymmetry !== null) parts.push(`a ${formatAsymmetry(detail.asymmetry, locale)}`);
  return parts.join(' · ');
}

/** Tooltip of a cell: value, unit, year, source and confidence (and the comparison for rivals). */
export function cellTooltip(
  value: ActorValue,
  context: { dataset: Dataset; indicator: Indicator; locale: Locale; t: Translate; heading: string },
  detail?: IndicatorAssessment,
  sideLabel?: string,
): string {
  const { dataset, indicator, locale, t, heading } = context;
  const lines = [heading, ...provenanceLines(value, { dataset, indicator, locale, t })];
  if (detail && detail.kind !== 'text') {
    lines.push(`${t('table.sideCombined', { side: sideLabel ?? '' })}: ${formatActorValue(detail.side, indicator, locale)}`);
    if (detail.ratio !== null) lines.push(`${t('table.ratio')}: ${formatRatio(detail.ratio, locale)}`);
    lines.push(`a: ${formatAsymmetry(detail.asymmetry, locale)}`);
    if (detail.excluded) lines.push(t(`table.excluded.${detail.excluded}`));
  }
  return lines.join('\n');
}

/** One footnote as a line of text (shared with the CSV export). */
export function footnoteText(note: Footnote): string {
  const record = note.record;
  if (!record) return note.source;
  return [record.title, record.publisher, record.year !== undefined ? String(record.year) : undefined, record.url, record.license]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('. ');
}
