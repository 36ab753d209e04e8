import type { Entries } from './catalogue';

export const importMessages = {} satisfies Entries;
