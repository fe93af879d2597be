import type { MessageTable } from './types';

/** Strings of the briefing area. */
export const briefingMessages = {
} satisfies MessageTable;
