import type { MessageTable } from './types';

/** Strings of the trends area. */
export const trendsMessages = {
} satisfies MessageTable;
