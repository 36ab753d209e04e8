import type { Entries } from './catalogue';

export const engineMessages = {} satisfies Entries;
