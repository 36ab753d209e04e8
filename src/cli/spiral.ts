import { version } from '../../package.json';
import { jobCommands } from '../core/jobs';
import { SentenceError, say } from '../core/messages';
import type { Lang } from '../core/sheets';
import { PeriodError, periodMessage } from '../core/time';
import { cliLang } from './cli-lang';
import { type Command, GLOBAL_OPTIONS, type OptionSpecs } from './command';
import { optionValues, readCommandLine, usageProblem } from './command-line';
import { classifyCommand } from './commands/classify';
import { demoCommand } from './commands/demo';
import { effectsCommand } from './commands/effects';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { kpiCommand } from './commands/kpi';
import { matchCommand } from './commands/match';
import { queuesCommand } from './commands/queues';
import { reportCommand } from './commands/report';
import { rulesCheckCommand } from './commands/rules-check';
import { runDueCommand } from './commands/run-due';
import { sqlCommand } from './commands/sql';
import { summaryCommand } from './commands/summary';
import { fileReason } from './files/file-reason';
import { BookBusyError, UsageError } from './usage-error';

/** Every command, each declared in its own file (usage, arguments, options, action). */
export const COMMANDS: Record<string, Command> = Object.fromEntries(
  [
    initCommand,
    importCommand,
    classifyCommand,
    matchCommand,
    kpiCommand,
    summaryCommand,
    sqlCommand,
    reportCommand,
    effectsCommand,
    queuesCommand,
    rulesCheckCommand,
    runDueCommand,
    demoCommand,
  ].map((c): [string, Command] => [c.name, c as Command]),
);

/** Each command's usage (`spiral <command> --help`), as its declaration names it. */
export const HELP = Object.fromEntries(Object.values(COMMANDS).map((c) => [c.name, c.help]));

/** Every option any command declares: the line is read against these, wherever an option stands. */
const KNOWN: OptionSpecs = Object.assign(
  {},
  ...Object.values(COMMANDS).map((c) => c.options),
  GLOBAL_OPTIONS,
);

/** The commands as usage lists them: the job table's, in its order, then the tools. */
const LISTED = [...jobCommands(), ...Object.keys(COMMANDS).filter((name) => !jobCommands().includes(name))];

function usage(lang: Lang): string {
  const lines = LISTED.map((name) => `  ${say(lang, HELP[name]!).split('\n')[0]}`);
  return `${say(lang, 'cli.title')}\n\n${say(lang, 'cli.usageHeading')}\n${lines.join('\n')}\n\n${say(lang, 'cli.exitCodes')}`;
}

export async function main(argv: string[]): Promise<number> {
  const line = readCommandLine(argv, KNOWN);
  const { name, args, values } = line;
  const lang = cliLang(values);
  const command = name === undefined ? undefined : COMMANDS[name];
  // The line against what the command declares (only the global options without one, or for help).
  if (command || name === undefined || name === 'help') {
    const problem = command
      ? usageProblem(
          line,
          { ...GLOBAL_OPTIONS, ...command.options },
          command.args.length,
          `spiral ${name} --help`,
        )
      : usageProblem(line, GLOBAL_OPTIONS, name === 'help' ? 1 : 0, 'spiral --help');
    if (problem) {
      process.stderr.write(`spiral${command ? ` ${name}` : ''}: ${say(lang, problem.key, problem.params)}\n`);
      return 1;
    }
  }
  if (values.version) {
    process.stdout.write(`spiral ${version}\n`);
    return 0;
  }
  if (name === undefined || name === 'help') {
    const topic = name === 'help' ? args[0] : undefined;
    const help = topic === undefined ? undefined : HELP[topic];
    process.stdout.write(`${help ? say(lang, help) : usage(lang)}\n`);
    return name === undefined && !values.help ? 1 : 0;
  }
  if (!command) {
    process.stderr.write(`spiral: ${say(lang, 'cli.unknownCommand', { name })}\n\n${usage(lang)}\n`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(`${say(lang, command.help)}\n`);
    return 0;
  }
  try {
    return await command.run(args, optionValues(values, command.options));
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
