// An emulated spreadsheet wired to the follow-up adapter: the weekly handler registered, the log kept in memory.
import { createEmulator, type Emulator } from '../../../emulator';
import { runtimeOf } from '../../../emulator/registry';
import { defaultFollowUpSettings } from '../../../src/core/followup';
import type { FollowUpLogRecord, WorkbookSnapshot } from '../../../src/core/types';
import type { FollowUpSettings } from '../../../src/server/api';
import {
  applyFollowUpSettings,
  FOLLOW_UP_HANDLER,
  previewFollowUp,
  runFollowUp,
  type FollowUpDeps,
  type FollowUpRunResult,
  type SettingsDeps,
} from '../../../src/server/followup';

export interface Harness {
  emulator: Emulator;
  /** Rows appended to the Follow-up log, in order. */
  log: FollowUpLogRecord[];
  /** How many times the run read the tabs. */
  reads(): number;
  setWorkbook(workbook: Omit<WorkbookSnapshot, 'followUpLog'>): void;
  turnOn(settings?: Partial<FollowUpSettings>): ReturnType<typeof applyFollowUpSettings>;
  turnOff(): ReturnType<typeof applyFollowUpSettings>;
  /** Acts as another editor of the same spreadsheet from now on. */
  actAs(email: string): void;
  statusDeps(): SettingsDeps;
  runDeps(): FollowUpDeps;
  sendNow(): FollowUpRunResult;
  preview(): ReturnType<typeof previewFollowUp>;
  /** Sets the clock to the trigger's next run and fires it, as Apps Script would. */
  fireNext(triggerId: string): void;
  followUpTriggers(): ReturnType<Emulator['triggers']['list']>;
}

export function harness(options: { timeZone: string; now: Date; mailQuota?: number }): Harness {
  const emulator = createEmulator({ ...options, userEmail: 'sofi@va.com' });
  const runtime = runtimeOf(emulator);
  const log: FollowUpLogRecord[] = [];
  let workbook: Omit<WorkbookSnapshot, 'followUpLog'> = {
    objectives: [],
    tasks: [],
    meetings: [],
    people: [],
  };
  let reads = 0;
  let settings = defaultFollowUpSettings('es');
  const { globals } = emulator;

  const statusDeps = (): SettingsDeps => ({
    scriptApp: globals.ScriptApp,
    lockService: globals.LockService,
    userProperties: globals.PropertiesService.getUserProperties(),
    spreadsheet: emulator.spreadsheet,
    properties: globals.PropertiesService.getDocumentProperties(),
    userEmail: globals.Session.getEffectiveUser().getEmail(),
    mailApp: globals.MailApp,
    utilities: globals.Utilities,
    now: emulator.clock.now(),
  });
  const runDeps = (): FollowUpDeps => ({
    spreadsheet: emulator.spreadsheet,
    mailApp: globals.MailApp,
    propertiesService: globals.PropertiesService,
    lockService: globals.LockService,
    utilities: globals.Utilities,
    now: emulator.clock.now(),
    language: 'es',
    readSnapshot: () => {
      reads += 1;
      return { ...workbook, followUpLog: [...log] };
    },
    appendLog: (rows) => log.push(...rows),
  });
  runtime.handlers = { [FOLLOW_UP_HANDLER]: () => runFollowUp(runDeps(), { force: false }) };

  const apply = (chosen: FollowUpSettings) => {
    settings = chosen;
    return applyFollowUpSettings(statusDeps(), settings, 'es');
  };
  const followUpTriggers = () =>
    emulator.triggers.list().filter((trigger) => trigger.handlerFunction === FOLLOW_UP_HANDLER);

  return {
    emulator,
    log,
    reads: () => reads,
    setWorkbook: (next) => {
      workbook = next;
    },
    turnOn: (fields = {}) => apply({ ...settings, ...fields, enabled: true }),
    turnOff: () => apply({ ...settings, enabled: false }),
    actAs: (email) => {
      runtime.userEmail = email;
    },
    statusDeps,
    runDeps,
    sendNow: () => runFollowUp(runDeps(), { force: true }),
    preview: () => previewFollowUp(runDeps()),
    fireNext: (triggerId) => {
      const next = emulator.triggers.nextRun(triggerId);
      if (!next) throw new Error(`trigger ${triggerId} has no next run`);
      emulator.clock.set(next);
      emulator.triggers.fire(triggerId);
    },
    followUpTriggers,
  };
}
