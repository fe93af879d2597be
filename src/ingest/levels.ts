/**
 * The levels syntax of ordinal indicators: `0=none;1=experimental;2=fielded/実戦配備;…`.
 * Labels may be bilingual, English before the slash and Japanese after it.
 */
import type { OrdinalLevel } from '../model/dataset';
import { numberFromString } from './numbers';

/** Parsed levels, or the entry that could not be read. */
export type LevelsResult = { ok: true; levels: OrdinalLevel[] } | { ok: false; found: string };

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Split `fielded/実戦配備` into English and Japanese. The split is at the last slash with only
 * ASCII before it and some Japanese after it, so `C2/ISR` stays one English label and
 * `C2/ISR/指揮統制` splits after `ISR`.
 */
export function splitBilingual(label: string): { en: string; ja: string } {
  for (let i = label.lastIndexOf('/'); i > 0; i = label.lastIndexOf('/', i - 1)) {
    const en = label.slice(0, i).trim();
    const ja = label.slice(i + 1).trim();
    if (isAscii(en) && !isAscii(ja) && en && ja) return { en, ja };
  }
  return { en: label, ja: label };
}

/** Parse a levels cell. At least two levels are needed: the ends give L_min and L_max. */
export function parseLevels(text: string): LevelsResult {
  const levels: OrdinalLevel[] = [];
  for (const part of text.split(/[;；]/)) {
    const entry = part.trim();
    if (!entry) continue;
    const eq = entry.search(/[=＝]/);
    const value = eq > 0 ? numberFromString(entry.slice(0, eq)) : undefined;
    const label = eq > 0 ? entry.slice(eq + 1).trim() : '';
    if (value === undefined || value !== value || !label || levels.some((level) => level.value === value)) {
      return { ok: false, found: entry };
    }
    const { en, ja } = splitBilingual(label);
    levels.push({ value, labelEn: en, labelJa: ja });
  }
  if (levels.length < 2) return { ok: false, found: text };
  levels.sort((a, b) => a.value - b.value);
  return { ok: true, levels };
}
