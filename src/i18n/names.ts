import type { Locale } from './locale';

/** Anything with a bilingual name (country, technology, indicator). */
export interface Named {
  nameEn: string;
  nameJa: string;
}

/** The name of a record in `locale`, falling back to the other language, then to `fallback`. */
export function localName(item: Named | undefined, locale: Locale, fallback = ''): string {
  if (!item) return fallback;
  return (locale === 'ja' ? item.nameJa || item.nameEn : item.nameEn || item.nameJa) || fallback;
}
