// Turning the follow-up on and off: exactly one weekly trigger per user and spreadsheet, and its health.
import type { FollowUpSettings } from '../../../src/server/api';
import { FOLLOW_UP_HANDLER, followUpSpreadsheetId, followUpStatus } from '../../../src/server/followup';
import { harness } from './harness';

const MADRID_MONDAY_MORNING = new Date('2026-11-23T07:00:00Z'); // 08:00 in Madrid
const ON: FollowUpSettings = {
  enabled: true,
  weekday: 'MONDAY',
  hour: 9,
  sendToClient: true,
  copyAssistant: true,
  sendToOwners: false,
  sendWhenEmpty: false,
  language: 'es',
};

describe('turning the follow-up on', () => {
  it('installs one weekly trigger at the chosen weekday and hour, in the spreadsheet time zone', () => {
    const run = harness({ timeZone: 'Europe/Madrid', now: MADRID_MONDAY_MORNING });
    const status = run.turnOn({ weekday: 'FRIDAY', hour: 17 });
    const [trigger, ...others] = run.followUpTriggers();
    expect(others).toEqual([]);
    expect(trigger?.schedule).toMatchObject({ weekDay: 'FRIDAY', hour: 17, timeZone: 'Europe/Madrid' });
    expect(status).toMatchObject({
      installed: true,
      installedBy: 'sofi@va.com',
      nextRun: '2026-11-27 17:00',
    });
  });

  it('leaves one trigger however many times it is turned on, with the latest schedule', () => {
    const run = harness({ timeZone: 'Europe/Madrid', now: MADRID_MONDAY_MORNING });
    run.turnOn();
    run.turnOn();
    run.turnOn({ weekday: 'TUESDAY' });
    expect(run.followUpTriggers().map((trigger) => trigger.schedule?.weekDay)).toEqual(['TUESDAY']);
  });

  it("replaces a trigger left under the handler's old name", () => {
    const run = harness({ timeZone: 'Europe/Madrid', now: MADRID_MONDAY_MORNING });
    run.turnOn();
    const [installed] = run.followUpTriggers();
    // The handler was renamed since: the stored id still identifies the old trigger as ours.
    const scriptApp = run.emulator.globals.ScriptApp;
    const old = scriptApp
      .getProjectTriggers()
      .find((trigger) => trigger.getUniqueId() === installed?.uniqueId);
    if (old) scriptApp.deleteTrigger(old);
    const renamed = scriptApp
      .newTrigger('oldWeeklyHandler')
      .timeBased()
      .onWeekDay(scriptApp.WeekDay.MONDAY)
      .atHour(9)
      .create();
    const properties = run.emulator.globals.PropertiesService.getDocumentProperties();
    const record = JSON.parse(properties.getProperty('minuta.followUp.trigger') ?? '{}') as Record<
      string,
      unknown
    >;
    properties.setProperty(
      'minuta.followUp.trigger',
      JSON.stringify({ ...record, triggerId: renamed.getUniqueId() }),
    );
    run.turnOn();
    expect(run.emulator.triggers.list().map((trigger) => trigger.handlerFunction)).toEqual([
      FOLLOW_UP_HANDLER,
    ]);
  });

  it("does not touch the project's other triggers", () => {
    const run = harness({ timeZone: 'Europe/Madrid', now: MADRID_MONDAY_MORNING });
    const scriptApp = run.emulator.globals.ScriptApp;
    scriptApp.newTrigger('onEditInstalled').forSpreadsheet(run.emulator.spreadsheet).onEdit().create();
    run.turnOn();
    run.turnOn();
    expect(
      run.emulator.triggers
        .list()
        .map((trigger) => trigger.handlerFunction)
        .sort(),
    ).toEqual([FOLLOW_UP_HANDLER, 'onEditInstalled'].sort());
  });
});

describe('the time-driven run', () => {
  it("finds the trigger's spreadsheet by the trigger's id, until the trigger is removed", () => {
    const run = harness({ timeZone: 'Europe/Madrid', now: MADRID_MONDAY_MORNING });
    run.turnOn();
    const triggerId = run.followUpTriggers()[0]?.uniqueId ?? '';
    const userProperties = run.emulator.globals.PropertiesService.getUserProperties();
    expect(followUpSpreadsheetId(userProperties, triggerId)).toBe(run.emulator.spreadsheet.getId());
    run.turnOff();
    expect(Object.keys(userProperties.getProperties())).toEqual([]);
  });
});

describe('turning the follow-up off', () => {
  it('removes the trigger and shows it as not installed', () => {
    const run = harness({ timeZone: 'Europe/Madrid', now: MADRID_MONDAY_MORNING });
    run.turnOn();
    const status = run.turnOff();
    expect(run.followUpTriggers()).toEqual([]);
    expect(status).toMatchObject({ installed: false, installedBy: null, nextRun: null });
  });
});

describe('the health the settings show', () => {
  it('reports a trigger deleted by hand as not installed', () => {
    const run = harness({ timeZone: 'Europe/Madrid', now: MADRID_MONDAY_MORNING });
    run.turnOn();
    const scriptApp = run.emulator.globals.ScriptApp;
    for (const trigger of scriptApp.getProjectTriggers()) scriptApp.deleteTrigger(trigger);
    expect(run.turnOn().installed).toBe(true);
    for (const trigger of scriptApp.getProjectTriggers()) scriptApp.deleteTrigger(trigger);
    expect(followUpStatus(run.statusDeps(), ON).installed).toBe(false);
  });

  it("shows another editor's installation as installed, by them", () => {
    const run = harness({ timeZone: 'Europe/Madrid', now: MADRID_MONDAY_MORNING });
    run.turnOn();
    run.actAs('marta@cliente.com');
    expect(followUpStatus(run.statusDeps(), ON)).toMatchObject({
      installed: true,
      installedBy: 'sofi@va.com',
    });
  });

  it('shows the mail quota left today', () => {
    const run = harness({ timeZone: 'Europe/Madrid', now: MADRID_MONDAY_MORNING, mailQuota: 37 });
    expect(run.turnOn().quotaLeft).toBe(37);
  });
});
