// onEdit: stamps "Completada el" when a task's status becomes done and clears it when it leaves, for one cell or a paste.
import { completionColumn } from '../../core/workbook/completion';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../core/workbook/layout';
import type { Sheet, SheetContext } from './context';
import { assignSheets, identifySheet, readTab } from './read';
import { sheetTools } from './tools';

/** Only the header row: an edit must stay fast however long the Tasks tab is. */
const headerRow = (sheet: Sheet): unknown[][] =>
  sheet.getRange(HEADER_ROW, 1, 1, Math.max(1, sheet.getLastColumn())).getValues();

function editedRows(
  range: GoogleAppsScript.Spreadsheet.Range,
  statusColumn: number,
): { first: number; count: number } | null {
  const touchesStatus = range.getColumn() <= statusColumn && statusColumn <= range.getLastColumn();
  const first = Math.max(range.getRow(), FIRST_DATA_ROW);
  const count = range.getLastRow() - first + 1;
  return touchesStatus && count > 0 ? { first, count } : null;
}

export function handleEdit(context: SheetContext, event: GoogleAppsScript.Events.SheetsOnEdit): void {
  const sheet = event.range.getSheet();
  const identified = assignSheets([identifySheet(sheet)]).tasks;
  if (!identified) return;
  const tools = sheetTools(context);
  const tasks = readTab('tasks', identified, tools, headerRow);
  const status = tasks.columns.status;
  const completedOn = tasks.columns.completedOn;
  if (status === undefined || completedOn === undefined) return;
  const rows = editedRows(event.range, status + 1);
  if (!rows) return;
  const { converter } = tools;
  const column = (index: number) => sheet.getRange(rows.first, index + 1, rows.count, 1);
  const statuses = converter.fromSheet(column(status).getValues()).map((row) => row[0] ?? null);
  const stampRange = column(completedOn);
  const stamps = completionColumn(
    statuses,
    converter.fromSheet(stampRange.getValues()).map((row) => row[0] ?? null),
    context.today,
  );
  if (stamps) stampRange.setValues(stamps.map((stamp) => [converter.toSheet(stamp, 'date')]));
}
