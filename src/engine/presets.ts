/**
 * Coalition presets of the coalition builder (METHODOLOGY §9), as data. A preset may name a
 * country the dataset does not hold (GCAP's Italy is often absent): resolvePreset says so
 * instead of failing, and the analysis runs with the members that are there.
 */
import type { CountryCode, Dataset } from '../model/dataset';
import { datasetIndex } from './dataset-index';

/** A named set of countries. */
export interface CoalitionPreset {
  /** Stable id (URLs, tests). */
  id: string;
  /** English label. */
  labelEn: string;
  /** Japanese label. */
  labelJa: string;
  /** Member codes, in display order. */
  members: readonly CountryCode[];
}

/** The presets: Japan–US, Quad, AUKUS + Japan, GCAP. */
export const COALITION_PRESETS: readonly CoalitionPreset[] = Object.freeze([
  { id: 'japan-us', labelEn: 'Japan–US', labelJa: '日米', members: ['JPN', 'USA'] },
  { id: 'quad', labelEn: 'Quad', labelJa: '日米豪印（クアッド）', members: ['JPN', 'USA', 'AUS', 'IND'] },
  { id: 'aukus-japan', labelEn: 'AUKUS + Japan', labelJa: 'AUKUS＋日本', members: ['AUS', 'GBR', 'USA', 'JPN'] },
  { id: 'gcap', labelEn: 'GCAP', labelJa: 'GCAP（日英伊）', members: ['JPN', 'GBR', 'ITA'] },
]);

/** A preset checked against a dataset. */
export interface ResolvedPreset {
  /** The preset. */
  preset: CoalitionPreset;
  /** Members the dataset knows (usable as a side or partner set). */
  members: CountryCode[];
  /** Members the dataset does not hold at all (shown as "not in the data"). */
  absent: CountryCode[];
}

/** Split a preset's members into those the dataset holds and those it does not. */
export function resolvePreset(dataset: Dataset, preset: CoalitionPreset): ResolvedPreset {
  const index = datasetIndex(dataset);
  return {
    preset,
    members: preset.members.filter((c) => index.countryIndex.has(c)),
    absent: preset.members.filter((c) => !index.countryIndex.has(c)),
  };
}
