/**
 * The slice of the Apps Script services Spiral calls, picked from @types/google-apps-script.
 * The real services satisfy these types (main.ts passes the globals in) and so must the test
 * fake (test/fakes), so a call with a wrong signature fails typecheck on both sides.
 * Chainable methods are re-typed to return the narrow type instead of the whole service.
 */

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** The parts of a cell's rich text Spiral looks at: is it one plain run, and does it link anywhere. */
export interface RichTextApi
  extends Pick<GoogleAppsScript.Spreadsheet.RichTextValue, 'getText' | 'getLinkUrl'> {
  getRuns(): RichTextApi[];
}

export interface RangeApi
  extends Pick<Range, 'getValues' | 'getFormulas' | 'getNumberFormats' | 'getNumRows' | 'getNumColumns'> {
  /** Null for a cell that holds no text (a number, a date, a boolean). */
  getRichTextValues(): (RichTextApi | null)[][];
  setValues(...args: Parameters<Range['setValues']>): RangeApi;
  clearContent(): RangeApi;
  setNumberFormat(...args: Parameters<Range['setNumberFormat']>): RangeApi;
  setNumberFormats(...args: Parameters<Range['setNumberFormats']>): RangeApi;
  setFontWeight(...args: Parameters<Range['setFontWeight']>): RangeApi;
  setFontWeights(...args: Parameters<Range['setFontWeights']>): RangeApi;
  setFontStyles(...args: Parameters<Range['setFontStyles']>): RangeApi;
  setFontSizes(...args: Parameters<Range['setFontSizes']>): RangeApi;
  setFontColor(...args: Parameters<Range['setFontColor']>): RangeApi;
  setFontColors(...args: Parameters<Range['setFontColors']>): RangeApi;
  setBackground(...args: Parameters<Range['setBackground']>): RangeApi;
  setBackgrounds(...args: Parameters<Range['setBackgrounds']>): RangeApi;
  setWraps(...args: Parameters<Range['setWraps']>): RangeApi;
  setHorizontalAlignments(...args: Parameters<Range['setHorizontalAlignments']>): RangeApi;
  setNotes(...args: Parameters<Range['setNotes']>): RangeApi;
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  clearDataValidations(): RangeApi;
  protect(): ProtectionApi;
  /** Groups the range's rows one level deeper (a negative delta ungroups; depths stay within 0–8). */
  shiftRowGroupDepth(delta: number): RangeApi;
}

export type DataValidationApi = Pick<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'getCriteriaValues' | 'getAllowInvalid'
>;

export interface DataValidationBuilderApi {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  requireValueInRange(range: RangeApi, showDropdown: boolean): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  build(): DataValidationApi;
}

export interface ProtectionApi
  extends Pick<GoogleAppsScript.Spreadsheet.Protection, 'getDescription' | 'isWarningOnly'> {
  setDescription(description: string): ProtectionApi;
  setWarningOnly(warningOnly: boolean): ProtectionApi;
}

/** Generic chart builder methods; the typed builders (asBarChart…) have them too. */
export interface ChartBuilderApi {
  asBarChart(): ChartBuilderApi;
  asColumnChart(): ChartBuilderApi;
  asLineChart(): ChartBuilderApi;
  addRange(range: RangeApi): ChartBuilderApi;
  setNumHeaders(headers: number): ChartBuilderApi;
  setOption(option: string, value: unknown): ChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilderApi;
  build(): ChartApi;
}

export type ChartApi = Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId'>;

export interface SheetApi
  extends Pick<
    Sheet,
    | 'getName'
    | 'getSheetId'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getMaxRows'
    | 'getMaxColumns'
    | 'getFrozenRows'
    | 'setFrozenRows'
    | 'getColumnWidth'
    | 'deleteRows'
    | 'deleteColumns'
    | 'isSheetHidden'
  > {
  hideSheet(): SheetApi;
  hideColumns(columnIndex: number): void;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getRange(a1Notation: string): RangeApi;
  getDataRange(): RangeApi;
  setName(name: string): SheetApi;
  /** Makes this the sheet the user sees (the panel's links to sheets). */
  activate(): SheetApi;
  clear(): SheetApi;
  insertRowsAfter(afterPosition: number, howMany: number): SheetApi;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetApi;
  setColumnWidth(columnPosition: number, width: number): SheetApi;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[];
  newChart(): ChartBuilderApi;
  getCharts(): ChartApi[];
  insertChart(chart: ChartApi): void;
  removeChart(chart: ChartApi): void;
  /** Where a row group's +/- sits: on the row before the group or after it. */
  setRowGroupControlPosition(position: GoogleAppsScript.Spreadsheet.GroupControlTogglePosition): SheetApi;
  /** Collapses every row group of the sheet; Sheets requires at least one. */
  collapseAllRowGroups(): SheetApi;
  showRows(rowIndex: number, numRows: number): void;
}

