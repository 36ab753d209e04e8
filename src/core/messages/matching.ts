import type { Entries } from './catalogue';

export const matchingMessages = {} satisfies Entries;
