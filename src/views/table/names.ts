/** Display names used by the comparison table and its CSV export. */
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locale';
import { localName } from '../../i18n/names';
import type { CountryCode, Dataset } from '../../model/dataset';

/** Pillars with a translated name; any other pillar id is shown as written. */
const KNOWN_PILLARS = ['investment', 'talent', 'output', 'industry', 'military', 'governance'] as const;
type KnownPillar = (typeof KNOWN_PILLARS)[number];

function isKnownPillar(pillar: string): pillar is KnownPillar {
  return (KNOWN_PILLARS as readonly string[]).includes(pillar);
}

/** Name of a pillar in the UI language ("Other" for indicators without one). */
export function pillarName(pillar: string | null, t: Translate): string {
  if (pillar === null || pillar === '') return t('table.pillar.none');
  return isKnownPillar(pillar) ? t(`table.pillar.${pillar}`) : pillar;
}

/** A country's or a coalition's name: member names joined by "+" (codes when unknown). */
export function actorName(dataset: Dataset, members: readonly CountryCode[], locale: Locale): string {
  return members.map((code) => localName(dataset.countries.find((item) => item.code === code), locale, code)).join(locale === 'ja' ? '・' : ' + ');
}
