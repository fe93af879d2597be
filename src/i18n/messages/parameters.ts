import type { MessageTable } from './types';

/** Strings of the parameters area. */
export const parametersMessages = {
} satisfies MessageTable;
