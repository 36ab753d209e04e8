/** Fakes of ScriptApp's time-driven triggers: a user's triggers per document, with their schedule. */
import type { ClockTriggerBuilderApi, ScriptAppApi, SpreadsheetApi, TriggerApi } from '../../src/gas/gas-api';
import { type FakeEnv, fakeEnum, touch } from './fake-env';
import { FakeSpreadsheet } from './spreadsheet-app';

export interface FakeSchedule {
  atHour?: number;
  everyDays?: number;
  everyHours?: number;
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
    /** The account that made it: only that account sees it (getUserTriggers, getProjectTriggers) or deletes it. */
    readonly owner: string = 'editor@example.com',
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
  readonly AuthorizationStatus = fakeEnum<typeof GoogleAppsScript.Script.AuthorizationStatus>([
    'REQUIRED',
    'NOT_REQUIRED',
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
  constructor(
    private readonly env: FakeEnv,
    /** The document a trigger created in this execution belongs to; null outside a document. */
    private readonly documentId: string | null,
    /** Every account's triggers of this script; each execution sees only its own user's. */
    readonly triggers: FakeTrigger[] = [],
    readonly user: string = 'editor@example.com',
  ) {}

  private mine(): FakeTrigger[] {
    return this.triggers.filter((t) => t.owner === this.user);
  }

  getAuthorizationInfo(_mode: GoogleAppsScript.Script.AuthMode): {
    getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus;
    getAuthorizationUrl(): string | null;
  } {
    touch(this.env, 'getAuthorizationInfo');
    const required = this.env.authorizationRequired;
    return {
      getAuthorizationStatus: () =>
        required ? this.AuthorizationStatus.REQUIRED : this.AuthorizationStatus.NOT_REQUIRED,
      getAuthorizationUrl: () => (required ? 'https://script.google.com/macros/d/fake/authorize' : null),
    };
  }

  getUserTriggers(spreadsheet: SpreadsheetApi): FakeTrigger[] {
    touch(this.env, 'getUserTriggers');
    const id = spreadsheet instanceof FakeSpreadsheet ? spreadsheet.id : spreadsheet.getId();
    return this.mine().filter((t) => t.documentId === id);
  }

  /** This user's triggers of the project, in every document (an add-on is one project for all). */
  getProjectTriggers(): FakeTrigger[] {
    touch(this.env, 'getProjectTriggers');
    return this.mine();
  }

  newTrigger(functionName: string): { timeBased(): ClockTriggerBuilderApi } {
    touch(this.env, 'newTrigger');
    return { timeBased: () => this.clockBuilder(functionName, {}) };
  }

  deleteTrigger(trigger: TriggerApi): void {
    touch(this.env, 'deleteTrigger');
    // Another account's trigger cannot be seen, so it cannot be deleted either.
    const at = this.triggers.findIndex((t) => t.uid === trigger.getUniqueId() && t.owner === this.user);
    if (at < 0) throw new Error('Trigger not found.');
    this.triggers.splice(at, 1);
  }

  private clockBuilder(handler: string, schedule: FakeSchedule): ClockTriggerBuilderApi {
    const next = (change: FakeSchedule) => this.clockBuilder(handler, { ...schedule, ...change });
    return {
      atHour: (atHour) => next({ atHour }),
      everyDays: (everyDays) => next({ everyDays }),
      everyHours: (everyHours) => {
        // Apps Script refuses other intervals; an add-on may not run more often than hourly.
        if (![1, 2, 4, 6, 8, 12].includes(everyHours)) throw new Error(`Invalid everyHours: ${everyHours}`);
        return next({ everyHours });
      },
      everyWeeks: (everyWeeks) => next({ everyWeeks }),
      onWeekDay: (day) => next({ onWeekDay: String(day) }),
      onMonthDay: (onMonthDay) => next({ onMonthDay }),
      nearMinute: (nearMinute) => next({ nearMinute }),
      inTimezone: (timezone) => next({ timezone }),
      create: () => {
        if (!schedule.everyDays && !schedule.everyHours && !schedule.everyWeeks && !schedule.onMonthDay) {
          throw new Error(
            'A time-based trigger needs a recurrence (everyDays, everyHours, everyWeeks or onMonthDay).',
          );
        }
        if (this.mine().length >= TRIGGER_LIMIT) {
          throw new Error(
            'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
          );
        }
        const trigger = new FakeTrigger(this, handler, this.documentId, schedule, this.user);
        this.triggers.push(trigger);
        return trigger;
      },
    };
  }
}
