import type { MessageTable } from './types';

/** Strings of exports. */
export const exportsMessages = {
  'export.rankingsCsv': { en: 'Export rankings (CSV)', ja: 'ランキングをCSVで書き出す' },
} satisfies MessageTable;
