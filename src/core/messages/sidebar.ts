import type { Entries } from './catalogue';

export const sidebarMessages = {} satisfies Entries;
