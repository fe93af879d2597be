import type { MessageTable } from './types';

/** Strings of the ranking area. */
export const rankingMessages = {
} satisfies MessageTable;
