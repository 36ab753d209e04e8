import type { Entries } from './catalogue';

/** What the Settings sheet's reader says about a row it cannot use. */
export const settingsMessages = {
  'settings.unknown': { zh: '没有这个设置项；已忽略', en: 'unknown setting; ignored' },
} satisfies Entries;
