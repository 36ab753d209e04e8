import { describe, expect, it } from 'vitest';
import { createGasFakes } from '../fakes/gas-services';

describe('the SpreadsheetApp fake behaves like Sheets', () => {
  it('names sheets uniquely without regard to case and returns null for a missing one', () => {
    const { spreadsheet: ss } = createGasFakes();
    expect(ss.getSheetByName('missing')).toBeNull();
    ss.insertSheet('Inquiries', 1);
    expect(ss.getSheetByName('inquiries')?.getName()).toBe('Inquiries');
    expect(() => ss.insertSheet('INQUIRIES', 2)).toThrow('A sheet with the name "INQUIRIES" already exists');
  });

  it('inserts a sheet without an index after the active one, and keeps the last sheet', () => {
    const { spreadsheet: ss } = createGasFakes();
    ss.insertSheet('B', 1);
    ss.insertSheet('A', 0);
    ss.insertSheet('C');
    expect(ss.names()).toEqual(['A', 'C', 'Sheet1', 'B']);
    for (const name of ['A', 'C', 'Sheet1']) ss.deleteSheet(ss.sheet(name));
    expect(() => ss.deleteSheet(ss.sheet('B'))).toThrow("You can't remove all the sheets");
  });

  it('checks range bounds and data size with Sheets messages', () => {
    const sheet = createGasFakes().spreadsheet.sheet('Sheet1');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('at least 1');
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a']])).toThrow(
      'The data has 1 but the range has 2.',
    );
  });

  it('spans the data range from A1 to the last row and column with content', () => {
    const sheet = createGasFakes().spreadsheet.sheet('Sheet1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    sheet.getRange('C4').setValues([['x']]);
    sheet.getRange(2, 5, 1, 1).setValues([['']]);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getValues()).toHaveLength(4);
    expect(sheet.getDataRange().getValues()[3]).toEqual(['', '', 'x']);
  });

  it('will not delete every unfrozen row', () => {
    const sheet = createGasFakes().spreadsheet.sheet('Sheet1');
    sheet.setFrozenRows(2);
    expect(() => sheet.deleteRows(3, 998)).toThrow('not possible to delete all non-frozen rows');
    sheet.getRange('A5').setValues([['keep']]);
    sheet.deleteRows(3, 2);
    expect(sheet.getRange('A3').getValues()).toEqual([['keep']]);
    expect(sheet.maxRows).toBe(998);
  });

  it('refuses every billed call in AuthMode.NONE but still builds menus', () => {
    const fakes = createGasFakes({ authMode: 'NONE' });
    expect(() => fakes.SpreadsheetApp.getActiveSpreadsheet()).toThrow('Authorization is required');
    expect(() => fakes.PropertiesService.getDocumentProperties()?.getProperty('x')).toThrow('Authorization');
    fakes.SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'go').addToUi();
    expect(fakes.ui.shownItems()).toEqual([{ caption: 'Go', functionName: 'go' }]);
  });

  it('lets a LIMITED onOpen read its document, properties and toast, but not manage triggers or open files', () => {
    const fakes = createGasFakes({ authMode: 'LIMITED' });
    fakes.PropertiesService.getDocumentProperties()?.getProperty('x');
    fakes.spreadsheet.toast('hello', 'Spiral', 5);
    expect(fakes.spreadsheet.toasts).toEqual([{ message: 'hello', title: 'Spiral', timeoutSeconds: 5 }]);
    expect(fakes.spreadsheet.getSheetByName('Sheet1')?.getDataRange().getValues()).toEqual([['']]);
    expect(() => fakes.ScriptApp.getUserTriggers(fakes.spreadsheet)).toThrow('AuthMode.LIMITED');
    expect(() => fakes.ScriptApp.newTrigger('runDueTrigger')).toThrow('Authorization is required');
    expect(() => fakes.SpreadsheetApp.openById('spreadsheet-1')).toThrow('Authorization is required');
  });

  it('shares one document between executions: sheets, properties, locks, triggers and clock', () => {
    const menu = createGasFakes();
    const trigger = menu.nextExecution({ container: 'trigger' });
    expect(trigger.executionId).not.toBe(menu.executionId);
    menu.spreadsheet.insertSheet('Seen', 1);
    menu.properties.document.setProperty('k', 'v');
    menu.ScriptApp.newTrigger('runDueTrigger').timeBased().everyDays(1).create();
    menu.clock.time = 1;
    expect(trigger.SpreadsheetApp.openById('spreadsheet-1').names()).toContain('Seen');
    expect(trigger.PropertiesService.getDocumentProperties()?.getProperty('k')).toBe('v');
    expect(trigger.ScriptApp.getUserTriggers(trigger.spreadsheet)).toHaveLength(1);
    expect(trigger.clock.time).toBe(1);
    expect(menu.LockService.getDocumentLock()?.tryLock(0)).toBe(true);
    expect(trigger.LockService.getDocumentLock()?.tryLock(0)).toBe(false);
  });

  it('fails a chosen call when a fault is injected, naming the sheet written', () => {
    const fakes = createGasFakes();
    const seen: [string, string | null][] = [];
    fakes.env.fault = (method, sheet) => {
      seen.push([method, sheet]);
      if (method === 'setValues') throw new Error('quota');
    };
    const sheet = fakes.spreadsheet.sheet('Sheet1');
    expect(() => sheet.getRange(1, 1, 1, 1).setValues([['x']])).toThrow('quota');
    expect(seen.at(-1)).toEqual(['setValues', 'Sheet1']);
    expect(sheet.snapshot()).toEqual([]);
  });

  it('has no active spreadsheet or UI in a trigger run, and no document services outside a document', () => {
    const trigger = createGasFakes({ container: 'trigger' });
    expect(trigger.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    expect(() => trigger.SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(trigger.PropertiesService.getDocumentProperties()).not.toBeNull();
    expect(trigger.SpreadsheetApp.openById('spreadsheet-1')).toBe(trigger.spreadsheet);
    const none = createGasFakes({ container: 'none' });
    expect(none.PropertiesService.getDocumentProperties()).toBeNull();
    expect(none.LockService.getDocumentLock()).toBeNull();
  });

  it('creates, lists and deletes time-driven triggers per document', () => {
    const { ScriptApp, spreadsheet } = createGasFakes();
    const trigger = ScriptApp.newTrigger('runDueTrigger')
      .timeBased()
      .atHour(7)
      .everyDays(1)
      .inTimezone('Asia/Shanghai')
      .create();
    expect(trigger.getHandlerFunction()).toBe('runDueTrigger');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(ScriptApp.getUserTriggers(spreadsheet).map((t) => t.getUniqueId())).toEqual([
      trigger.getUniqueId(),
    ]);
    expect(ScriptApp.triggers[0]?.schedule).toEqual({ atHour: 7, everyDays: 1, timezone: 'Asia/Shanghai' });
    ScriptApp.deleteTrigger(trigger);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
    expect(() => ScriptApp.newTrigger('x').timeBased().atHour(3).create()).toThrow('recurrence');
  });

  it('records alerts and answers prompts from a script', () => {
    const { ui } = createGasFakes();
    ui.promptResponses.push({ button: 'OK', text: '2026-W47' });
    const answer = ui.prompt('Spiral', '周期 / Period', ui.ButtonSet.OK_CANCEL);
    expect(answer.getResponseText()).toBe('2026-W47');
    expect(answer.getSelectedButton()).toBe(ui.Button.OK);
    expect(() => ui.prompt('Spiral', 'again', ui.ButtonSet.OK)).toThrow('Unscripted prompt');
    ui.alert('done');
    expect(ui.alerts).toEqual([{ title: '', prompt: 'done' }]);
  });

  it('formats dates in a zone with Utilities.formatDate', () => {
    const { Utilities } = createGasFakes();
    const instant = new Date('2026-11-05T16:30:00Z');
    expect(Utilities.formatDate(instant, 'Asia/Shanghai', "yyyy-MM-dd'T'HH:mm")).toBe('2026-11-06T00:30');
    expect(Utilities.formatDate(instant, 'UTC', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-11-05 16:30:00');
  });
});

describe('the fake keeps row groups as Sheets does', () => {
  function sheet() {
    const { spreadsheet: ss, SpreadsheetApp } = createGasFakes();
    return { s: ss.insertSheet('Tab', 1), SpreadsheetApp };
  }
  const groups = (s: ReturnType<typeof sheet>['s']) => s.rowGroups.groups();

  it('nests a group one deeper per shift, never past eight, and ungroups every depth at minus eight', () => {
    const { s } = sheet();
    s.getRange(3, 1, 4, 1).shiftRowGroupDepth(1);
    s.getRange(4, 1, 2, 1).shiftRowGroupDepth(1);
    expect(groups(s)).toEqual([
      { first: 3, last: 6, depth: 1, collapsed: false },
      { first: 4, last: 5, depth: 2, collapsed: false },
    ]);
    s.getRange(4, 1, 1, 1).shiftRowGroupDepth(20);
    expect(s.rowGroups.depthOf(4)).toBe(8);
    s.getRange(1, 1, s.getMaxRows(), 1).shiftRowGroupDepth(-8);
    expect(groups(s)).toEqual([]);
  });

  it('collapses every group at once (refusing a sheet without any); a group made after starts expanded', () => {
    const { s } = sheet();
    expect(() => s.collapseAllRowGroups()).toThrow(/no row groups/);
    s.getRange(3, 1, 2, 1).shiftRowGroupDepth(1);
    s.collapseAllRowGroups();
    s.getRange(6, 1, 2, 1).shiftRowGroupDepth(1);
    expect(groups(s).map((g) => g.collapsed)).toEqual([true, false]);
    expect([...s.rowGroups.hidden].sort()).toEqual([3, 4]);
  });

  it('keeps groups and hidden rows through clear(); a collapsed group removed leaves its rows hidden', () => {
    const { s } = sheet();
    s.getRange(3, 1, 2, 1).shiftRowGroupDepth(1);
    s.collapseAllRowGroups();
    s.clear();
    expect(groups(s)).toHaveLength(1);
    s.getRange(3, 1, 2, 1).shiftRowGroupDepth(-1);
    expect(groups(s)).toEqual([]);
    expect([...s.rowGroups.hidden].sort()).toEqual([3, 4]);
    s.showRows(1, s.getMaxRows());
    expect(s.rowGroups.hidden.size).toBe(0);
  });

  it('moves groups with inserted and deleted rows; a row inserted inside a group joins it', () => {
    const { s } = sheet();
    s.getRange(3, 1, 3, 1).shiftRowGroupDepth(1);
    s.insertRowsAfter(3, 2);
    expect(groups(s)).toEqual([{ first: 3, last: 7, depth: 1, collapsed: false }]);
    s.deleteRows(1, 2);
    expect(groups(s)).toEqual([{ first: 1, last: 5, depth: 1, collapsed: false }]);
  });
});
