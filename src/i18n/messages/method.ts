import type { MessageTable } from './types';

/** Strings of the method area. */
export const methodMessages = {
} satisfies MessageTable;
