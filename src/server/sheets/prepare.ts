// Gets the tabs a write uses ready: read once, refuse a damaged layout, create missing tabs and columns.
import { withMissingColumnsAppended } from '../../core/workbook/layout';
import { damageMessage, importFixes, type LayoutFix } from '../../core/workbook/repair';
import { TAB_ORDER, type TabId } from '../../core/workbook/schema';
import type { Sheet, SheetContext } from './context';
import type { OwnMetadata } from './own-metadata';
import { readWorkbook, type ReadWorkbook } from './read';
import { addColumns, createTab } from './setup';

export class DamagedLayoutError extends Error {
  override name = 'DamagedLayoutError';
}

/** Creates a missing tab or appends missing columns; the layout and sheets in `workbook` follow. */
export function applyImportFix(workbook: ReadWorkbook, fix: LayoutFix, context: SheetContext): void {
  const layout = withMissingColumnsAppended(workbook.layout[fix.tab]);
  if (fix.kind === 'create-tab') {
    const sheet = createTab(layout, context, workbook.tools);
    workbook.sheets[fix.tab] = sheet;
    workbook.layout[fix.tab] = { ...layout, sheetName: sheet.getName() };
  } else if (fix.kind === 'add-columns') {
    const sheet = workbook.sheets[fix.tab];
    if (sheet) addColumns(sheet, layout, fix.columns, context, workbook.tools);
    workbook.layout[fix.tab] = layout;
  }
}

/**
 * Reads, checks and fixes only `tabs`. Nothing is written when one of them is damaged: the VA gets the
 * message and "Repair sheet".
 */
export function prepareWorkbook(context: SheetContext, tabs: TabId[] = TAB_ORDER): ReadWorkbook {
  const workbook = readWorkbook(context, tabs);
  const damage = damageMessage(workbook.layout, context.language, tabs);
  if (damage) throw new DamagedLayoutError(damage);
  for (const fix of importFixes(workbook.layout))
    if (tabs.includes(fix.tab)) applyImportFix(workbook, fix, context);
  return workbook;
}

export function sheetOf(workbook: ReadWorkbook, tab: TabId): Sheet {
  const sheet = workbook.sheets[tab];
  if (!sheet) throw new Error(`The ${tab} tab was not created`);
  return sheet;
}

/** A tab created by this call has no metadata read yet: it starts empty. */
export function ownMetadataOf(workbook: ReadWorkbook, sheet: Sheet): OwnMetadata {
  const known = workbook.ownMetadata.get(sheet);
  if (known) return known;
  const created: OwnMetadata = new Map();
  workbook.ownMetadata.set(sheet, created);
  return created;
}
