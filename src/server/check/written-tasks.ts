// Writes the payloads and due dates as task rows exactly as an import does (the sheets adapter's own write), and reads them back.
import { addMonths } from '../../core/dates/calendar';
import { INJECTION_PAYLOADS, type DateRoundTrip, type ReadType, type TextRoundTrip } from '../../core/check';
import { dateOf, type CellValue } from '../../core/workbook/cells';
import {
  emptyLayout,
  FIRST_DATA_ROW,
  withMissingColumnsAppended,
  type TabLayout,
} from '../../core/workbook/layout';
import { appendWrite } from '../../core/workbook/writes';
import type { IsoDate } from '../../core/types';
import type { SheetContext } from '../sheets';
import { sheetTools } from '../sheets/tools';
import { applyWrite } from '../sheets/write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WrittenTasks {
  text: TextRoundTrip[];
  dates: DateRoundTrip[];
}

/** Today and the same day six months on: one of them falls on each side of a daylight-saving change. */
function dueDates(today: IsoDate): IsoDate[] {
  return [today, addMonths(today, 6)];
}

/** A Tasks tab with every column of ours in schema order, on the temporary sheet. */
function tasksLayout(sheet: Sheet): TabLayout {
  return { ...withMissingColumnsAppended(emptyLayout('tasks')), sheetName: sheet.getName() };
}

function readType(raw: unknown): ReadType {
  if (raw instanceof Date) return 'date';
  if (raw === '') return 'empty';
  if (typeof raw === 'number') return 'number';
  if (typeof raw === 'boolean') return 'boolean';
  return 'text';
}

function columnOf(sheet: Sheet, layout: TabLayout, columnId: 'task' | 'due', rows: number) {
  return sheet.getRange(FIRST_DATA_ROW, (layout.columns[columnId] ?? 0) + 1, rows, 1);
}

export function writeAndReadTasks(sheet: Sheet, context: SheetContext): WrittenTasks {
  const layout = tasksLayout(sheet);
  const dates = dueDates(context.today);
  const rows = INJECTION_PAYLOADS.map((payload, index) => ({ task: payload, due: dates[index] ?? null }));
  const write = appendWrite(layout, rows);
  const tools = sheetTools(context);
  if (write) applyWrite(sheet, layout, write, tools);
  context.spreadsheetApp.flush();
  const taskCells = columnOf(sheet, layout, 'task', rows.length);
  const rawTexts = taskCells.getValues().map((row) => row[0]);
  const formulas = taskCells.getFormulas().map((row) => row[0] ?? '');
  const texts: CellValue[] = tools.converter.fromSheet([rawTexts]).flat();
  const rawDates = columnOf(sheet, layout, 'due', dates.length).getValues();
  const readDates = tools.converter
    .fromSheet(rawDates)
    .map((row, index) => (rawDates[index]?.[0] instanceof Date ? dateOf(row[0]) : null));
  return {
    text: INJECTION_PAYLOADS.map((written, index) => ({
      written,
      value: texts[index] ?? null,
      type: readType(rawTexts[index]),
      formula: formulas[index] ?? '',
    })),
    dates: dates.map((written, index) => ({ written, read: readDates[index] ?? null })),
  };
}