export interface SpreadsheetApi
  extends Pick<Spreadsheet, 'getId' | 'getName' | 'getSpreadsheetTimeZone' | 'getNumSheets'> {
  /** A small message in the corner of the open spreadsheet; it needs no dialog and no authorization prompt. */
  toast(msg: string, title?: string, timeoutSeconds?: number): void;
  getSheets(): SheetApi[];
  getSheetByName(name: string): SheetApi | null;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  deleteSheet(sheet: SheetApi): void;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addToUi(): void;
}

export interface UiApi extends Pick<GoogleAppsScript.Base.Ui, 'ButtonSet' | 'Button'> {
  alert(prompt: string): GoogleAppsScript.Base.Button;
  alert(
    title: string,
    prompt: string,
    buttons: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.Button;
  prompt(
    title: string,
    prompt: string,
    buttons: GoogleAppsScript.Base.ButtonSet,
  ): GoogleAppsScript.Base.PromptResponse;
  createAddonMenu(): MenuApi;
  showSidebar(userInterface: HtmlOutputApi): void;
}

export interface HtmlOutputApi {
  setTitle(title: string): HtmlOutputApi;
}

export interface HtmlServiceApi {
  /** A page from an .html file of the project (dist/Sidebar.html is pushed as Sidebar). */
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
}

export interface SpreadsheetAppApi
  extends Pick<App, 'ProtectionType' | 'GroupControlTogglePosition' | 'flush'> {
  /** Null in a run with no open document (a time-driven trigger), whatever the typings say. */
  getActiveSpreadsheet(): SpreadsheetApi | null;
  openById(id: string): SpreadsheetApi;
  getUi(): UiApi;
  newDataValidation(): DataValidationBuilderApi;
}

export interface PropertiesApi
  extends Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'getProperties'> {
  setProperty(key: string, value: string): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
}

export interface PropertiesServiceApi {
  /** Null where the script runs outside a document. */
  getDocumentProperties(): PropertiesApi | null;
  getScriptProperties(): PropertiesApi;
  getUserProperties(): PropertiesApi;
}

export type LockApi = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>;

export interface LockServiceApi {
  /** Null where the script runs outside a document. */
  getDocumentLock(): LockApi | null;
  getScriptLock(): LockApi;
}

export type TriggerApi = Pick<
  GoogleAppsScript.Script.Trigger,
  'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource'
>;

export interface ClockTriggerBuilderApi {
  atHour(hour: number): ClockTriggerBuilderApi;
  everyDays(n: number): ClockTriggerBuilderApi;
  everyHours(n: number): ClockTriggerBuilderApi;
  everyWeeks(n: number): ClockTriggerBuilderApi;
  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilderApi;
  onMonthDay(day: number): ClockTriggerBuilderApi;
  nearMinute(minute: number): ClockTriggerBuilderApi;
  inTimezone(timezone: string): ClockTriggerBuilderApi;
  create(): TriggerApi;
}

export interface ScriptAppApi
  extends Pick<
    GoogleAppsScript.Script.ScriptApp,
    'AuthMode' | 'AuthorizationStatus' | 'EventType' | 'TriggerSource' | 'WeekDay'
  > {
  getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode): {
    getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
    getAuthorizationUrl(): string | null;
  };
  getUserTriggers(spreadsheet: SpreadsheetApi): TriggerApi[];
  getProjectTriggers(): TriggerApi[];
  newTrigger(functionName: string): { timeBased(): ClockTriggerBuilderApi };
  deleteTrigger(trigger: TriggerApi): void;
}

export interface SessionApi
  extends Pick<GoogleAppsScript.Base.Session, 'getScriptTimeZone' | 'getActiveUserLocale'> {
  /** The account the script runs as (a trigger's: the account that made it); its email may be ''. */
  getEffectiveUser(): { getEmail(): string };
}

export type UtilitiesApi = Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'sleep'>;

export interface LoggerApi {
  log(data: unknown): LoggerApi;
}

/** Every Apps Script global Spiral reads, as one bundle of services. */
export interface GasServices {
  SpreadsheetApp: SpreadsheetAppApi;
  ScriptApp: ScriptAppApi;
  PropertiesService: PropertiesServiceApi;
  LockService: LockServiceApi;
  Session: SessionApi;
  Utilities: UtilitiesApi;
  Logger: LoggerApi;
  HtmlService: HtmlServiceApi;
}
