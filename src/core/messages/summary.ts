import type { Entries } from './catalogue';

export const summaryMessages = {} satisfies Entries;
