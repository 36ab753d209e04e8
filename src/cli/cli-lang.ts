import type { Lang } from '../core/sheets';

/**
 * The language of the command line's own lines, before any workbook is open — decided here only:
 * the --lang option when it names zh or en, else SPIRAL_LANG, else the locale in POSIX order (LC_ALL,
 * LC_MESSAGES, LANG); Chinese for a zh value, English otherwise.
 */
export function cliLang(values: { lang?: unknown } = {}, env: NodeJS.ProcessEnv = process.env): Lang {
  // A --lang naming no language (`--lang fr`, refused by init) leaves the choice to the environment,
  // so that the refusal is in the language the user reads.
  const option = /^(zh|en)/i.test(String(values.lang ?? '')) ? values.lang : undefined;
  // An empty variable counts as unset, as POSIX has it for the locale variables.
  const chosen = [option, env.SPIRAL_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  return /^zh/i.test(String(chosen ?? '')) ? 'zh' : 'en';
}
