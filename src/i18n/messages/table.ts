import type { MessageTable } from './types';

/** Strings of the table area. */
export const tableMessages = {
} satisfies MessageTable;
