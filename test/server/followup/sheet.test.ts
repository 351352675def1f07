// The run against the real sheet module on the emulator: 5,000 tasks read once per tab, and the log tab as a guard.
import { createEmulator } from '../../../emulator';
import { FOLLOW_UP_STRINGS } from '../../../src/core/i18n/followup';
import type { ImportRequest } from '../../../src/server/api';
import { applyFollowUpSettings, runFollowUp, type FollowUpDeps } from '../../../src/server/followup';
import {
  appendFollowUpLog,
  importMeeting,
  readSnapshot,
  savePeople,
  type SheetContext,
} from '../../../src/server/sheets';
import { PEOPLE } from './workbook';

const MONDAY_NINE = new Date('2026-11-23T12:00:00Z'); // 09:00 in Buenos Aires

function fiveThousandTasks(): ImportRequest {
  return {
    meeting: { date: '2026-11-16', title: 'Planificación', notes: 'Notas de la reunión' },
    language: 'es',
    objectives: [],
    tasks: Array.from({ length: 5000 }, (_, index) => ({
      id: `T${index}`,
      text: `Tarea número ${index}`,
      owners: [index % 2 ? 'Luis' : 'Marta'],
      due: index % 3 ? '2026-11-20' : '2026-11-25',
      priority: null,
      objective: null,
    })),
  };
}

function setUp() {
  const emulator = createEmulator({
    timeZone: 'America/Argentina/Buenos_Aires',
    now: MONDAY_NINE,
    userEmail: 'sofi@va.com',
  });
  const { globals } = emulator;
  /** getValues calls of each snapshot the run reads. */
  const reads: number[] = [];
  const context: SheetContext = {
    spreadsheet: emulator.spreadsheet,
    spreadsheetApp: globals.SpreadsheetApp,
    utilities: globals.Utilities,
    today: '2026-11-23',
    language: 'es',
  };
  savePeople(context, PEOPLE);
  importMeeting(context, fiveThousandTasks());
  const properties = globals.PropertiesService.getDocumentProperties();
  applyFollowUpSettings(
    {
      scriptApp: globals.ScriptApp,
      lockService: globals.LockService,
      userProperties: globals.PropertiesService.getUserProperties(),
      spreadsheet: emulator.spreadsheet,
      properties,
      userEmail: 'sofi@va.com',
      mailApp: globals.MailApp,
      utilities: globals.Utilities,
      now: MONDAY_NINE,
    },
    { ...FOLLOW_UP_DEFAULTS, enabled: true },
    'es',
  );
  const deps: FollowUpDeps = {
    spreadsheet: emulator.spreadsheet,
    mailApp: globals.MailApp,
    propertiesService: globals.PropertiesService,
    lockService: globals.LockService,
    utilities: globals.Utilities,
    now: MONDAY_NINE,
    language: 'es',
    readSnapshot: () => {
      const before = emulator.calls.byMethod()['Range.getValues'] ?? 0;
      const snapshot = readSnapshot(context);
      reads.push((emulator.calls.byMethod()['Range.getValues'] ?? 0) - before);
      return snapshot;
    },
    appendLog: (rows) => appendFollowUpLog(context, rows),
  };
  return { emulator, deps, context, properties, reads };
}

const FOLLOW_UP_DEFAULTS = {
  enabled: false,
  weekday: 'MONDAY' as const,
  hour: 9,
  sendToClient: true,
  copyAssistant: true,
  sendToOwners: true,
  sendWhenEmpty: false,
  language: 'es' as const,
};

describe('a run over 5,000 tasks in the emulated sheet', () => {
  let run: ReturnType<typeof setUp>;
  beforeAll(() => {
    run = setUp();
    runFollowUp(run.deps, { force: false });
  });

  it('reads the workbook once, one getValues call per tab', () => {
    expect(run.reads).toEqual([5]);
  });

  it('emails the client and the owners, each with their share of the tasks', () => {
    expect(run.emulator.mail.sent.map((mail) => mail.to)).toEqual(['marta@cliente.com', 'luis@equipo.com']);
    const strings = FOLLOW_UP_STRINGS.es;
    expect(run.emulator.mail.sent[0]?.body).toContain(`${strings.sections.overdue} (3333)`);
    expect(run.emulator.mail.sent[1]?.body).toContain(`${strings.sections.overdue} (1667)`);
  });

  it('writes one row per recipient to the Follow-up log tab', () => {
    const log = readSnapshot(run.context).followUpLog;
    expect(log.map((row) => [row.to, row.overdue])).toEqual([
      ['marta@cliente.com', 3333],
      ['luis@equipo.com', 1667],
    ]);
  });

  it('still sends nothing twice when the stored keys are lost: the log tab says what went', () => {
    const { properties } = run;
    for (const key of Object.keys(properties.getProperties()))
      if (key.startsWith('minuta.followUp.sent')) properties.deleteProperty(key);
    runFollowUp(run.deps, { force: false });
    expect(run.emulator.mail.sent).toHaveLength(2);
  });
});
