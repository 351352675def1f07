import {
  appendFollowUpLog,
  importMeeting,
  readSnapshot,
  type SheetContext,
} from '../../../src/server/sheets';
import { harness, importRequest, manyTasks, objective, sheetNamed } from './harness';
import { naiveImport } from './naive-import';

/**
 * Each spreadsheet call is a round trip of tens of milliseconds in Apps Script. The bounds are the
 * counts this code reaches, so a change that adds calls to every import shows up here.
 */
const FIRST_IMPORT_CALLS = 370;
const IMPORT_CALLS = 100;
const READ_CALLS = 45;

/**
 * Spreadsheet calls only: Utilities.parseDate/formatDate run in the script, not against the sheet. Growing a
 * sheet whose 1,000 rows are full is one more call, at most one per tab, whatever the number of rows added.
 */
function sheetCalls(byMethod: Record<string, number>): number {
  return Object.entries(byMethod)
    .filter(([method]) => !method.startsWith('Utilities.') && method !== 'Sheet.insertRowsAfter')
    .reduce((sum, [, count]) => sum + count, 0);
}

const request = (taskCount: number) =>
  importRequest(manyTasks(taskCount), [objective('O1', 'Ordenar las finanzas')]);

function importCalls(taskCount: number, importAgain = false): number {
  const { context, emulator } = harness();
  if (importAgain) importMeeting(context('es'), request(3));
  emulator.calls.reset();
  importMeeting(context('es'), request(taskCount));
  expect(emulator.calls.byMethod()['Sheet.insertRowsAfter'] ?? 0).toBeLessThanOrEqual(3);
  return sheetCalls(emulator.calls.byMethod());
}

type Setup = ReturnType<typeof harness>;

/** A spreadsheet holding `taskCount` tasks, changed by `prepare`, and the calls (by method) of `work` on it. */
function callsOn(
  taskCount: number,
  work: (context: SheetContext) => void,
  prepare: (setup: Setup) => void = () => undefined,
) {
  const setup = harness();
  importMeeting(setup.context('es'), request(taskCount));
  prepare(setup);
  // The harness computes "today" with Utilities: done before counting.
  const context = setup.context('es');
  setup.emulator.calls.reset();
  work(context);
  return setup.emulator.calls.byMethod();
}

describe('the number of spreadsheet calls of an import', () => {
  it('is the same for 10, 100 and 1,000 tasks, and bounded', () => {
    const counts = [10, 100, 1000].map((count) => importCalls(count));
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(FIRST_IMPORT_CALLS);
  });

  it('is the same for 10 and 100 tasks into tabs that already exist, and far below a first import', () => {
    expect(importCalls(100, true)).toBe(importCalls(10, true));
    expect(importCalls(10, true)).toBeLessThanOrEqual(IMPORT_CALLS);
  });

  it('is the same for 1,000 and 1,500 tasks into tabs that must grow (the controls then cover the new rows)', () => {
    expect(importCalls(1500, true)).toBe(importCalls(1000, true));
  });

  it('does not depend on what the VA keeps in the Playbooks tab', () => {
    const addSteps = ({ spreadsheet }: Setup) => {
      const playbooks = sheetNamed(spreadsheet, 'Playbooks');
      const rows = Array.from({ length: 500 }, (_, index) => ['', '', `Paso ${index}`, '1', '']);
      playbooks.getRange(playbooks.getLastRow() + 1, 1, rows.length, 5).setValues(rows);
    };
    const reimport = (context: SheetContext) => importMeeting(context, request(20));
    expect(sheetCalls(callsOn(10, reimport, addSteps))).toBe(sheetCalls(callsOn(10, reimport)));
  });

  it('is far below a one-row-per-call import of 1,000 tasks', () => {
    const { spreadsheet, emulator } = harness();
    emulator.calls.reset();
    naiveImport(spreadsheet, importRequest(manyTasks(1000)));
    expect(importCalls(1000) * 5).toBeLessThan(sheetCalls(emulator.calls.byMethod()));
  });
});

describe('reading and logging', () => {
  it('reads the snapshot in a bounded number of calls, one date conversion per distinct date', () => {
    const calls = callsOn(1000, (context) => readSnapshot(context));
    expect(sheetCalls(calls)).toBeLessThanOrEqual(READ_CALLS);
    // 1,000 tasks share a due date and a meeting date.
    expect(calls['Utilities.formatDate'] ?? 0).toBeLessThanOrEqual(3);
  });

  it('appends to the Follow-up log reading that tab only', () => {
    const log = { sentOn: '2026-03-09', to: 'ana@x.com', overdue: 1, dueThisWeek: 2, done: 3, result: 'ok' };
    const calls = callsOn(1000, (context) => appendFollowUpLog(context, [log]));
    expect(calls['Range.getValues']).toBe(1);
    expect(sheetCalls(calls)).toBeLessThanOrEqual(READ_CALLS);
  });
});
