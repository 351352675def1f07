import { importMeeting } from '../../../src/server/sheets';
import { harness, importRequest, manyTasks, objective } from './harness';
import { naiveImport } from './naive-import';

/**
 * Spreadsheet calls only: Utilities.parseDate/formatDate run in the script, not against the sheet. Growing a
 * sheet whose 1,000 rows are full is one more call, at most one per tab, whatever the number of rows added.
 */
function sheetCalls(byMethod: Record<string, number>): number {
  return Object.entries(byMethod)
    .filter(([method]) => !method.startsWith('Utilities.') && method !== 'Sheet.insertRowsAfter')
    .reduce((sum, [, count]) => sum + count, 0);
}

function importCalls(taskCount: number, importAgain = false): number {
  const { context, emulator } = harness();
  const request = importRequest(manyTasks(taskCount), [objective('O1', 'Ordenar las finanzas')]);
  if (importAgain)
    importMeeting(context('es'), importRequest(manyTasks(3), [objective('O1', 'Ordenar las finanzas')]));
  emulator.calls.reset();
  importMeeting(context('es'), request);
  expect(emulator.calls.byMethod()['Sheet.insertRowsAfter'] ?? 0).toBeLessThanOrEqual(3);
  return sheetCalls(emulator.calls.byMethod());
}

describe('the number of spreadsheet calls of an import', () => {
  it('is the same for 10, 100 and 1,000 tasks', () => {
    const counts = [10, 100, 1000].map((count) => importCalls(count));
    expect(new Set(counts).size).toBe(1);
  });

  it('is the same for 10 and 1,000 tasks into tabs that already exist', () => {
    expect(importCalls(1000, true)).toBe(importCalls(10, true));
  });

  it('is far below a one-row-per-call import of 1,000 tasks', () => {
    const { spreadsheet, emulator } = harness();
    emulator.calls.reset();
    naiveImport(spreadsheet, importRequest(manyTasks(1000)));
    expect(importCalls(1000) * 5).toBeLessThan(sheetCalls(emulator.calls.byMethod()));
  });
});
