// Gets the tabs ready for a write: read once, refuse a damaged layout, create missing tabs and columns.
import { withMissingColumnsAppended } from '../../core/workbook/layout';
import { damageMessage, importFixes, type LayoutFix } from '../../core/workbook/repair';
import type { TabId } from '../../core/workbook/schema';
import type { SheetContext } from './context';
import { readWorkbook, type ReadWorkbook } from './read';
import { addColumns, createTab } from './setup';

export class DamagedLayoutError extends Error {
  override name = 'DamagedLayoutError';
}

/** Creates a missing tab or appends missing columns; the layout and sheets in `workbook` follow. */
export function applyImportFix(workbook: ReadWorkbook, fix: LayoutFix, context: SheetContext): void {
  const layout = withMissingColumnsAppended(workbook.layout[fix.tab]);
  if (fix.kind === 'create-tab') {
    const sheet = createTab(layout, context);
    workbook.sheets[fix.tab] = sheet;
    workbook.layout[fix.tab] = { ...layout, sheetName: sheet.getName() };
  } else if (fix.kind === 'add-columns') {
    const sheet = workbook.sheets[fix.tab];
    if (sheet) addColumns(sheet, layout, fix.columns, context);
    workbook.layout[fix.tab] = layout;
  }
}

/** Nothing is written when a tab the write uses is damaged: the VA gets the message and "Repair sheet". */
export function prepareWorkbook(context: SheetContext, tabs?: TabId[]): ReadWorkbook {
  const workbook = readWorkbook(context);
  const damage = damageMessage(workbook.layout, context.language, tabs);
  if (damage) throw new DamagedLayoutError(damage);
  for (const fix of importFixes(workbook.layout)) applyImportFix(workbook, fix, context);
  return workbook;
}

export function sheetOf(workbook: ReadWorkbook, tab: TabId): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = workbook.sheets[tab];
  if (!sheet) throw new Error(`The ${tab} tab was not created`);
  return sheet;
}
