import type { MessageTable } from './types';

/** Strings of the exports area. */
export const exportsMessages = {
} satisfies MessageTable;
