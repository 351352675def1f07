// Section 2: Sheets calls and wall time of an import of 10, 100 and 1,000 tasks, minuta's beside a naive one.
import { createEmulator, type Emulator } from '../emulator';
import type { IsoDate } from '../src/core/types';
import type { ImportRequest } from '../src/server/api';
import { importMeeting } from '../src/server/sheets';
import { importRequest } from './import-request';
import { naiveImport } from './naive-import';
import { formatCount, formatMs, printSection, printTable } from './report';
import { median, timeOnce } from './stats';

const TODAY: IsoDate = '2026-03-10';
const NOW = new Date(`${TODAY}T15:00:00Z`);
const TASK_COUNTS = [10, 100, 1_000];
const REPEATS = 5;

type Importer = (emulator: Emulator, request: ImportRequest) => void;

interface ImportCost {
  calls: number;
  milliseconds: number;
  /** Count per 'Class.method', spreadsheet calls only. */
  byMethod: Array<[string, number]>;
}

const minutaImport: Importer = (emulator, request) => {
  const { SpreadsheetApp, Utilities } = emulator.globals;
  importMeeting(
    {
      spreadsheet: emulator.spreadsheet,
      spreadsheetApp: SpreadsheetApp,
      utilities: Utilities,
      today: TODAY,
      language: 'es',
    },
    request,
  );
};

const naive: Importer = (emulator, request) => naiveImport(emulator.spreadsheet, request);

/** Utilities.formatDate/parseDate run inside the script; only calls that reach the spreadsheet are counted. */
function sheetsCalls(emulator: Emulator): Array<[string, number]> {
  return Object.entries(emulator.calls.byMethod()).filter(([method]) => !method.startsWith('Utilities.'));
}

function measured(emulator: Emulator, run: () => void): ImportCost {
  emulator.calls.reset();
  const milliseconds = timeOnce(run);
  const byMethod = sheetsCalls(emulator);
  return { calls: byMethod.reduce((sum, [, count]) => sum + count, 0), milliseconds, byMethod };
}

/** First import into a new spreadsheet, then the same request again into the tabs it made. */
function importTwice(importer: Importer, request: ImportRequest): [ImportCost, ImportCost] {
  const emulator = createEmulator({ now: NOW });
  const run = (): void => importer(emulator, request);
  return [measured(emulator, run), measured(emulator, run)];
}

interface CostRow {
  cells: string[];
  first: ImportCost;
  again: ImportCost;
}

function costRow(name: string, taskCount: number, importer: Importer): CostRow {
  const request = importRequest(taskCount, TODAY);
  // The first pair only warms the JIT up; its wall times are dropped.
  const [first, again] = importTwice(importer, request);
  const runs = Array.from({ length: REPEATS }, () => importTwice(importer, request));
  const wallTime = (which: 0 | 1): string => formatMs(median(runs.map((pair) => pair[which].milliseconds)));
  const cells = [
    name,
    formatCount(taskCount),
    formatCount(first.calls),
    wallTime(0),
    formatCount(again.calls),
    wallTime(1),
  ];
  return { cells, first, again };
}

/** Where the calls go, so a rise in the count points at the method that grew. */
function topMethods(cost: ImportCost): string {
  return [...cost.byMethod]
    .sort(([, a], [, b]) => b - a)
    .slice(0, 5)
    .map(([method, count]) => `${method} ${count}`)
    .join(', ');
}

export function runSheetsBench(): void {
  printSection(
    '2. Sheets calls per import',
    'importMeeting(context, request) on a fresh emulated spreadsheet (es), then the same request again into ' +
      'the tabs it made; beside a naive import (appendRow per row + setNumberFormat per cell) on the same ' +
      'emulator. Calls = every counted service call except Utilities.*; wall time is the emulator, not Google',
    `calls from one run (they do not vary); wall time median of ${REPEATS} runs after a warm-up run, each on a new emulator`,
  );
  const rows = TASK_COUNTS.flatMap((taskCount) => [
    costRow('minuta', taskCount, minutaImport),
    costRow('naive', taskCount, naive),
  ]);
  printTable(
    ['import', 'tasks', 'calls, first', 'time, first', 'calls, re-import', 'time, re-import'],
    rows.map((row) => row.cells),
  );
  const largest = rows[rows.length - 2];
  if (!largest) return;
  console.log('');
  console.log(`  minuta, 1,000 tasks, most called, first import: ${topMethods(largest.first)}`);
  console.log(`  minuta, 1,000 tasks, most called, re-import:    ${topMethods(largest.again)}`);
}
