import { describe, expect, it } from 'vitest';
import { GasProperties } from '../../src/gas/gas-properties';
import { DUE_HANDLER, installDailyTrigger, removeDailyTriggers, TRIGGER_KEY } from '../../src/gas/triggers';
import { createGasFakes, FakeTrigger } from '../fakes/gas-services';

function setup() {
  const fakes = createGasFakes();
  const properties = new GasProperties(fakes.properties.document);
  const install = (hour: number, timeZone = 'Asia/Shanghai') =>
    installDailyTrigger(fakes.ScriptApp, fakes.spreadsheet, properties, { hour, timeZone }, fakes.user);
  const due = () => fakes.document.triggers.filter((t) => t.handler === DUE_HANDLER);
  return { fakes, properties, install, due };
}

describe('installDailyTrigger', () => {
  it('creates one hourly trigger for this document and records the hour and zone of the daily work', () => {
    const { fakes, properties, install, due } = setup();
    expect(install(6)).toEqual({ hour: 6, timeZone: 'Asia/Shanghai', change: 'created', removed: 0 });
    expect(due()).toHaveLength(1);
    expect(due()[0]?.documentId).toBe(fakes.spreadsheet.id);
    expect(due()[0]?.schedule).toEqual({ everyHours: 1 });
    expect(JSON.parse(properties.get(TRIGGER_KEY)!)).toMatchObject({ hour: 6, timeZone: 'Asia/Shanghai' });
  });

  it('keeps the trigger when asked again for the same schedule', () => {
    const { fakes, install, due } = setup();
    install(6);
    const id = due()[0]?.uid;
    fakes.resetCalls();
    expect(install(6).change).toBe('kept');
    expect(due().map((t) => t.uid)).toEqual([id]);
    expect(fakes.calls.newTrigger).toBeUndefined();
  });

  it('keeps the same trigger when the hour or the zone changed, recording the new schedule', () => {
    const { properties, install, due } = setup();
    install(6);
    const id = due()[0]?.uid;
    expect(install(8).change).toBe('replaced');
    expect(install(8, 'Asia/Tokyo').change).toBe('replaced');
    expect(due().map((t) => t.uid)).toEqual([id]);
    expect(JSON.parse(properties.get(TRIGGER_KEY)!)).toMatchObject({ hour: 8, timeZone: 'Asia/Tokyo' });
  });

  it("replaces an older version's daily trigger with an hourly one", () => {
    const { fakes, properties, install, due } = setup();
    const daily = new FakeTrigger(fakes.ScriptApp, DUE_HANDLER, fakes.spreadsheet.id, {
      atHour: 6,
      everyDays: 1,
    });
    fakes.document.triggers.push(daily);
    properties.set(TRIGGER_KEY, JSON.stringify({ id: daily.uid, hour: 6, timeZone: 'Asia/Shanghai' }));
    expect(install(6).change).toBe('replaced');
    expect(due().map((t) => t.schedule)).toEqual([{ everyHours: 1 }]);
  });

  it('replaces a trigger it has no record of, and removes duplicates', () => {
    const { fakes, properties, install, due } = setup();
    const stray = (hour: number) =>
      new FakeTrigger(fakes.ScriptApp, DUE_HANDLER, fakes.spreadsheet.id, { atHour: hour, everyDays: 1 });
    fakes.document.triggers.push(stray(3), stray(4));
    const report = install(6);
    expect(report).toMatchObject({ change: 'replaced', removed: 1 });
    expect(due().map((t) => t.schedule)).toEqual([{ everyHours: 1 }]);
    properties.set(TRIGGER_KEY, 'not json');
    expect(install(6).change).toBe('replaced');
    expect(due()).toHaveLength(1);
  });

  it('leaves other handlers and other documents alone', () => {
    const { fakes, install, due } = setup();
    const other = new FakeTrigger(fakes.ScriptApp, DUE_HANDLER, 'another-spreadsheet', { everyDays: 1 });
    const mine = new FakeTrigger(fakes.ScriptApp, 'somethingElse', fakes.spreadsheet.id, { everyDays: 1 });
    fakes.document.triggers.push(other, mine);
    install(6);
    install(7);
    expect(fakes.document.triggers).toContain(other);
    expect(fakes.document.triggers).toContain(mine);
    expect(due().filter((t) => t.documentId === fakes.spreadsheet.id)).toHaveLength(1);
  });
});

describe('removeDailyTriggers', () => {
  it("deletes this document's runDueTrigger triggers and forgets the schedule", () => {
    const { fakes, properties, install, due } = setup();
    const other = new FakeTrigger(fakes.ScriptApp, DUE_HANDLER, 'another-spreadsheet', { everyDays: 1 });
    fakes.document.triggers.push(other);
    install(6);
    expect(removeDailyTriggers(fakes.ScriptApp, fakes.spreadsheet, properties)).toBe(1);
    expect(due()).toEqual([other]);
    expect(properties.get(TRIGGER_KEY)).toBeNull();
    expect(removeDailyTriggers(fakes.ScriptApp, fakes.spreadsheet, properties)).toBe(0);
  });
});
