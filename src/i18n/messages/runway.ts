import type { MessageTable } from './types';

/** Strings of the runway area. */
export const runwayMessages = {
} satisfies MessageTable;
