import type { MessageTable } from './types';

/** Strings of the quadrant area. */
export const quadrantMessages = {
} satisfies MessageTable;
