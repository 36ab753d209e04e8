import type { Entries } from './catalogue';

export const cliMessages = {} satisfies Entries;
