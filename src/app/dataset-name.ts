import type { Dataset } from '../model/dataset';
import type { Locale } from '../i18n/locale';

/** Names of the built-in datasets in each language (user datasets keep the name they were given). */
const BUILTIN_NAMES: Record<string, Record<Locale, string>> = {
  default: { en: 'Public sources (SIPRI, NCSES, UNESCO)', ja: '公開資料（SIPRI・NCSES・UNESCO）' },
};

/** The name to show for a dataset. */
export function datasetDisplayName(dataset: Pick<Dataset, 'id' | 'name' | 'origin'>, locale: Locale): string {
  if (dataset.origin === 'builtin') return BUILTIN_NAMES[dataset.id]?.[locale] ?? dataset.name;
  return dataset.name;
}
