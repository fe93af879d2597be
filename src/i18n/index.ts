/**
 * UI strings: one typed key set built from per-area message files (each holds EN and JA side by
 * side). A key missing from the tables is a compile error; a placeholder left unfilled stays
 * visible instead of silently disappearing.
 *
 * Only the shell's tables (and those of the first view, whose parts every chart view reuses) are
 * bundled here; the other areas' tables are registered by the views that show them
 * (src/i18n/register/<area>.ts, imported by the view's index), so they load with the view. The
 * types still cover every area: `import type` adds no code. A key whose table is not registered
 * shows the key itself rather than failing (tests/unit/i18n/registration.test.ts checks that
 * every module's keys are registered by what loads it).
 */
import { interpolate, type Locale } from './locale';
import { registerMessages, lookupMessage } from './registry';
import { common } from './messages/common';
import { overviewMessages } from './messages/overview';
import { annotationsMessages } from './messages/annotations';
import { provenanceMessages } from './messages/provenance';
import { exportsMessages } from './messages/exports';
import { parametersMessages } from './messages/parameters';
import type { dataMessages } from './messages/data';
import type { briefingMessages } from './messages/briefing';
import type { methodMessages } from './messages/method';
import type { tableMessages } from './messages/table';
import type { matrixMessages } from './messages/matrix';
import type { rankingMessages } from './messages/ranking';
import type { quadrantMessages } from './messages/quadrant';
import type { runwayMessages } from './messages/runway';
import type { trendsMessages } from './messages/trends';
import type { profileMessages } from './messages/profile';
import type { coalitionMessages } from './messages/coalition';

export type { Locale } from './locale';
export { LOCALES, interpolate } from './locale';
export { registerMessages } from './registry';

/** The tables the shell and the first view need, registered as soon as any text is shown. */
const SHELL_TABLES = [common, overviewMessages, annotationsMessages, provenanceMessages, exportsMessages, parametersMessages];
for (const table of SHELL_TABLES) registerMessages(table);

/** Every UI string of every area (a type only: most tables load with their views). */
type AllMessages = typeof common &
  typeof dataMessages &
  typeof methodMessages &
  typeof overviewMessages &
  typeof tableMessages &
  typeof matrixMessages &
  typeof rankingMessages &
  typeof quadrantMessages &
  typeof runwayMessages &
  typeof trendsMessages &
  typeof profileMessages &
  typeof coalitionMessages &
  typeof briefingMessages &
  typeof annotationsMessages &
  typeof provenanceMessages &
  typeof exportsMessages &
  typeof parametersMessages;

/** A key of a UI string. */
export type MessageKey = keyof AllMessages;

/** Parameters of a message template. */
export type MessageParams = Record<string, string | number>;

/**
 * The string `key` in `locale`, with `{name}` placeholders filled. A key whose area is not
 * registered comes back as the key itself: visible, never a crash.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const message = lookupMessage(key);
  return message ? interpolate(message[locale], params) : key;
}

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Bind {@link translate} to a locale. */
export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
