/** Shared state of one fake Apps Script document: call counts, the authorisation mode, the time. */

export type FakeAuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** The wall clock of the fake runtime: null is real time; a number is the simulated epoch ms. */
export interface FakeClock {
  time: number | null;
}

/** One getValues: the sheet and the 1-based rectangle read. */
export interface SheetRead {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeEnv {
  /** Calls per SpreadsheetApp/Spreadsheet/Sheet/Range method, plus `total`. */
  calls: Record<string, number>;
  /** Every getValues in order, by sheet and rectangle: what a run read and how much of it. */
  reads: SheetRead[];
  /**
   * Cells moved: read by getValues, getFormulas, getRichTextValues and getNumberFormats, written by
   * setValues. They grow with rows even where calls do not.
   */
  cells: { read: number; written: number };
  authMode: FakeAuthMode;
  /** Builds the Dates getValues returns; a vm test points it at the context's own Date. */
  makeDate(epochMs: number): Date;
  /** What `new Date()` and `Date.now()` return inside a loaded bundle (see bundle-harness). */
  clock: FakeClock;
  /**
   * Called before every billed call with its method and, for writes, the sheet written; throw from
   * it to inject a service failure (a quota error, a timeout) at a chosen point, or change a cell
   * there as a colleague typing while a run works would. Reads name their sheet too.
   */
  fault: ((method: string, sheet: string | null) => void) | null;
  /** ScriptApp.getAuthorizationInfo answers REQUIRED: a new version asks for scopes the user has not granted. */
  authorizationRequired: boolean;
}

export function createEnv(): FakeEnv {
  return {
    calls: { total: 0 },
    reads: [],
    cells: { read: 0, written: 0 },
    authMode: 'FULL',
    makeDate: (epochMs) => new Date(epochMs),
    clock: { time: null },
    fault: null,
    authorizationRequired: false,
  };
}

/**
 * What a simple trigger in AuthMode.LIMITED may not do: it may read and change its own document,
 * its properties and UI, but not manage triggers or open other files (they need authorization).
 */
const DENIED_WHEN_LIMITED = new Set([
  'getUserTriggers',
  'getProjectTriggers',
  'newTrigger',
  'deleteTrigger',
  'openById',
]);

/**
 * Counts a billed service call; in AuthMode.NONE (an add-on's first onOpen) it fails as Sheets does,
 * and in LIMITED the calls that need authorization fail.
 */
export function touch(env: FakeEnv, method: string, sheet: string | null = null): void {
  if (env.authMode === 'NONE' || (env.authMode === 'LIMITED' && DENIED_WHEN_LIMITED.has(method))) {
    throw new Error(
      `Authorization is required to perform that action (${method} in AuthMode.${env.authMode}).`,
    );
  }
  env.fault?.(method, sheet);
  env.calls[method] = (env.calls[method] ?? 0) + 1;
  env.calls.total = (env.calls.total ?? 0) + 1;
}

export function resetCalls(env: FakeEnv): void {
  for (const key of Object.keys(env.calls)) delete env.calls[key];
  env.calls.total = 0;
  env.reads.length = 0;
  env.cells.read = 0;
  env.cells.written = 0;
}

/** Enum values of the typings are ambient; the fake uses their names, as Apps Script's enums print. */
export function fakeEnum<T>(names: readonly string[]): T {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as unknown as T;
}

/** Midnight of a calendar date in an IANA zone, as Sheets stores a typed date. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - zoneOffset(guess, timeZone);
  return new Date(guess - zoneOffset(first, timeZone));
}

/** Milliseconds the zone is ahead of UTC at an instant. */
export function zoneOffset(epochMs: number, timeZone: string): number {
  const parts = wallClock(new Date(epochMs), timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

export function wallClock(date: Date, timeZone: string): WallClock {
  const format = formats.get(timeZone) ?? zoneFormat(timeZone);
  formats.set(timeZone, format);
  const parts = format.formatToParts(date);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}
