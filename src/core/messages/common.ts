import type { Entries } from './catalogue';

/** Words shared by many messages. */
export const commonMessages = {
  'common.yes': { zh: '是', en: 'yes' },
  'common.no': { zh: '否', en: 'no' },
} satisfies Entries;
