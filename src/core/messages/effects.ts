import type { Entries } from './catalogue';

export const effectsMessages = {} satisfies Entries;
