import { parseArgs } from 'node:util';
import { runClassify } from './commands/classify';
import { runDemo } from './commands/demo';
import { runImport } from './commands/import';
import { runInit } from './commands/init';
import { runKpi } from './commands/kpi';
import { runReport } from './commands/report';
import { runRulesCheck } from './commands/rules-check';
import { runRunDue } from './commands/run-due';
import { runSummary } from './commands/summary';
import { BookBusyError, UsageError } from './usage-error';

const USAGE = `spiral — the customer-service feedback loop, on .xlsx files

usage:
  spiral init <book.xlsx> [--lang zh|en]          create or complete the templated sheets
  spiral import <book.xlsx> --sheet inquiries|reviews|scorecard|competitors --csv <file.csv>
  spiral classify <book.xlsx>                     fill blank question categories and review categories
  spiral kpi <book.xlsx> --month YYYY-MM [--json] compute the month's scorecard and pay
  spiral summary <book.xlsx> --week 2026-W47 | --month 2026-11 [--json]
  spiral report <book.xlsx> --week 2026-W47 | --month 2026-11 [--out report.html]
                                                  the summary as one self-contained, printable HTML file
  spiral run-due <book.xlsx> [--now <ISO time>]   catch up: classify, scorecard, every missing summary tab
  spiral rules check [--dir rules]                validate rule files
  spiral demo [out.xlsx]                          write the demo workbook (default out/spiral-demo.xlsx)

exit codes: 0 done · 1 usage or file error (nothing written) · 2 invalid rule files · 3 some rows rejected · 4 busy`;

type Command = (args: string[], values: Record<string, string | boolean | undefined>) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  init: runInit,
  import: runImport,
  classify: runClassify,
  kpi: runKpi,
  summary: runSummary,
  report: runReport,
  rules: runRulesCheck,
  'run-due': runRunDue,
  demo: runDemo,
};

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`spiral: ${(error as Error).message}\n\n${USAGE}\n`);
    return 1;
  }
  const [name, ...rest] = parsed.positionals;
  if (parsed.values.help || name === undefined || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name === undefined && !parsed.values.help ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`spiral: unknown command "${name}"\n\n${USAGE}\n`);
    return 1;
  }
  try {
    return await command(rest, parsed.values);
  } catch (error) {
    if (error instanceof BookBusyError) {
      process.stderr.write(`spiral ${name}: ${error.message}\n`);
      return 4;
    }
    if (error instanceof UsageError) process.stderr.write(`spiral ${name}: ${error.message}\n`);
    else process.stderr.write(`spiral ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      sheet: { type: 'string' },
      csv: { type: 'string' },
      month: { type: 'string' },
      week: { type: 'string' },
      json: { type: 'boolean' },
      dir: { type: 'string' },
      now: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
