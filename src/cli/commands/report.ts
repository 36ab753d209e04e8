import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { monthScorecard } from '../../core/jobs';
import { say } from '../../core/messages';
import type { Lang } from '../../core/sheets';
import { loadSummaryData, type SummaryModel, summaryTab } from '../../core/summary';
import { tabHtml } from '../../core/tabs';
import type { Period } from '../../core/time';
import type { TabContent } from '../../ports';
import { command } from '../command';
import { writeFileAtomic } from '../files/atomic-write';
import { periodOption } from '../period-option';
import { withBook } from '../xlsx/book';

/**
 * `spiral report <book> --week|--month <id> [--out report.html]`: the period's summary as one
 * self-contained HTML file (findings first, the tables, interactive charts, printable) in the
 * workbook's language. Reads the workbook only; nothing in it changes.
 */
export async function runReport(args: string[], values: Record<string, unknown>): Promise<number> {
  const written = await writeReport(args[0], periodOption(values), values.out as string | undefined);
  process.stdout.write(
    `${say(written.lang, 'cli.reportWritten', { out: written.out, tab: written.tabName })}\n`,
  );
  return 0;
}

/** Writes the report of one period of a workbook (beside it, named after the tab, unless `out` is given). */
export async function writeReport(
  book: string | undefined,
  period: Period,
  out?: string,
): Promise<{
  out: string;
  tabName: string;
  lang: Lang;
  charts: number;
  model: SummaryModel;
  content: TabContent;
}> {
  const built = await withBook(book, { save: () => false, readOnly: true }, async (wb) => {
    const data = loadSummaryData(wb);
    const scorecard = await monthScorecard(wb, period, data);
    return { ...summaryTab(period, data, scorecard), lang: data.settings.language };
  });
  const path = out ?? join(dirname(book!), `${built.tabName}.html`);
  const echartsSource = await readFile(
    createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'),
    'utf8',
  );
  const html = tabHtml(built.content, {
    title: built.tabName,
    lang: built.lang,
    echartsSource,
    footer: say(built.lang, 'cli.reportFooter', { book: basename(book!), at: new Date().toISOString() }),
  });
  await writeFileAtomic(path, new TextEncoder().encode(html));
  return {
    out: path,
    tabName: built.tabName,
    lang: built.lang,
    charts: built.content.charts?.length ?? 0,
    model: built.model,
    content: built.content,
  };
}

/** `spiral report`: its usage, arguments and options, beside its action. */
export const reportCommand = command({
  name: 'report',
  help: 'cli.help.report',
  args: ['book.xlsx'],
  options: { week: { type: 'string' }, month: { type: 'string' }, out: { type: 'string' } },
  run: runReport,
});
