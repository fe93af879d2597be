/**
 * Display names of a side or a rival for the comparison views (overview, matrix, runway):
 * member names in the UI language, joined ("Japan–United States", "日本・米国").
 */
import type { Dataset } from '../../model/dataset';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';

/** Name of an actor given by its `+`-joined label (`JPN+USA`) or its member codes. */
export function actorName(label: string | string[], dataset: Pick<Dataset, 'countries'>, locale: Locale): string {
  const members = Array.isArray(label) ? label : label.split('+');
  return members
    .map((code) => localName(dataset.countries.find((country) => country.code === code), locale, code))
    .join(locale === 'ja' ? '・' : '–');
}
