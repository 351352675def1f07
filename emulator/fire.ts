// Firing an installable trigger: its handler runs as the trigger's owner, with the event object of its type.
// https://developers.google.com/apps-script/guides/triggers/events
import { asExecution, type ExecutionContext } from './runtime';
import type { TriggerState } from './state';

function triggerEvent(trigger: TriggerState, now: Date, source: unknown): Record<string, unknown> {
  const common = { authMode: 'FULL', triggerUid: trigger.uniqueId };
  if (trigger.eventType !== 'CLOCK')
    return { ...common, source, user: { email: trigger.ownerEmail, nickname: '' } };
  return {
    ...common,
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/** Runs the handler loaded by loadBundle; extra fields are merged into the event (e.g. range and value of an edit). */
export function fireTrigger(
  context: ExecutionContext,
  uniqueId: string,
  extraEvent: Record<string, unknown> = {},
): unknown {
  const { runtime, counter, spreadsheet } = context;
  const trigger = context.triggers.find((candidate) => candidate.uniqueId === uniqueId);
  if (!trigger) throw new Error(`No trigger with id ${uniqueId}.`);
  const handler = runtime.handlers[trigger.handlerFunction];
  if (!handler) throw new Error(`Script function not found: ${trigger.handlerFunction}`);
  const event = { ...triggerEvent(trigger, runtime.clock.now(), counter.wrap(spreadsheet)), ...extraEvent };
  // Installable triggers run as their creator, with full authorization; a time-driven run has no active document.
  return asExecution(
    runtime,
    { activeDocument: trigger.eventType !== 'CLOCK', authMode: 'FULL', userEmail: trigger.ownerEmail },
    () => handler(event),
  );
}
