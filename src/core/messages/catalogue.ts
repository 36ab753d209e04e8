/**
 * One catalogue for every sentence a person reads, zh and en side by side.
 * Each domain keeps its entries in its own file (messages/<domain>.ts) and adds it to CATALOGUE;
 * the type makes a one-language entry a compile error and test/core/messages checks it at run time.
 */

import { adMessages } from './ads';
import { automationMessages } from './automation';
import { cliMessages } from './cli';
import { commandMessages } from './commands';
import { commonMessages } from './common';
import { demoMessages } from './demo';
import { dsrMessages } from './dsr';
import { effectsMessages } from './effects';
import { engineMessages } from './engine';
import { importMessages } from './import';
import type { Lang } from './lang';
import { matchingMessages } from './matching';
import { menuMessages } from './menu';
import { orderMessages } from './orders';
import { overviewMessages } from './overview';
import { readingMessages } from './reading';
import { reasonMessages } from './reasons';
import { repeatMessages } from './repeat';
import { roleMessages } from './roles';
import { rowMessages } from './rows';
import { scorecardMessages } from './scorecard';
import { settingsMessages } from './settings';
import { sheetMessages } from './sheets';
import { sidebarMessages } from './sidebar';
import { summaryMessages } from './summary';

/** A message before it meets a language: its key and its parameters. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export type MessageParams = Record<string, string | number>;

/** A catalogue entry: the same sentence in both languages; `{name}` is replaced by a parameter. */
export interface Entry {
  zh: string;
  en: string;
}

export type Entries = Record<string, Entry>;

export const CATALOGUE = {
  ...commonMessages,
  ...automationMessages,
  ...importMessages,
  ...orderMessages,
  ...matchingMessages,
  ...scorecardMessages,
  ...summaryMessages,
  ...overviewMessages,
  ...adMessages,
  ...dsrMessages,
  ...repeatMessages,
  ...roleMessages,
  ...effectsMessages,
  ...sidebarMessages,
  ...menuMessages,
  ...sheetMessages,
  ...rowMessages,
  ...settingsMessages,
  ...cliMessages,
  ...commandMessages,
  ...demoMessages,
  ...engineMessages,
  ...readingMessages,
  ...reasonMessages,
} satisfies Entries;

export type MessageKey = keyof typeof CATALOGUE;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The sentence of `key` in `lang`, with `{name}` replaced by `params.name` (a missing one stays visible). */
export function say(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const entry: Entry = CATALOGUE[key];
  return entry[lang].replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A message as a value, to be said later in the workbook's language. */
export function message(key: MessageKey, params?: MessageParams): Message {
  return params === undefined ? { key } : { key, params };
}

export function render(lang: Lang, m: Message): string {
  return say(lang, m.key, m.params);
}
