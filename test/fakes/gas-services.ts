/**
 * Fakes of the other Apps Script services Spiral uses, and `createGasFakes`, which wires one
 * fake execution together: usable directly in unit tests or as the globals of a vm context.
 */
import type {
  LockApi,
  LockServiceApi,
  LoggerApi,
  PropertiesApi,
  PropertiesServiceApi,
  SessionApi,
  UtilitiesApi,
} from '../../src/gas/gas-api';
import {
  createEnv,
  type FakeAuthMode,
  type FakeClock,
  type FakeEnv,
  resetCalls,
  touch,
  wallClock,
} from './fake-env';
import { FakeHtmlService } from './fake-html-service';
import { FakeScriptApp, type FakeTrigger } from './fake-script-app';
import { FakeSpreadsheet, FakeSpreadsheetApp, FakeUi } from './spreadsheet-app';

export { type FakeSchedule, FakeScriptApp, FakeTrigger } from './fake-script-app';

/** Apps Script's property quotas: a value, and a whole store (document, user or script). */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export class FakeProperties implements PropertiesApi {
  readonly store = new Map<string, string>();

  constructor(
    private readonly env: FakeEnv,
    private readonly scope: string,
  ) {}

  getProperty(key: string): string | null {
    touch(this.env, `${this.scope}.getProperty`);
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): FakeProperties {
    touch(this.env, `${this.scope}.setProperty`);
    if (key === '') throw new Error('Invalid argument: key');
    const text = String(value);
    // Apps Script's quotas: 9 KB a value, 500 KB a store (keys and values, in UTF-8).
    if (utf8Bytes(text) > PROPERTY_VALUE_BYTES) throw new Error('Exception: Argument too large: value');
    const others = [...this.store].filter(([k]) => k !== key);
    const total = others.reduce((sum, [k, v]) => sum + utf8Bytes(k) + utf8Bytes(v), 0);
    if (total + utf8Bytes(key) + utf8Bytes(text) > PROPERTY_STORE_BYTES)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    this.store.set(key, text);
    return this;
  }

  deleteProperty(key: string): FakeProperties {
    touch(this.env, `${this.scope}.deleteProperty`);
    this.store.delete(key);
    return this;
  }

  getProperties(): { [key: string]: string } {
    touch(this.env, `${this.scope}.getProperties`);
    return Object.fromEntries(this.store);
  }
}

/** Who holds a lock: an execution id, or null. Set it to another id to simulate a concurrent run. */
export interface FakeLockState {
  holder: string | null;
  /** Milliseconds asked for by the last tryLock/waitLock. */
  lastWaitMs: number;
  /**
   * Another execution that gets in while this one waits: called once (then cleared) when a
   * tryLock/waitLock starts, before the lock is looked at. It may take the lock and keep it (this
   * call then times out) or do its work and let it go (this call then gets the lock after it).
   */
  meanwhile?: (() => void) | null;
}

export class FakeLock implements LockApi {
  constructor(
    private readonly env: FakeEnv,
    private readonly state: FakeLockState,
    private readonly execution: string,
  ) {}

