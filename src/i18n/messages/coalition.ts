import type { MessageTable } from './types';

/** Strings of the coalition area. */
export const coalitionMessages = {
} satisfies MessageTable;
