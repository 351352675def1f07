// ScriptApp: installable triggers (time-driven and spreadsheet), their builders and the enums.
// https://developers.google.com/apps-script/reference/script/script-app
import { SERVICE_NAME } from './counter';
import { enumOf } from './enums';
import type { Runtime } from './runtime';
import type { Spreadsheet } from './spreadsheet/spreadsheet';
import type { ScheduleState, TriggerState } from './state';

/** https://developers.google.com/apps-script/guides/triggers/installable#restrictions: 20 per user per script. */
const MAX_TRIGGERS_PER_USER = 20;
/** Trigger ids are numeric strings; ours count up from here. */
const FIRST_TRIGGER_ID = 7_000_000;

export class Trigger {
  readonly [SERVICE_NAME] = 'Trigger';

  constructor(readonly state: TriggerState) {}

  getHandlerFunction(): string {
    return this.state.handlerFunction;
  }

  getUniqueId(): string {
    return this.state.uniqueId;
  }

  getEventType(): string {
    return this.state.eventType;
  }

  getTriggerSource(): string {
    return this.state.triggerSource;
  }

  getTriggerSourceId(): string | null {
    return this.state.triggerSourceId;
  }
}

/** Every trigger of the project, whoever owns it. */
export class TriggerTable {
  constructor(
    readonly list: TriggerState[],
    private readonly runtime: Runtime,
    private readonly spreadsheet: Spreadsheet,
  ) {}

  create(state: Omit<TriggerState, 'uniqueId' | 'ownerEmail' | 'documentId'>): Trigger {
    const ownerEmail = this.runtime.userEmail;
    const documentId = this.runtime.activeDocument && this.runtime.bound ? this.spreadsheet.getId() : null;
    const mine = this.list.filter((trigger) => trigger.ownerEmail === ownerEmail);
    if (mine.length >= MAX_TRIGGERS_PER_USER) {
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    }
    // An editor add-on may have one trigger of each type per user per document.
    if (
      documentId &&
      mine.some((trigger) => trigger.documentId === documentId && trigger.eventType === state.eventType)
    ) {
      throw new Error(
        'This add-on has created too many time-based triggers in this document for this Google user account.',
      );
    }
    const uniqueId = String(
      Math.max(FIRST_TRIGGER_ID, ...this.list.map((trigger) => Number(trigger.uniqueId))) + 1,
    );
    const created: TriggerState = { ...state, uniqueId, ownerEmail, documentId };
    this.list.push(created);
    return new Trigger(created);
  }

  remove(uniqueId: string): void {
    const index = this.list.findIndex((trigger) => trigger.uniqueId === uniqueId);
    if (index >= 0) this.list.splice(index, 1);
  }
}

// https://developers.google.com/apps-script/reference/script/clock-trigger-builder
export class ClockTriggerBuilder {
  readonly [SERVICE_NAME] = 'ClockTriggerBuilder';
  private readonly schedule: ScheduleState = {
    weekDay: null,
    hour: null,
    minute: null,
    everyWeeks: 1,
    everyDays: null,
    everyHours: null,
    timeZone: null,
  };

  constructor(
    private readonly table: TriggerTable,
    private readonly handlerFunction: string,
  ) {}

  onWeekDay(day: string): this {
    this.schedule.weekDay = String(day);
    return this;
  }

  atHour(hour: number): this {
    this.schedule.hour = hour;
    return this;
  }

  nearMinute(minute: number): this {
    this.schedule.minute = minute;
    return this;
  }

  everyWeeks(weeks: number): this {
    this.schedule.everyWeeks = weeks;
    return this;
  }

  everyDays(days: number): this {
    this.schedule.everyDays = days;
    return this;
  }

  /** Add-on time-driven triggers may run at most hourly. */
  everyHours(hours: number): this {
    this.schedule.everyHours = hours;
    return this;
  }

  inTimezone(timeZone: string): this {
    this.schedule.timeZone = timeZone;
    return this;
  }

  create(): Trigger {
    return this.table.create({
      handlerFunction: this.handlerFunction,
      eventType: 'CLOCK',
      triggerSource: 'CLOCK',
      triggerSourceId: null,
      schedule: { ...this.schedule },
    });
  }
}

// https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder
export class SpreadsheetTriggerBuilder {
  readonly [SERVICE_NAME] = 'SpreadsheetTriggerBuilder';
  private eventType = 'ON_OPEN';

  constructor(
    private readonly table: TriggerTable,
    private readonly handlerFunction: string,
    private readonly spreadsheetId: string,
  ) {}

  onOpen(): this {
    return this.on('ON_OPEN');
  }

  onEdit(): this {
    return this.on('ON_EDIT');
  }

  onChange(): this {
    return this.on('ON_CHANGE');
  }

  onFormSubmit(): this {
    return this.on('ON_FORM_SUBMIT');
  }

  create(): Trigger {
    return this.table.create({
      handlerFunction: this.handlerFunction,
      eventType: this.eventType,
      triggerSource: 'SPREADSHEETS',
      triggerSourceId: this.spreadsheetId,
      schedule: null,
    });
  }

  private on(eventType: string): this {
    this.eventType = eventType;
    return this;
  }
}

export class TriggerBuilder {
  readonly [SERVICE_NAME] = 'TriggerBuilder';

  constructor(
    private readonly table: TriggerTable,
    private readonly handlerFunction: string,
  ) {}

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.table, this.handlerFunction);
  }

  forSpreadsheet(spreadsheet: Spreadsheet | string): SpreadsheetTriggerBuilder {
    const id = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
    return new SpreadsheetTriggerBuilder(this.table, this.handlerFunction, id);
  }
}

export class ScriptApp {
  readonly [SERVICE_NAME] = 'ScriptApp';
  readonly WeekDay = enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');
  readonly EventType = enumOf(
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  );
  readonly TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  readonly AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');

  constructor(
    private readonly table: TriggerTable,
    private readonly runtime: Runtime,
  ) {}

  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this.table, functionName);
  }

  /** The current user's triggers in this project. */
  getProjectTriggers(): Trigger[] {
    return this.mine().map((state) => new Trigger(state));
  }

  /** The current user's triggers created in the given document. */
  getUserTriggers(spreadsheet: Spreadsheet): Trigger[] {
    const id = spreadsheet.getId();
    return this.mine()
      .filter((state) => state.documentId === id || state.triggerSourceId === id)
      .map((state) => new Trigger(state));
  }

  deleteTrigger(trigger: Trigger): void {
    this.table.remove(trigger.state.uniqueId);
  }

  getScriptId(): string {
    return '1mInUtAsCrIpT0iD00000000000000000000000000000000000000000';
  }

  private mine(): TriggerState[] {
    return this.table.list.filter((state) => state.ownerEmail === this.runtime.userEmail);
  }
}
