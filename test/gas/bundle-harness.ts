/**
 * Loads the built dist/Code.js the way Apps Script runs it: one script in a bare global scope
 * holding only the Apps Script services (here the fakes) — no timers, process, require or Buffer.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CODE_JS } from '../../src/tools/build';
import type { GasFakes } from '../fakes/gas-services';

/** Node globals Apps Script lacks; the bare context must not have them before the bundle loads. */
export const ABSENT_GLOBALS = [
  'setTimeout',
  'clearTimeout',
  'process',
  'require',
  'Buffer',
  'module',
] as const;

export interface LoadedBundle {
  context: vm.Context;
  source: string;
  /** `typeof name` inside the context, as it was before the bundle ran. */
  before: Record<string, string>;
  /** Calls a top-level function of the bundle as Apps Script would, by name. */
  call(name: string, ...args: unknown[]): unknown;
  /** Evaluates an expression inside the context. */
  evaluate(code: string): unknown;
}

/**
 * Replaces the context's Date so that `new Date()` and `Date.now()` read the fakes' clock (real time
 * while it is null). Dates it makes are the context's own, so instanceof Date still holds.
 */
const SIMULATED_DATE = `(function (now) {
  var Real = Date;
  function SimDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return new Real(now()).toString();
    if (args.length === 0) return new Real(now());
    return new (Function.prototype.bind.apply(Real, [null].concat(args)))();
  }
  SimDate.prototype = Real.prototype;
  SimDate.now = function () { return now(); };
  SimDate.parse = Real.parse;
  SimDate.UTC = Real.UTC;
  globalThis.Date = SimDate;
})`;

function installClock(evaluate: (code: string) => unknown, fakes: GasFakes): void {
  const install = evaluate(SIMULATED_DATE) as (now: () => number) => void;
  install(() => fakes.clock.time ?? Date.now());
}

/**
 * ECMAScript globals a bare V8 context has but the Apps Script reference does not list for its V8
 * runtime (it documents the language, not these): the bundle must not need them.
 */
export const UNDOCUMENTED_BUILTINS = [
  'WebAssembly',
  'SharedArrayBuffer',
  'Atomics',
  'WeakRef',
  'FinalizationRegistry',
] as const;

/**
 * The script-scope names the bundle's lookups of these builtins resolve to, on one line before it.
 * A node:vm context's global object answers every lookup through an interceptor, so `Math.floor`
 * in a hot loop costs a call into Node each time (a permutation loop ran 12 times slower in a
 * context than as a plain script); a plain V8 script, as the cost model's "JavaScript time measured
 * in Node" means, resolves it at once. The values are the context's own builtins: nothing Node adds.
 */
const BUILTINS_AS_LOCALS = `const { ${[
  'Array',
  'Boolean',
  'Error',
  'Intl',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Promise',
  'RangeError',
  'Reflect',
  'RegExp',
  'Set',
  'String',
  'Symbol',
  'TypeError',
  'WeakMap',
  'isFinite',
  'isNaN',
  'parseFloat',
  'parseInt',
].join(', ')} } = globalThis;\n`;

export function loadBundle(
  fakes: GasFakes,
  file: string = CODE_JS,
  options: { without?: readonly string[] } = {},
): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  const context = vm.createContext({ ...fakes.globals() });
  const evaluate = (code: string): unknown => vm.runInContext(code, context);
  for (const name of options.without ?? []) evaluate(`delete globalThis[${JSON.stringify(name)}]`);
  const before = Object.fromEntries(
    ABSENT_GLOBALS.map((name) => [name, evaluate(`typeof ${name}`) as string]),
  );
  installClock(evaluate, fakes);
  // Dates handed to the bundle come from its own realm, as Apps Script's do.
  const ContextDate = evaluate('Date') as DateConstructor;
  fakes.env.makeDate = (epochMs) => new ContextDate(epochMs);
  vm.runInContext(`${BUILTINS_AS_LOCALS}${source}`, context, { filename: 'Code.js', lineOffset: -1 });
  return {
    context,
    source,
    before,
    evaluate,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      return fn(...args);
    },
  };
}
