/**
 * Reading a stored or imported deck, briefing settings and notes defensively: whatever has the
 * wrong shape (an older version, a hand edit, a truncated write) is dropped item by item, and
 * the rest is kept.
 */
import type { Parameters } from '../model/parameters';
import type { Annotations, BriefingSettings, Slide } from '../store/types';
import { isViewId } from '../store/view-ids';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Longest title, notes and marking kept (a paste of a whole document is cut, not refused). */
export const TEXT_LIMIT = 20_000;

const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, TEXT_LIMIT) : '');

/**
 * The slides of a stored deck that are well formed. `parseParameters` reads a slide's
 * parameters (it lives with the settings reader, which owns the parameter format).
 */
export function parseSlides(value: unknown, parseParameters: (raw: unknown) => Parameters): Slide[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const slides: Slide[] = [];
  for (const raw of value) {
    if (!isRecord(raw)) continue;
    const { id, view, datasetId } = raw;
    if (typeof id !== 'string' || id === '' || seen.has(id)) continue;
    if (typeof view !== 'string' || !isViewId(view) || view === 'briefing') continue;
    if (typeof datasetId !== 'string' || datasetId === '') continue;
    const selection = isRecord(raw.selection) ? raw.selection : {};
    const partners = Array.isArray(selection.partners) ? selection.partners.filter((item): item is string => typeof item === 'string') : [];
    seen.add(id);
    slides.push({
      id,
      view,
      title: text(raw.title),
      notes: text(raw.notes),
      datasetId,
      selection: {
        technology: stringOrNull(selection.technology),
        indicator: stringOrNull(selection.indicator),
        focusRival: stringOrNull(selection.focusRival),
        partners,
      },
      parameters: parseParameters(raw.parameters),
      createdAt: typeof raw.createdAt === 'number' && Number.isFinite(raw.createdAt) ? raw.createdAt : 0,
    });
  }
  return slides;
}

/** Briefing settings; each malformed field falls back to its default. */
export function parseBriefingSettings(value: unknown): BriefingSettings {
  const raw = isRecord(value) ? value : {};
  return {
    marking: text(raw.marking).slice(0, 200),
    theme: raw.theme === 'dark' ? 'dark' : 'light',
  };
}

/** Notes whose key is `technology:<id>` or `indicator:<id>` and whose text is not empty. */
export function parseAnnotations(value: unknown): Annotations {
  if (!isRecord(value)) return {};
  const out: Annotations = {};
  for (const [key, note] of Object.entries(value)) {
    if (!/^(technology|indicator):.+/.test(key)) continue;
    if (typeof note !== 'string' || note.trim() === '') continue;
    out[key] = note.slice(0, TEXT_LIMIT);
  }
  return out;
}
