import type { MessageTable } from './types';

/** Strings of the profile area. */
export const profileMessages = {
} satisfies MessageTable;
