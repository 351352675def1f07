// An emulated spreadsheet with the sheet adapter's context, and helpers to read the tabs the way a client sees them.
import { createEmulator } from '../../../emulator';
import type { Language } from '../../../src/core/types';
import type { ImportObjective, ImportRequest, ImportTask } from '../../../src/server/api';
import type { SheetContext } from '../../../src/server/sheets';

export const NOW = new Date('2026-03-09T15:00:00Z');

export interface Harness {
  emulator: ReturnType<typeof createEmulator>;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  context(language?: Language): SheetContext;
}

export function harness(options: { timeZone?: string; locale?: string; now?: Date } = {}): Harness {
  const timeZone = options.timeZone ?? 'America/Argentina/Buenos_Aires';
  const now = options.now ?? NOW;
  const emulator = createEmulator({ timeZone, locale: options.locale ?? 'es_AR', now });
  const { SpreadsheetApp, Utilities } = emulator.globals;
  const spreadsheet = emulator.spreadsheet;
  return {
    emulator,
    spreadsheet,
    context: (language = 'es') => ({
      spreadsheet,
      spreadsheetApp: SpreadsheetApp,
      utilities: Utilities,
      today: Utilities.formatDate(now, timeZone, 'yyyy-MM-dd'),
      language,
    }),
  };
}

export function sheetNamed(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet)
    throw new Error(`No tab ${name}; tabs: ${spreadsheet.getSheets().map((item) => item.getName())}`);
  return sheet;
}

/** The tab's data rows as objects keyed by header, as a client reading the sheet would. */
export function rowsOf(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): Array<Record<string, unknown>> {
  const [header = [], ...rows] = sheetNamed(spreadsheet, name).getDataRange().getValues();
  return rows.map((row) => Object.fromEntries(header.map((title, index) => [String(title), row[index]])));
}

/** What a cell shows, e.g. "20/03/2026" for a date cell in a day-first locale. */
export function displayedColumn(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  header: string,
): string[] {
  const sheet = sheetNamed(spreadsheet, name);
  const [headers = [], ...rows] = sheet.getDataRange().getDisplayValues();
  const column = headers.indexOf(header);
  if (column < 0) throw new Error(`No column ${header} in ${name}: ${headers}`);
  return rows.map((row) => row[column] ?? '');
}

export function task(id: string, text: string, extra: Partial<ImportTask> = {}): ImportTask {
  return { id, text, owners: ['Ana'], due: null, priority: null, objective: null, ...extra };
}

export function objective(id: string, text: string, extra: Partial<ImportObjective> = {}): ImportObjective {
  return {
    id,
    text,
    due: null,
    owners: [],
    smart: { specific: true, measurable: true, achievable: null, realistic: null, timeBound: true },
    ...extra,
  };
}

export function importRequest(
  tasks: ImportTask[],
  objectives: ImportObjective[] = [],
  language: Language = 'es',
): ImportRequest {
  return {
    meeting: { date: '2026-03-06', title: 'Reunión semanal', notes: 'Notas de la reunión' },
    language,
    objectives,
    tasks,
  };
}

export function manyTasks(count: number): ImportTask[] {
  return Array.from({ length: count }, (_, index) =>
    task(`T${index + 1}`, `Tarea número ${index + 1}`, {
      due: '2026-03-20',
      priority: 'medium',
      objective: 'O1',
    }),
  );
}

/**
 * A client moving a column by cut and paste: a new column at `to`, the values and formats copied, the old
 * column deleted. Our column metadata does not travel with the cells, so only the header finds the column.
 */
export function moveColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, from: number, to: number): void {
  const rows = sheet.getMaxRows();
  const source = () => sheet.getRange(1, from < to ? from : from + 1, rows, 1);
  sheet.insertColumnBefore(to);
  const target = sheet.getRange(1, to, rows, 1);
  target.setNumberFormats(source().getNumberFormats());
  target.setValues(source().getValues());
  sheet.deleteColumn(from < to ? from : from + 1);
}
