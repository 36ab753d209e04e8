import { JOBS, jobProblems, runJob } from '../../core/jobs';
import { say } from '../../core/messages';
import { reasonsLine } from '../../core/reasons';
import { rolesLine } from '../../core/roles';
import { command } from '../command';
import { logged, withBook } from '../xlsx/book';

/** `spiral classify <book>`: the classify job of the job table; the CLI lists the taxonomy it used too. */
export async function runClassify(args: string[]): Promise<number> {
  const { result: report, lang } = await withBook(args[0], {}, (wb, lock) =>
    logged(wb, lock, (context) => runJob(JOBS.classify, context, { timeZone: context.settings.timeZone })),
  );
  const { inquiries, reviews, taxonomy, reasons, roles } = report;
  const problems = jobProblems(JOBS.classify, report);
  const source = say(
    lang,
    taxonomy.source === 'sheet' ? 'commands.classify.fromSheet' : 'commands.classify.fromRules',
  );
  process.stdout.write(
    `${say(lang, 'commands.classify.taxonomy', { book: args[0] ?? '', source, categories: taxonomy.categories })}\n` +
      `  ${say(lang, 'commands.classify.inquiries', { ...inquiries })}\n` +
      `  ${say(lang, 'commands.classify.reviews', { ...reviews })}\n` +
      `  ${reasonsLine(reasons, lang)}\n` +
      (roles.items > 0 ? `  ${rolesLine(roles, lang)}\n` : ''),
  );
  // A stray 角色 is a warning (the item still counts), but the team typed it: say so.
  const shown = problems.filter((p) => p.severity === 'error' || roles.problems.includes(p));
  for (const p of shown.slice(0, 20)) {
    process.stderr.write(`${say(lang, 'commands.problem', { ...p })}\n`);
  }
  return 0;
}

/** `spiral classify`: its usage, arguments and options, beside its action. */
export const classifyCommand = command({
  name: 'classify',
  help: 'cli.help.classify',
  args: ['book.xlsx'],
  options: {},
  run: runClassify,
});
