/**
 * An in-memory SpreadsheetApp typed against the slice of @types/google-apps-script that
 * Spiral uses (src/gas/gas-api.ts). Sheets, ranges and parsing live in fake-sheet.ts.
 */
import type { MenuApi, SpreadsheetApi, SpreadsheetAppApi, UiApi } from '../../src/gas/gas-api';
import { type FakeEnv, fakeEnum, touch } from './fake-env';
import type { FakeHtmlOutput } from './fake-html-service';
import { FakeDataValidationBuilder } from './fake-parts';
import { FakeSheet } from './fake-sheet';

type ProtectionTypeEnum = typeof GoogleAppsScript.Spreadsheet.ProtectionType;
type ButtonEnum = typeof GoogleAppsScript.Base.Button;
type ButtonSetEnum = typeof GoogleAppsScript.Base.ButtonSet;

export class FakeSpreadsheet implements SpreadsheetApi {
  private readonly sheets: FakeSheet[] = [];
  readonly toasts: { message: string; title: string; timeoutSeconds: number | undefined }[] = [];
  private nextSheetId = 0;
  private active = 0;

  constructor(
    private readonly env: FakeEnv,
    readonly id: string,
    private readonly name: string,
    public timeZone: string,
    firstSheet: string,
  ) {
    this.sheets.push(this.newSheet(firstSheet));
  }

  getId(): string {
    touch(this.env, 'getId');
    return this.id;
  }

  getName(): string {
    touch(this.env, 'getName');
    return this.name;
  }

  /** How typed text is read into numbers and dates (zh_CN unless a test sets another). */
  locale = 'zh_CN';

  getSpreadsheetLocale(): string {
    touch(this.env, 'getSpreadsheetLocale');
    return this.locale;
  }

  getSpreadsheetTimeZone(): string {
    touch(this.env, 'getSpreadsheetTimeZone');
    return this.timeZone;
  }

  toast(msg: string, title = '', timeoutSeconds?: number): void {
    touch(this.env, 'toast');
    this.toasts.push({ message: msg, title, timeoutSeconds });
  }

  getNumSheets(): number {
    touch(this.env, 'getNumSheets');
    return this.sheets.length;
  }

  getSheets(): FakeSheet[] {
    touch(this.env, 'getSheets');
    return [...this.sheets];
  }

  /** Sheets matches sheet names without regard to case. */
  getSheetByName(name: string): FakeSheet | null {
    touch(this.env, 'getSheetByName');
    return this.find(name);
  }

  insertSheet(sheetName: string, sheetIndex?: number): FakeSheet {
    touch(this.env, 'insertSheet', sheetName);
    if (this.find(sheetName)) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const index = sheetIndex ?? this.active + 1;
    if (index < 0 || index > this.sheets.length) throw new Error(`Invalid sheet index: ${index}`);
    const sheet = this.newSheet(sheetName);
    this.sheets.splice(index, 0, sheet);
    this.active = index;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    touch(this.env, 'deleteSheet');
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new Error('Sheet not found.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(at, 1);
    this.active = Math.min(this.active, this.sheets.length - 1);
  }

  /** Test helper: a sheet by exact name, or a failed test. */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`No sheet named "${name}" in the fake (have: ${this.names().join(', ')})`);
    return found;
  }

  /** Test helper: sheet names in order, without counting calls. */
  names(): string[] {
    return this.sheets.map((s) => s.name);
  }

  private find(name: string): FakeSheet | null {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted) ?? null;
  }

  /** Test helper: the name of the sheet the user sees, without counting a call. */
  activeName(): string {
    return this.sheets[this.active]?.name ?? '';
  }

  private newSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(
      this.env,
      name,
      this.nextSheetId++,
      () => this.timeZone,
      (wanted, self) => {
        const found = this.find(wanted);
        return found !== null && found !== self;
      },
    );
    sheet.locale = () => this.locale;
    sheet.onActivate = (activated) => {
      this.active = this.sheets.indexOf(activated);
    };
    return sheet;
  }
}

export type MenuEntry = { caption: string; functionName: string } | { separator: true };

export class FakeMenu implements MenuApi {
  readonly entries: MenuEntry[] = [];
  addedToUi = false;

  addItem(caption: string, functionName: string): FakeMenu {
    this.entries.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.entries.push({ separator: true });
    return this;
  }

  addToUi(): void {
    this.addedToUi = true;
  }
}

