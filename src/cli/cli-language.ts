import type { Lang } from '../core/template';

/** The language of what the command prints before it has a workbook: --lang, else the system's. */
export function cliLanguage(values: Record<string, unknown>): Lang {
  const asked = values.lang ?? process.env.LC_ALL ?? process.env.LANG ?? '';
  return String(asked).toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
