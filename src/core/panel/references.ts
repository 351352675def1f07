// A1 references the Panel's formulas use: a sheet name quoted safely, and a column of a tab from its data rows down.
import { columnLetters } from '../row-ranges';
import { columnIndex, FIRST_DATA_ROW, type TabLayout } from '../workbook/layout';
import type { ColumnId } from '../workbook/schema';

/** 'Name' with its quotes doubled: a tab the client renamed "Ana's tasks" still makes a valid reference. */
export function quotedSheet(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** The column's data rows down to the end ('Tareas'!$G$2:$G), so the header never counts. */
export function dataColumn(sheetName: string, layout: TabLayout, columnId: ColumnId): string {
  const letters = columnLetters(columnIndex(layout, columnId) + 1);
  return `${quotedSheet(sheetName)}!$${letters}$${FIRST_DATA_ROW}:$${letters}`;
}
