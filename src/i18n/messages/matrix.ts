import type { MessageTable } from './types';

/** Strings of the matrix area. */
export const matrixMessages = {
} satisfies MessageTable;
