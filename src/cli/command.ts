import type { MessageKey } from '../core/messages';

/**
 * One option of a command, as node:util's parseArgs takes it. `value` turns the text typed into
 * the text the action reads (a sheet's name into its key); text it does not know passes unchanged,
 * so the action's own check still names the choices.
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly value?: (text: string) => string;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Every command takes these: the language of its lines, its usage, the version. */
export const GLOBAL_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies OptionSpecs;

interface ValueOf {
  string: string;
  boolean: boolean;
}

/** The values an action reads: its own options and the global ones, each as its type says. */
export type CommandValues<O extends OptionSpecs> = {
  [K in keyof (O & typeof GLOBAL_OPTIONS)]?: ValueOf[(O & typeof GLOBAL_OPTIONS)[K]['type']];
};

/**
 * A `spiral` command, declared in its own file beside its action: its usage (a catalogue key, whose
 * text names exactly the flags of `options`, a test holds them to each other and to
 * docs/commands.md), the arguments it takes in order, its options, and the action.
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  readonly help: MessageKey;
  /** The positional arguments, named as the usage names them; more than these is a usage error. */
  readonly args: readonly string[];
  readonly options: O;
  run(args: string[], values: CommandValues<O>): Promise<number>;
}

/** Declares a command; its values are typed from its options. */
export function command<const O extends OptionSpecs>(spec: Command<O>): Command<O> {
  return spec;
}
