import { parseArgs } from 'node:util';
import type { MessageKey, MessageParams } from '../core/messages';
import type { OptionSpecs } from './command';

type Values = Record<string, string | boolean | undefined>;
type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** The command line as read: the command's name (the first argument), the arguments after it, every value. */
export interface CommandLine {
  readonly name: string | undefined;
  readonly args: string[];
  readonly values: Values;
  readonly tokens: readonly Token[];
}

/** A mistake in how a command was called, as the catalogue says it. */
export interface UsageProblem {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/**
 * Reads the command line against every option any command declares, so that `--month 2026-11` is
 * one option wherever it stands (before the command's name too). Never throws: node's strict mode
 * would say an unknown option in English; `usageProblem` says it in the CLI's language.
 */
export function readCommandLine(argv: readonly string[], known: OptionSpecs): CommandLine {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: { ...known },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // Loosely read, a value missing is `true` and a switch can carry text: neither is kept as a value.
  const typed: Values = {};
  for (const [option, value] of Object.entries(values))
    if (typeof value === (known[option]?.type ?? typeof value)) typed[option] = value;
  const [name, ...args] = positionals;
  return { name, args, values: typed, tokens };
}

/**
 * The first mistake of the line against one command's options (`allowed`) and arguments (at most
 * `maxArgs` after its name), or null: an option it does not have, a value missing or given to a
 * switch, an argument too many. `help` is the usage command named in the sentence.
 */
export function usageProblem(
  line: CommandLine,
  allowed: OptionSpecs,
  maxArgs: number,
  help: string,
): UsageProblem | null {
  const specs = new Map(Object.entries(allowed));
  for (const token of line.tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs.get(token.name);
    const option = token.rawName;
    if (spec === undefined) return { key: 'cli.unknownOption', params: { option, help } };
    if (spec.type === 'boolean' && token.value !== undefined)
      return { key: 'cli.switchTakesNoValue', params: { option, value: token.value, help } };
    // As node's strict mode: `--month --json` is a missing value, not a month named "--json".
    if (
      spec.type === 'string' &&
      (token.value === undefined ||
        (!token.inlineValue && token.value.length > 1 && token.value.startsWith('-')))
    )
      return { key: 'cli.missingValue', params: { option, help } };
  }
  const extra = line.args[maxArgs];
  return extra === undefined ? null : { key: 'cli.extraArgument', params: { arg: extra, help } };
}

/** The values an action reads: each option's text through the option's own reading, where it has one. */
export function optionValues(values: Values, options: OptionSpecs): Values {
  const read: Values = { ...values };
  for (const [name, spec] of Object.entries(options)) {
    const text = read[name];
    if (spec.value && typeof text === 'string') read[name] = spec.value(text);
  }
  return read;
}
