import type { Entries } from './catalogue';

export const orderMessages = {} satisfies Entries;
