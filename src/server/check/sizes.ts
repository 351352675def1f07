// How close the client's spreadsheet is to Sheets' limits: the Tasks tab, all cells, the longest meeting notes.
import type { TasksTabSize } from '../../core/check';
import { assignTabs } from '../../core/workbook/layout';
import { readSnapshot, type SheetContext } from '../sheets';
import type { CheckDeps } from './deps';

/** Found by name in either language, as the tabs are when their metadata is not read. */
export function tasksTabSize(deps: CheckDeps): TasksTabSize | null {
  const identities = deps.spreadsheet
    .getSheets()
    .map((sheet) => ({ name: sheet.getName(), tabMetadata: null, sheet }));
  const tasks = assignTabs(identities).tasks?.sheet;
  if (!tasks) return null;
  return {
    dataRows: Math.max(0, tasks.getLastRow() - 1),
    sheetRows: tasks.getMaxRows(),
    sheetColumns: tasks.getMaxColumns(),
  };
}

/** Sheets counts every cell of every tab, empty or not, against the spreadsheet's limit. */
export function spreadsheetCells(deps: CheckDeps): number {
  return deps.spreadsheet
    .getSheets()
    .reduce((cells, sheet) => cells + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

export function longestMeetingNotes(context: SheetContext): number {
  return Math.max(0, ...readSnapshot(context).meetings.map((meeting) => meeting.notes.length));
}
