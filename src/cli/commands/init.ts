import { installTemplates } from '../../core/install';
import type { Lang } from '../../core/template';
import { withBook } from '../book';
import { UsageError } from '../usage-error';

export async function runInit(args: string[], values: Record<string, unknown>): Promise<number> {
  const lang = values.lang as string | undefined;
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') throw new UsageError('--lang must be zh or en');
  const report = await withBook(args[0], { create: true }, (wb) =>
    installTemplates(wb, lang ? { language: lang as Lang } : {}),
  );
  const lines = [
    `${args[0]}: language ${report.language}`,
    ...report.created.map((s) => `  created sheet ${s}`),
    ...report.columnsAdded.map((c) => `  added to ${c.sheet}: ${c.columns.join(', ')}`),
    ...report.rowsAdded.map((r) => `  seeded ${r.rows} row(s) in ${r.sheet}`),
    ...report.messages.map((m) => `  note: ${m}`),
  ];
  if (lines.length === 1) lines.push('  nothing to change: every sheet and column is in place');
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
