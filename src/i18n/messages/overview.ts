import type { MessageTable } from './types';

/** Strings of the overview area. */
export const overviewMessages = {
} satisfies MessageTable;
