/**
 * Fakes of the other Apps Script services Spiral uses, and `createGasFakes`, which wires one
 * fake execution together: usable directly in unit tests or as the globals of a vm context.
 */
import type {
  ClockTriggerBuilderApi,
  LockApi,
  LockServiceApi,
  LoggerApi,
  PropertiesApi,
  PropertiesServiceApi,
  ScriptAppApi,
  SessionApi,
  SpreadsheetApi,
  TriggerApi,
  UtilitiesApi,
} from '../../src/gas/gas-api';
import {
  createEnv,
  type FakeAuthMode,
  type FakeEnv,
  fakeEnum,
  resetCalls,
  touch,
  wallClock,
} from './fake-env';
import { FakeSpreadsheet, FakeSpreadsheetApp, FakeUi } from './spreadsheet-app';

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
    this.store.set(key, String(value));
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
}

export class FakeLock implements LockApi {
  constructor(
    private readonly env: FakeEnv,
    private readonly state: FakeLockState,
    private readonly execution: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    touch(this.env, 'tryLock');
    this.state.lastWaitMs = timeoutInMillis;
    if (this.state.holder !== null && this.state.holder !== this.execution) return false;
    this.state.holder = this.execution;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    touch(this.env, 'waitLock');
    this.state.lastWaitMs = timeoutInMillis;
    if (this.state.holder !== null && this.state.holder !== this.execution) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
    this.state.holder = this.execution;
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

export interface FakeSchedule {
  atHour?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  onMonthDay?: number;
  nearMinute?: number;
  timezone?: string;
}

let nextTriggerId = 1;

export class FakeTrigger implements TriggerApi {
  readonly uid = `trigger-${nextTriggerId++}`;

  constructor(
    private readonly script: FakeScriptApp,
    readonly handler: string,
    readonly documentId: string | null,
    readonly schedule: FakeSchedule,
  ) {}

  getHandlerFunction(): string {
    return this.handler;
  }

  getUniqueId(): string {
    return this.uid;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return this.script.EventType.CLOCK;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.script.TriggerSource.CLOCK;
  }
}

/** Apps Script allows 20 triggers per user per script. */
const TRIGGER_LIMIT = 20;

export class FakeScriptApp implements ScriptAppApi {
  readonly AuthMode = fakeEnum<typeof GoogleAppsScript.Script.AuthMode>([
    'NONE',
    'CUSTOM_FUNCTION',
    'LIMITED',
    'FULL',
  ]);
  readonly EventType = fakeEnum<typeof GoogleAppsScript.Script.EventType>([
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  ]);
  readonly TriggerSource = fakeEnum<typeof GoogleAppsScript.Script.TriggerSource>([
    'SPREADSHEETS',
    'CLOCK',
    'FORMS',
    'DOCUMENTS',
    'CALENDAR',
  ]);
  readonly WeekDay = fakeEnum<typeof GoogleAppsScript.Base.Weekday>([
    'SUNDAY',
    'MONDAY',
    'TUESDAY',
    'WEDNESDAY',
    'THURSDAY',
    'FRIDAY',
    'SATURDAY',
  ]);
  readonly triggers: FakeTrigger[] = [];

  constructor(
    private readonly env: FakeEnv,
    /** The document a trigger created in this execution belongs to; null outside a document. */
    private readonly documentId: string | null,
  ) {}

  getUserTriggers(spreadsheet: SpreadsheetApi): FakeTrigger[] {
    touch(this.env, 'getUserTriggers');
    const id = spreadsheet instanceof FakeSpreadsheet ? spreadsheet.id : spreadsheet.getId();
    return this.triggers.filter((t) => t.documentId === id);
  }

  getProjectTriggers(): FakeTrigger[] {
    touch(this.env, 'getProjectTriggers');
    return [...this.triggers];
  }

  newTrigger(functionName: string): { timeBased(): ClockTriggerBuilderApi } {
    touch(this.env, 'newTrigger');
    return { timeBased: () => this.clockBuilder(functionName, {}) };
  }

  deleteTrigger(trigger: TriggerApi): void {
    touch(this.env, 'deleteTrigger');
    const at = this.triggers.findIndex((t) => t.uid === trigger.getUniqueId());
    if (at < 0) throw new Error('Trigger not found.');
    this.triggers.splice(at, 1);
  }

  private clockBuilder(handler: string, schedule: FakeSchedule): ClockTriggerBuilderApi {
    const next = (change: FakeSchedule) => this.clockBuilder(handler, { ...schedule, ...change });
    return {
      atHour: (atHour) => next({ atHour }),
      everyDays: (everyDays) => next({ everyDays }),
      everyWeeks: (everyWeeks) => next({ everyWeeks }),
      onWeekDay: (day) => next({ onWeekDay: String(day) }),
      onMonthDay: (onMonthDay) => next({ onMonthDay }),
      nearMinute: (nearMinute) => next({ nearMinute }),
      inTimezone: (timezone) => next({ timezone }),
      create: () => {
        if (!schedule.everyDays && !schedule.everyWeeks && !schedule.onMonthDay) {
          throw new Error('A time-based trigger needs a recurrence (everyDays, everyWeeks or onMonthDay).');
        }
        if (this.triggers.length >= TRIGGER_LIMIT) {
          throw new Error(
            'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
          );
        }
        const trigger = new FakeTrigger(this, handler, this.documentId, schedule);
        this.triggers.push(trigger);
        return trigger;
      },
    };
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
}

export interface GasFakes {
  SpreadsheetApp: FakeSpreadsheetApp;
  ScriptApp: FakeScriptApp;
  PropertiesService: PropertiesServiceApi;
  LockService: LockServiceApi;
  Session: SessionApi;
  Utilities: UtilitiesApi;
  Logger: FakeLogger;
  console: FakeConsole;
  spreadsheet: FakeSpreadsheet;
  calls: Record<string, number>;
  ui: FakeUi;
  env: FakeEnv;
  executionId: string;
  properties: { document: FakeProperties; script: FakeProperties; user: FakeProperties };
  locks: { document: FakeLockState; script: FakeLockState };
  setAuthMode(mode: FakeAuthMode): void;
  resetCalls(): void;
  /** The Apps Script globals, for a vm context. */
  globals(): Record<string, unknown>;
}

export function createGasFakes(options: GasFakeOptions = {}): GasFakes {
  const container = options.container ?? 'active';
  const env = createEnv();
  const executionId = 'this-execution';
  const spreadsheet = new FakeSpreadsheet(
    env,
    options.spreadsheetId ?? 'spreadsheet-1',
    'Spiral test',
    options.timeZone ?? 'Asia/Shanghai',
    options.firstSheet ?? 'Sheet1',
  );
  const ui = new FakeUi();
  const SpreadsheetApp = new FakeSpreadsheetApp(env, spreadsheet, ui, {
    active: container === 'active',
    ui: options.ui ?? container === 'active',
  });
  const inDocument = container !== 'none';
  const properties = {
    document: new FakeProperties(env, 'document'),
    script: new FakeProperties(env, 'script'),
    user: new FakeProperties(env, 'user'),
  };
  const locks = { document: { holder: null, lastWaitMs: 0 }, script: { holder: null, lastWaitMs: 0 } };
  const PropertiesService: PropertiesServiceApi = {
    getDocumentProperties: () => (inDocument ? properties.document : null),
    getScriptProperties: () => properties.script,
    getUserProperties: () => properties.user,
  };
  const LockService: LockServiceApi = {
    getDocumentLock: () => (inDocument ? new FakeLock(env, locks.document, executionId) : null),
    getScriptLock: () => new FakeLock(env, locks.script, executionId),
  };
  const Session: SessionApi = {
    getScriptTimeZone: () => options.scriptTimeZone ?? options.timeZone ?? 'Asia/Shanghai',
    getActiveUserLocale: () => options.locale ?? 'zh_CN',
  };
  const Utilities: UtilitiesApi = { formatDate };
  const fakes: GasFakes = {
    SpreadsheetApp,
    ScriptApp: new FakeScriptApp(env, inDocument ? spreadsheet.id : null),
    PropertiesService,
    LockService,
    Session,
    Utilities,
    Logger: new FakeLogger(),
    console: createConsole(),
    spreadsheet,
    calls: env.calls,
    ui,
    env,
    executionId,
    properties,
    locks,
    setAuthMode: (mode) => {
      env.authMode = mode;
    },
    resetCalls: () => resetCalls(env),
    globals: () => ({
      SpreadsheetApp: fakes.SpreadsheetApp,
      ScriptApp: fakes.ScriptApp,
      PropertiesService: fakes.PropertiesService,
      LockService: fakes.LockService,
      Session: fakes.Session,
      Utilities: fakes.Utilities,
      Logger: fakes.Logger,
      console: fakes.console,
    }),
  };
  env.authMode = options.authMode ?? 'FULL';
  return fakes;
}
