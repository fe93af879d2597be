import type { Locale } from '../locale';

/** One UI string in every locale. Keeping both languages side by side makes a missing
 * translation a type error and a reviewer's glance. */
export type Message = Record<Locale, string>;

/** A table of UI strings of one area of the app. */
export type MessageTable = Record<string, Message>;
