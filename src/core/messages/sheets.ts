import type { Entries } from './catalogue';

export const sheetMessages = {} satisfies Entries;