  /**
   * As LockService's: true at once when free (or already held by this execution); otherwise waits
   * the whole timeout (the simulated clock moves on by it) and returns false.
   */
  tryLock(timeoutInMillis: number): boolean {
    touch(this.env, 'tryLock');
    return this.take(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    touch(this.env, 'waitLock');
    if (!this.take(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }

  private take(timeoutInMillis: number): boolean {
    this.state.lastWaitMs = timeoutInMillis;
    const other = this.state.meanwhile;
    if (other) {
      this.state.meanwhile = null;
      other();
    }
    if (this.state.holder !== null && this.state.holder !== this.execution) {
      if (this.env.clock.time !== null) this.env.clock.time += Math.max(0, timeoutInMillis);
      return false;
    }
    this.state.holder = this.execution;
    return true;
  }

  releaseLock(): void {
    touch(this.env, 'releaseLock');
    if (this.state.holder === this.execution) this.state.holder = null;
  }

  hasLock(): boolean {
    touch(this.env, 'hasLock');
    return this.state.holder === this.execution;
  }
}

export class FakeLogger implements LoggerApi {
  readonly lines: string[] = [];

  log(data: unknown): FakeLogger {
    this.lines.push(String(data));
    return this;
  }
}

/** A console that records instead of printing, so tests stay quiet and can assert on errors. */
export interface FakeConsole {
  lines: { level: 'log' | 'info' | 'warn' | 'error'; text: string }[];
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

function createConsole(): FakeConsole {
  const lines: FakeConsole['lines'] = [];
  const record =
    (level: FakeConsole['lines'][number]['level']) =>
    (...args: unknown[]) => {
      lines.push({
        level,
        text: args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '),
      });
    };
  return { lines, log: record('log'), info: record('info'), warn: record('warn'), error: record('error') };
}

/** Utilities.formatDate for the SimpleDateFormat letters Spiral uses: yyyy MM dd HH mm ss and 'quoted'. */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const t = wallClock(date, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const tokens: Record<string, string> = {
    yyyy: pad(t.year, 4),
    MM: pad(t.month),
    dd: pad(t.day),
    HH: pad(t.hour),
    mm: pad(t.minute),
    ss: pad(t.second),
  };
  return format.replace(/yyyy|MM|dd|HH|mm|ss|'[^']*'/g, (token) =>
    token.startsWith("'") ? token.slice(1, -1) : (tokens[token] ?? token),
  );
}

export interface GasFakeOptions {
  /**
   * 'active': a menu run in the open document (default). 'trigger': a time-driven add-on run —
   * no active spreadsheet, no UI, but document properties and lock. 'none': outside any document.
   */
  container?: 'active' | 'trigger' | 'none';
  /** getUi() works; defaults to true only for 'active'. */
  ui?: boolean;
  timeZone?: string;
  scriptTimeZone?: string;
  locale?: string;
  spreadsheetId?: string;
  firstSheet?: string;
  authMode?: FakeAuthMode;
  /** Another execution's document to run in (see GasFakes.nextExecution); the options above that shape it are ignored. */
  document?: FakeDocument;
  executionId?: string;
  /** The account this execution runs as (a trigger's: the account that made it). */
  user?: string;
  /**
   * LockService.getDocumentLock() answers null even in the document (false): the case Spiral's
   * lease covers. Default true inside a document.
   */
  documentLock?: boolean;
}

export const DEFAULT_USER = 'editor@example.com';

/**
 * What outlives one execution: the spreadsheet, its properties and locks, the user's triggers, and
 * the env (call counts, auth mode, clock, fault), which every execution of the document shares.
 */
export interface FakeDocument {
  env: FakeEnv;
  spreadsheet: FakeSpreadsheet;
  properties: { document: FakeProperties; script: FakeProperties; user: FakeProperties };
  locks: { document: FakeLockState; script: FakeLockState };
  triggers: FakeTrigger[];
}

export interface GasFakes {
  SpreadsheetApp: FakeSpreadsheetApp;
  ScriptApp: FakeScriptApp;
  PropertiesService: PropertiesServiceApi;
  LockService: LockServiceApi;
  Session: SessionApi;
  Utilities: UtilitiesApi;
  Logger: FakeLogger;
  HtmlService: FakeHtmlService;
  console: FakeConsole;
  spreadsheet: FakeSpreadsheet;
  calls: Record<string, number>;
  ui: FakeUi;
  env: FakeEnv;
  executionId: string;
  properties: FakeDocument['properties'];
  locks: FakeDocument['locks'];
  document: FakeDocument;
  /** The simulated time of the runtime (null: real time); a loaded bundle's `new Date()` reads it. */
  clock: FakeClock;
  setAuthMode(mode: FakeAuthMode): void;
  resetCalls(): void;
  /** The account this execution runs as. */
  user: string;
  /** Another execution (a later menu click or trigger run) on the same document, with its own id and UI. */
  nextExecution(options?: Omit<GasFakeOptions, 'document' | 'executionId'>): GasFakes;
  /** The Apps Script globals, for a vm context. */
  globals(): Record<string, unknown>;
}

function newDocument(options: GasFakeOptions): FakeDocument {
  const env = createEnv();
  env.authMode = options.authMode ?? 'FULL';
  return {
    env,
    spreadsheet: new FakeSpreadsheet(
      env,
      options.spreadsheetId ?? 'spreadsheet-1',
      'Spiral test',
      options.timeZone ?? 'Asia/Shanghai',
      options.firstSheet ?? 'Sheet1',
    ),
    properties: {
      document: new FakeProperties(env, 'document'),
      script: new FakeProperties(env, 'script'),
      user: new FakeProperties(env, 'user'),
    },
    locks: { document: { holder: null, lastWaitMs: 0 }, script: { holder: null, lastWaitMs: 0 } },
    triggers: [],
  };
}

let executions = 0;

export function createGasFakes(options: GasFakeOptions = {}): GasFakes {
  const container = options.container ?? 'active';
  const document = options.document ?? newDocument(options);
  const { env, spreadsheet, properties, locks } = document;
  const executionId = options.executionId ?? 'this-execution';
  // A dialog is refused under a lock; set answerMs to let the simulated clock move while a person reads it.
  const ui = new FakeUi({
    holdsLock: () => locks.document.holder === executionId || locks.script.holder === executionId,
    clock: env.clock,
    answerMs: 0,
  });
  const SpreadsheetApp = new FakeSpreadsheetApp(env, spreadsheet, ui, {
    active: container === 'active',
    ui: options.ui ?? container === 'active',
  });
  const inDocument = container !== 'none';
  const PropertiesService: PropertiesServiceApi = {
    getDocumentProperties: () => (inDocument ? properties.document : null),
    getScriptProperties: () => properties.script,
    getUserProperties: () => properties.user,
  };
  const documentLock = inDocument && (options.documentLock ?? true);
  const user = options.user ?? DEFAULT_USER;
  const LockService: LockServiceApi = {
    getDocumentLock: () => (documentLock ? new FakeLock(env, locks.document, executionId) : null),
    getScriptLock: () => new FakeLock(env, locks.script, executionId),
  };
  const Session: SessionApi = {
    getScriptTimeZone: () => options.scriptTimeZone ?? options.timeZone ?? 'Asia/Shanghai',
    getActiveUserLocale: () => options.locale ?? 'zh_CN',
    getEffectiveUser: () => ({ getEmail: () => user }),
  };
  const Utilities: UtilitiesApi = {
    formatDate,
    // Apps Script's sleep blocks the execution; here the simulated clock moves on instead.
    sleep: (ms) => {
      if (env.clock.time !== null) env.clock.time += ms;
    },
  };
  const fakes: GasFakes = {
    SpreadsheetApp,
    ScriptApp: new FakeScriptApp(env, inDocument ? spreadsheet.id : null, document.triggers, user),
    PropertiesService,
    LockService,
    Session,
    Utilities,
    Logger: new FakeLogger(),
    HtmlService: new FakeHtmlService(),
    console: createConsole(),
    spreadsheet,
    calls: env.calls,
    ui,
    env,
    executionId,
    user,
    properties,
    locks,
    document,
    clock: env.clock,
    setAuthMode: (mode) => {
      env.authMode = mode;
    },
    resetCalls: () => resetCalls(env),
    nextExecution: (next = {}) =>
      createGasFakes({ ...next, document, executionId: `execution-${++executions}` }),
    globals: () => ({
      SpreadsheetApp: fakes.SpreadsheetApp,
      ScriptApp: fakes.ScriptApp,
      PropertiesService: fakes.PropertiesService,
      LockService: fakes.LockService,
      Session: fakes.Session,
      Utilities: fakes.Utilities,
      Logger: fakes.Logger,
      HtmlService: fakes.HtmlService,
      console: fakes.console,
    }),
  };
  if (options.authMode && options.document) env.authMode = options.authMode;
  return fakes;
}
