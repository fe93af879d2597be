/**
 * UI strings: one typed table built from per-area message files (each holds EN and JA side by
 * side). A key missing from the tables is a compile error; a placeholder left unfilled stays
 * visible instead of silently disappearing.
 */
import { interpolate, type Locale } from './locale';
import { common } from './messages/common';
import { dataMessages } from './messages/data';
import { methodMessages } from './messages/method';
import { overviewMessages } from './messages/overview';
import { tableMessages } from './messages/table';
import { matrixMessages } from './messages/matrix';
import { rankingMessages } from './messages/ranking';
import { quadrantMessages } from './messages/quadrant';
import { runwayMessages } from './messages/runway';
import { trendsMessages } from './messages/trends';
import { profileMessages } from './messages/profile';
import { coalitionMessages } from './messages/coalition';
import { briefingMessages } from './messages/briefing';
import { exportsMessages } from './messages/exports';
import { parametersMessages } from './messages/parameters';

export type { Locale } from './locale';
export { LOCALES, interpolate } from './locale';

/** Every UI string. */
export const messages = {
  ...common,
  ...dataMessages,
  ...methodMessages,
  ...overviewMessages,
  ...tableMessages,
  ...matrixMessages,
  ...rankingMessages,
  ...quadrantMessages,
  ...runwayMessages,
  ...trendsMessages,
  ...profileMessages,
  ...coalitionMessages,
  ...briefingMessages,
  ...exportsMessages,
  ...parametersMessages,
};

/** A key of a UI string. */
export type MessageKey = keyof typeof messages;

/** Parameters of a message template. */
export type MessageParams = Record<string, string | number>;

/** The string `key` in `locale`, with `{name}` placeholders filled. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(messages[key][locale], params);
}

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Bind {@link translate} to a locale. */
export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