export interface ScriptedPrompt {
  button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
  text: string;
}

/**
 * What a dialog does to the execution that shows it: Apps Script stops the script until the user
 * answers, so the simulated clock moves on by `answerMs`, and a dialog shown while the execution
 * holds a lock makes every other run (the trigger, a colleague's click) wait for a person: the fake
 * refuses it, so code that shows one under the lock is caught.
 */
export interface DialogWait {
  holdsLock: () => boolean;
  clock: { time: number | null };
  answerMs: number;
}

export class FakeUi implements UiApi {
  constructor(private readonly wait: DialogWait | null = null) {}

  /** A dialog blocks until answered: refused under a lock, and the clock moves on by the answer time. */
  private block(kind: string): void {
    if (this.wait === null) return;
    if (this.wait.holdsLock())
      throw new Error(
        `Fake: ${kind} shown while this execution holds a lock; every other run waits until the user answers.`,
      );
    if (this.wait.clock.time !== null) this.wait.clock.time += this.wait.answerMs;
  }

  readonly Button = fakeEnum<ButtonEnum>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
  readonly ButtonSet = fakeEnum<ButtonSetEnum>(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
  readonly menus: FakeMenu[] = [];
  readonly alerts: { title: string; prompt: string }[] = [];
  readonly prompts: { title: string; prompt: string }[] = [];
  /** Answers for the next prompt() calls, in order; a prompt with none scripted fails the test. */
  readonly promptResponses: ScriptedPrompt[] = [];

  alert(titleOrPrompt: string, prompt?: string, _buttons?: GoogleAppsScript.Base.ButtonSet) {
    this.block('ui.alert');
    this.alerts.push(
      prompt === undefined ? { title: '', prompt: titleOrPrompt } : { title: titleOrPrompt, prompt },
    );
    return this.Button.OK;
  }

  prompt(title: string, prompt: string, _buttons: GoogleAppsScript.Base.ButtonSet) {
    this.prompts.push({ title, prompt });
    this.block('ui.prompt');
    const next = this.promptResponses.shift();
    if (!next) throw new Error(`Unscripted prompt: ${title} — ${prompt}`);
    return { getResponseText: () => next.text, getSelectedButton: () => this.Button[next.button] };
  }

  /** Sidebars shown, in order: the page's file and title. */
  readonly sidebars: FakeHtmlOutput[] = [];

  showSidebar(userInterface: FakeHtmlOutput): void {
    this.sidebars.push(userInterface);
  }

  createAddonMenu(): FakeMenu {
    const menu = new FakeMenu();
    this.menus.push(menu);
    return menu;
  }

  /** Test helper: the entries of the menus that were added to the UI. */
  shownItems(): MenuEntry[] {
    return this.menus.filter((m) => m.addedToUi).flatMap((m) => m.entries);
  }
}

export interface FakeSpreadsheetAppOptions {
  /** getActiveSpreadsheet() returns the spreadsheet (true) or null, as in a time-driven add-on run. */
  active: boolean;
  /** getUi() works (a menu or dialog run) or throws (a trigger run). */
  ui: boolean;
}

export class FakeSpreadsheetApp implements SpreadsheetAppApi {
  readonly ProtectionType = fakeEnum<ProtectionTypeEnum>(['RANGE', 'SHEET']);
  readonly GroupControlTogglePosition = fakeEnum<
    typeof GoogleAppsScript.Spreadsheet.GroupControlTogglePosition
  >(['BEFORE', 'AFTER']);
  private readonly byId = new Map<string, FakeSpreadsheet>();

  constructor(
    private readonly env: FakeEnv,
    readonly spreadsheet: FakeSpreadsheet,
    readonly ui: FakeUi,
    readonly options: FakeSpreadsheetAppOptions,
  ) {
    this.byId.set(spreadsheet.id, spreadsheet);
  }

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    touch(this.env, 'getActiveSpreadsheet');
    return this.options.active ? this.spreadsheet : null;
  }

  getActive(): FakeSpreadsheet | null {
    touch(this.env, 'getActive');
    return this.options.active ? this.spreadsheet : null;
  }

  openById(id: string): FakeSpreadsheet {
    touch(this.env, 'openById');
    const found = this.byId.get(id);
    if (!found)
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return found;
  }

  getUi(): FakeUi {
    if (!this.options.ui) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }

  flush(): void {
    touch(this.env, 'flush');
  }
}
