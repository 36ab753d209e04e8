import type { Lang } from '../core/template';

/**
 * The language of the command line's own lines, before any workbook is open: SPIRAL_LANG, else the
 * locale (LC_ALL, LC_MESSAGES, LANG); Chinese for a zh locale, English otherwise.
 */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const chosen = env.SPIRAL_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^zh/i.test(chosen) ? 'zh' : 'en';
}
