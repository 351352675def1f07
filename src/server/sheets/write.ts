// Applies the core's writes: each block is one setValues, formatted as text first so notes never become formulas.
import { FIRST_DATA_ROW, type TabLayout } from '../../core/workbook/layout';
import { progressFormulas } from '../../core/workbook/progress';
import { columnSchema, type TabId } from '../../core/workbook/schema';
import type { TabWrite, WriteBlock } from '../../core/workbook/writes';
import type { Sheet } from './context';
import type { SheetTools } from './tools';

/** A sheet has a fixed number of rows; writing past it throws, so grow it first in one call. */
function ensureRows(sheet: Sheet, lastRow: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
}

function writeBlock(sheet: Sheet, tab: TabId, block: WriteBlock, appended: boolean, tools: SheetTools): void {
  const kinds = block.columns.map((columnId) => columnSchema(tab, columnId).kind);
  const range = sheet.getRange(
    block.firstRow,
    block.firstColumn + 1,
    block.values.length,
    block.columns.length,
  );
  // '@' before the values: "=HYPERLINK(...)", "+54 11..." or "0012" from the notes are kept as typed text.
  range.setNumberFormats(block.values.map(() => kinds.map((kind) => tools.dressing.numberFormat(kind))));
  if (appended)
    range.setDataValidations(block.values.map(() => kinds.map((kind) => tools.dressing.validation(kind))));
  range.setValues(
    block.values.map((row) =>
      row.map((value, index) => tools.converter.toSheet(value, kinds[index] ?? 'text')),
    ),
  );
}

export function applyWrite(sheet: Sheet, layout: TabLayout, write: TabWrite, tools: SheetTools): void {
  const rowCount = write.blocks[0]?.values.length ?? 0;
  const firstRow = write.blocks[0]?.firstRow ?? FIRST_DATA_ROW;
  ensureRows(sheet, firstRow + rowCount - 1);
  for (const block of write.blocks) writeBlock(sheet, write.tab, block, write.appended, tools);
  const noteColumn = write.notes && layout.columns[write.notes.columnId];
  if (write.notes && noteColumn !== undefined) {
    sheet.getRange(firstRow, noteColumn + 1, rowCount, 1).setNotes(write.notes.values.map((note) => [note]));
  }
}

/** Rewrites every objective's progress formula, so moved or deleted columns heal on the next import. */
export function writeProgress(
  sheet: Sheet,
  objectives: TabLayout,
  tasks: TabLayout,
  tasksSheetName: string,
  rowCount: number,
): void {
  const column = objectives.columns.progress;
  if (rowCount === 0 || column === undefined) return;
  const formulas = progressFormulas(objectives, tasks, tasksSheetName, rowCount).map((formula) => [formula]);
  sheet.getRange(FIRST_DATA_ROW, column + 1, rowCount, 1).setFormulas(formulas);
}
