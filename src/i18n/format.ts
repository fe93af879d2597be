/**
 * Number formatting per locale. Strategists read "3.2×" and "> 30 y", not 0.56 and Infinity,
 * so every view formats through these functions.
 */
import type { Locale } from './locale';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A plain number with grouping and at most `digits` decimals; "–" when missing. */
export function formatNumber(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A value with a sensible number of significant digits for its size (values column of tables). */
export function formatValue(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const magnitude = Math.abs(value);
  const digits = magnitude >= 1000 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  return formatNumber(value, locale, digits);
}

/** A signed asymmetry, e.g. "+0.33" / "−0.12". */
export function formatAsymmetry(value: number | null | undefined, locale: Locale, digits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const text = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Math.abs(value));
  if (Number(text) === 0 || value === 0) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** A ratio V_S / V_R as strategists read it: "3.2×", "0.45×", "∞" when the rival has zero. */
export function formatRatio(ratio: number | null | undefined, locale: Locale): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '–';
  if (!Number.isFinite(ratio)) return '∞';
  const digits = ratio >= 10 ? 0 : ratio >= 1 ? 1 : 2;
  return `${formatNumber(ratio, locale, digits)}×`;
}

/** A share in [0, 1] as a percentage. */
export function formatPercent(share: number | null | undefined, locale: Locale, digits = 0): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '–';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** Years to parity: "9.2 y" / "9.2年"; beyond the cap "> 30 y" / "30年超"; "–" when undefined. */
export function formatYears(years: number | null | undefined, locale: Locale, cap: number): string {
  if (years === null || years === undefined || Number.isNaN(years)) return '–';
  if (!Number.isFinite(years) || years > cap) return locale === 'ja' ? `${cap}年超` : `> ${cap} y`;
  const text = formatNumber(years, locale, 1);
  return locale === 'ja' ? `${text}年` : `${text} y`;
}
