/**
 * Settings and selection persisted in localStorage. Reading is defensive: a stored value of the
 * wrong shape (an older version, a hand edit) is ignored field by field, never trusted.
 */
import { DEFAULT_PARAMETERS, type Parameters } from '../../model/parameters';
import type { Locale } from '../../i18n/locale';
import { isViewId, type ViewId } from '../view-ids';
import type { Annotations, BriefingSettings, Slide } from '../types';
import { parseAnnotations, parseBriefingSettings, parseSlides } from '../../briefing/sanitize';

/** localStorage key (versioned so a future format can migrate). */
export const SETTINGS_KEY = 'net-assessment:settings:v1';

/** What is remembered between visits. */
export interface PersistedSettings {
  locale: Locale;
  activeDatasetId: string | null;
  view: ViewId;
  technology: string | null;
  indicator: string | null;
  focusRival: string | null;
  partners: string[];
  parameters: Parameters;
  /** Briefing deck (slides in order). */
  deck?: Slide[];
  /** Presentation settings (marking, theme). */
  briefing?: BriefingSettings;
  /** Analyst notes by key. */
  annotations?: Annotations;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function numberRecord(value: unknown): Record<string, number> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, number> = {};
  for (const [key, item] of Object.entries(value)) if (isFiniteNumber(item)) out[key] = item;
  return out;
}

/** Keep the fields of a stored parameters object that have the right type. */
export function sanitizeParameters(value: unknown): Partial<Parameters> {
  if (!isRecord(value)) return {};
  const out: Partial<Parameters> = {};
  if (isStringArray(value.side) && value.side.length > 0) out.side = value.side;
  if (isStringArray(value.rivals)) out.rivals = value.rivals;
  if (value.year === null || (isFiniteNumber(value.year) && Number.isInteger(value.year))) out.year = value.year as number | null;
  for (const key of ['saturation', 'trendWindow', 'horizon', 'maxYears', 'parityBand', 'staleness'] as const) {
    if (isFiniteNumber(value[key])) out[key] = value[key] as number;
  }
  const weights = numberRecord(value.weights);
  if (weights) out.weights = weights;
  const pillarWeights = numberRecord(value.pillarWeights);
  if (pillarWeights) out.pillarWeights = pillarWeights;
  const relevance = numberRecord(value.relevance);
  if (relevance) out.relevance = relevance;
  if (isRecord(value.monteCarlo) && isFiniteNumber(value.monteCarlo.draws) && isFiniteNumber(value.monteCarlo.seed)) {
    out.monteCarlo = { draws: value.monteCarlo.draws, seed: value.monteCarlo.seed };
  }
  return out;
}

/** Parse stored settings; unknown or malformed fields are dropped. */
export function parseSettings(text: string | null): Partial<PersistedSettings> {
  if (!text) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(raw)) return {};
  const out: Partial<PersistedSettings> = {};
  if (raw.locale === 'ja' || raw.locale === 'en') out.locale = raw.locale;
  if (typeof raw.activeDatasetId === 'string') out.activeDatasetId = raw.activeDatasetId;
  if (typeof raw.view === 'string' && isViewId(raw.view)) out.view = raw.view;
  for (const key of ['technology', 'indicator', 'focusRival'] as const) {
    const value = raw[key];
    if (typeof value === 'string' || value === null) out[key] = value;
  }
  if (isStringArray(raw.partners)) out.partners = raw.partners;
  out.parameters = { ...structuredClone(DEFAULT_PARAMETERS), ...sanitizeParameters(raw.parameters) } as Parameters;
  // Briefing: each slide and note is checked on its own; a bad one is dropped, the rest kept.
  if ('deck' in raw) out.deck = parseSlides(raw.deck, (parameters) => ({ ...structuredClone(DEFAULT_PARAMETERS), ...sanitizeParameters(parameters) }) as Parameters);
  if ('briefing' in raw) out.briefing = parseBriefingSettings(raw.briefing);
  if ('annotations' in raw) out.annotations = parseAnnotations(raw.annotations);
  return out;
}

/** Read settings from localStorage (empty when storage is unavailable). */
export function readSettings(storage: Pick<Storage, 'getItem'> | undefined): Partial<PersistedSettings> {
  try {
    return parseSettings(storage?.getItem(SETTINGS_KEY) ?? null);
  } catch {
    return {};
  }
}

/** Write settings; returns the error message when storage refuses. */
export function writeSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: PersistedSettings): string | null {
  if (!storage) return 'no localStorage';
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
