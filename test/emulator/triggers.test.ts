// ScriptApp triggers: builders, getters, owner and schedule, add-on limits, next run, and firing handlers.
import { createEmulator, loadBundle } from '../../emulator';

// 2025-03-10 is a Monday; 12:00 UTC is 09:00 in Buenos Aires (UTC-3, no DST).
const MONDAY_NOON_UTC = new Date('2025-03-10T12:00:00Z');

function weeklyTrigger(
  emulator: ReturnType<typeof createEmulator>,
  weekday: 'MONDAY' | 'WEDNESDAY',
  hour: number,
) {
  const { ScriptApp } = emulator.globals;
  return ScriptApp.newTrigger('weeklyFollowUp')
    .timeBased()
    .onWeekDay(ScriptApp.WeekDay[weekday])
    .atHour(hour)
    .nearMinute(0)
    .everyWeeks(1)
    .inTimezone('America/Argentina/Buenos_Aires')
    .create();
}

it('creates a weekly trigger with its getters, owner and schedule', () => {
  const emulator = createEmulator({ now: MONDAY_NOON_UTC, userEmail: 'ana@example.com' });
  const { ScriptApp } = emulator.globals;
  const trigger = weeklyTrigger(emulator, 'WEDNESDAY', 9);
  expect(trigger.getHandlerFunction()).toBe('weeklyFollowUp');
  expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
  expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
  const [info] = emulator.triggers.list();
  expect(info).toMatchObject({ ownerEmail: 'ana@example.com', schedule: { weekDay: 'WEDNESDAY', hour: 9 } });
});

it('computes the next run in the trigger zone', () => {
  const emulator = createEmulator({ now: MONDAY_NOON_UTC });
  const later = weeklyTrigger(emulator, 'WEDNESDAY', 9);
  expect(emulator.triggers.nextRun(later.getUniqueId())).toEqual(new Date('2025-03-12T12:00:00Z'));
  emulator.triggers.list().forEach((info) => expect(info.nextRun).toBe('2025-03-12T12:00:00.000Z'));
});

it('moves the next run to next week once this week’s hour has passed', () => {
  const emulator = createEmulator({ now: MONDAY_NOON_UTC });
  const trigger = weeklyTrigger(emulator, 'MONDAY', 8);
  expect(emulator.triggers.nextRun(trigger.getUniqueId())).toEqual(new Date('2025-03-17T11:00:00Z'));
});

it('creates spreadsheet triggers and lists the user’s triggers of the document', () => {
  const emulator = createEmulator();
  const { ScriptApp, SpreadsheetApp } = emulator.globals;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const onEdit = ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(spreadsheet).onEdit().create();
  expect(onEdit.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
  expect(onEdit.getTriggerSourceId()).toBe(spreadsheet.getId());
  expect(ScriptApp.getUserTriggers(spreadsheet).map((trigger) => trigger.getHandlerFunction())).toEqual([
    'onEditInstalled',
  ]);
});

it('allows one time-driven trigger per user per document, like an editor add-on', () => {
  const emulator = createEmulator();
  weeklyTrigger(emulator, 'MONDAY', 9);
  expect(() => weeklyTrigger(emulator, 'MONDAY', 10)).toThrow(
    'This add-on has created too many time-based triggers in this document for this Google user account',
  );
});

it('deletes triggers and shows each user only their own', () => {
  const owner = createEmulator({ userEmail: 'ana@example.com' });
  const trigger = weeklyTrigger(owner, 'MONDAY', 9);
  const otherUser = createEmulator({ userEmail: 'bob@example.com', state: owner.serialize() });
  expect(otherUser.globals.ScriptApp.getProjectTriggers()).toHaveLength(0);
  owner.globals.ScriptApp.deleteTrigger(trigger);
  expect(owner.globals.ScriptApp.getProjectTriggers()).toHaveLength(0);
});

it('fires the handler as the trigger owner, with a time-driven event', () => {
  const emulator = createEmulator({ now: MONDAY_NOON_UTC, userEmail: 'ana@example.com' });
  loadBundle(
    emulator,
    'function weeklyFollowUp(e) { return [e.triggerUid, e.authMode, Session.getEffectiveUser().getEmail()]; }',
  );
  const trigger = weeklyTrigger(emulator, 'MONDAY', 9);
  expect(emulator.triggers.fire(trigger.getUniqueId())).toEqual([
    trigger.getUniqueId(),
    'FULL',
    'ana@example.com',
  ]);
});

it('fails like Apps Script when the handler does not exist', () => {
  const emulator = createEmulator();
  loadBundle(emulator, 'function other() {}');
  const trigger = weeklyTrigger(emulator, 'MONDAY', 9);
  expect(() => emulator.triggers.fire(trigger.getUniqueId())).toThrow(
    'Script function not found: weeklyFollowUp',
  );
});
