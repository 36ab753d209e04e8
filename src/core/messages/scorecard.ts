import type { Entries } from './catalogue';

export const scorecardMessages = {} satisfies Entries;
