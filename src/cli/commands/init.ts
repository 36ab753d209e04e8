import { JOBS, runJob } from '../../core/jobs';
import { type MessageKey, type MessageParams, say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import { cliLang } from '../cli-lang';
import { command } from '../command';
import { UsageError } from '../usage-error';
import { logged, withBook } from '../xlsx/book';

export async function runInit(args: string[], values: Record<string, unknown>): Promise<number> {
  const lang = values.lang as string | undefined;
  if (lang !== undefined && lang !== 'zh' && lang !== 'en')
    throw new UsageError(say(cliLang(values), 'commands.init.badLang'));
  const { result: report } = await withBook(args[0], { create: true }, (wb, lock) =>
    logged(wb, lock, (context) =>
      runJob(JOBS.setUp, context, {
        timeZone: context.settings.timeZone,
        chooseLanguage: () => lang as Lang | undefined,
      }),
    ),
  );
  const say_ = (key: MessageKey, params: MessageParams) => `  ${say(report.language, key, params)}`;
  const list = report.language === 'zh' ? '、' : ', ';
  const lines = [
    say(report.language, 'commands.init.language', { book: args[0] ?? '', language: report.language }),
    ...report.created.map((sheet) => say_('commands.init.created', { sheet })),
    ...report.columnsAdded.map((c) =>
      say_('commands.init.columnsAdded', { sheet: c.sheet, columns: c.columns.join(list) }),
    ),
    ...report.rowsAdded.map((r) => say_('commands.init.seeded', { sheet: r.sheet, rows: r.rows })),
    ...report.messages.map((note) => say_('commands.init.note', { note })),
  ];
  if (lines.length === 1) lines.push(say_('commands.init.nothing', {}));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

/** `spiral init`: its usage, arguments and options, beside its action. */
export const initCommand = command({
  name: 'init',
  help: 'cli.help.init',
  args: ['book.xlsx'],
  options: { lang: { type: 'string' } },
  run: runInit,
});
