import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { jobCommands } from '../core/jobs';
import { type MessageKey, SentenceError, say } from '../core/messages';
import type { Lang } from '../core/sheets';
import { PeriodError, periodMessage } from '../core/time';
import { cliLang } from './cli-lang';
import { runClassify } from './commands/classify';
import { runDemo } from './commands/demo';
import { runEffects } from './commands/effects';
import { runImport } from './commands/import';
import { runInit } from './commands/init';
import { runKpi } from './commands/kpi';
import { runMatch } from './commands/match';
import { runQueues } from './commands/queues';
import { runReport } from './commands/report';
import { runRulesCheck } from './commands/rules-check';
import { runRunDue } from './commands/run-due';
import { runSql } from './commands/sql';
import { runSummary } from './commands/summary';
import { fileReason } from './files/file-reason';
import { BookBusyError, UsageError } from './usage-error';

type Command = (args: string[], values: Record<string, string | boolean | undefined>) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
  init: runInit,
  import: runImport,
  classify: runClassify,
  match: runMatch,
  kpi: runKpi,
  summary: runSummary,
  sql: runSql,
  report: runReport,
  effects: runEffects,
  queues: runQueues,
  rules: runRulesCheck,
  'run-due': runRunDue,
  demo: runDemo,
};

/** Each command's usage (`spiral <command> --help`); a test holds it to COMMANDS. */
export const HELP: Record<string, MessageKey> = {
  init: 'cli.help.init',
  import: 'cli.help.import',
  classify: 'cli.help.classify',
  match: 'matching.help',
  kpi: 'cli.help.kpi',
  summary: 'engine.help.summary',
  sql: 'engine.help.sql',
  report: 'cli.help.report',
  effects: 'effects.help',
  queues: 'effects.queue.help',
  rules: 'cli.help.rules',
  'run-due': 'cli.help.runDue',
  demo: 'cli.help.demo',
};

/** The commands as usage lists them: the job table's, in its order, then the tools. */
const LISTED = [...jobCommands(), ...Object.keys(COMMANDS).filter((name) => !jobCommands().includes(name))];

function usage(lang: Lang): string {
  const lines = LISTED.map((name) => `  ${say(lang, HELP[name]!).split('\n')[0]}`);
  return `${say(lang, 'cli.title')}\n\n${say(lang, 'cli.usageHeading')}\n${lines.join('\n')}\n\n${say(lang, 'cli.exitCodes')}`;
}

export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const lang = cliLang({});
    process.stderr.write(`spiral: ${(error as Error).message}\n\n${usage(lang)}\n`);
    return 1;
  }
  const lang = cliLang(parsed.values);
  const [name, ...rest] = parsed.positionals;
  if (parsed.values.version) {
    process.stdout.write(`spiral ${version}\n`);
    return 0;
  }
  if (name === undefined || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const help = topic === undefined ? undefined : HELP[topic];
    process.stdout.write(`${help ? say(lang, help) : usage(lang)}\n`);
    return name === undefined && !parsed.values.help ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`spiral: ${say(lang, 'cli.unknownCommand', { name })}\n\n${usage(lang)}\n`);
    return 1;
  }
  if (parsed.values.help) {
    process.stdout.write(`${say(lang, HELP[name]!)}\n`);
    return 0;
  }
  try {
    return await command(rest, parsed.values);
  } catch (error) {
    if (error instanceof BookBusyError) {
      process.stderr.write(`spiral ${name}: ${error.message}\n`);
      return 4;
    }
    // A missing sheet or column: one message saying what and how to restore it; nothing was saved.
    if (error instanceof UsageError || error instanceof SentenceError)
      process.stderr.write(`spiral ${name}: ${error.message}\n`);
    else process.stderr.write(`spiral ${name}: ${failureSentence(error, lang)}\n`);
    return 1;
  }
}

/** Any other failure as one catalogue sentence: a period, a file the system refused, or the unexpected (stack only with SPIRAL_DEBUG=1). */
export function failureSentence(error: unknown, lang: Lang): string {
  if (error instanceof PeriodError) return periodMessage(error, lang);
  const { path } = (error ?? {}) as { path?: unknown };
  const reason = fileReason(error, lang);
  if (reason !== undefined)
    return typeof path === 'string' && path !== ''
      ? say(lang, 'cli.fileError', { path, reason })
      : say(lang, 'cli.fileErrorNoPath', { reason });
  if (process.env.SPIRAL_DEBUG === '1' && error instanceof Error && error.stack) return error.stack;
  return say(lang, 'cli.unexpected', { message: error instanceof Error ? error.message : String(error) });
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      sheet: { type: 'string' },
      shop: { type: 'string' },
      csv: { type: 'string' },
      file: { type: 'string' },
      month: { type: 'string' },
      week: { type: 'string' },
      json: { type: 'boolean' },
      dir: { type: 'string' },
      from: { type: 'string' },
      engine: { type: 'string' },
      dialect: { type: 'string' },
      now: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      force: { type: 'boolean' },
    },
  });
}
