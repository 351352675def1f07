// "Repair sheet": fixes damage, recreates missing tabs (Playbooks too) and columns, dresses every column and re-applies the controls.
import { SHEET_STRINGS } from '../../core/i18n/sheet';
import { HEADER_ROW } from '../../core/workbook/layout';
import {
  damageFixes,
  describeFix,
  headerRowFor,
  importFixes,
  type LayoutFix,
} from '../../core/workbook/repair';
import { TAB_ORDER } from '../../core/workbook/schema';
import type { SheetContext } from './context';
import { applyControls } from './controls';
import { createPlaybooksTab } from './playbooks';
import { applyImportFix, sheetOf } from './prepare';
import { readWorkbook, type ReadWorkbook } from './read';
import { redressTab } from './setup';
import { writeProgress } from './write';

function applyDamageFix(workbook: ReadWorkbook, fix: LayoutFix, context: SheetContext): void {
  const sheet = sheetOf(workbook, fix.tab);
  if (fix.kind === 'rename-header') sheet.getRange(HEADER_ROW, fix.column + 1).setValue(fix.header);
  if (fix.kind === 'insert-header') {
    const headers = headerRowFor(workbook.layout[fix.tab], context.language);
    sheet.insertRowBefore(HEADER_ROW);
    sheet.getRange(HEADER_ROW, 1, 1, headers.length).setValues([headers]);
  }
}

/** Applies each fix and returns the report lines; `workbook` follows the changes. */
function applyFixes(
  workbook: ReadWorkbook,
  fixes: LayoutFix[],
  context: SheetContext,
  apply: (workbook: ReadWorkbook, fix: LayoutFix, context: SheetContext) => void,
): string[] {
  return fixes.flatMap((fix) => {
    const lines = describeFix(fix, workbook.layout, context.language);
    apply(workbook, fix, context);
    return lines;
  });
}

/** A deleted Playbooks tab comes back with the defaults; one that exists is the VA's and is left as it is. */
function restorePlaybooks(workbook: ReadWorkbook, context: SheetContext): string[] {
  if (workbook.playbooks) return [];
  const sheet = createPlaybooksTab(context);
  return [SHEET_STRINGS[context.language].messages.repairedTab(sheet.getName())];
}

/** Returns what it fixed, in the context's language; an empty list means the tabs were in order. */
export function repairWorkbook(context: SheetContext): string[] {
  const damaged = readWorkbook(context);
  const fixed = applyFixes(damaged, damageFixes(damaged.layout), context, applyDamageFix);
  const workbook = readWorkbook(context);
  fixed.push(...applyFixes(workbook, importFixes(workbook.layout), context, applyImportFix));
  const { layout } = workbook;
  for (const tab of TAB_ORDER) redressTab(sheetOf(workbook, tab), layout[tab], workbook.tools);
  const tasksSheet = sheetOf(workbook, 'tasks');
  applyControls(workbook, 'tasks', context, true);
  applyControls(workbook, 'objectives', context, true);
  fixed.push(...restorePlaybooks(workbook, context));
  writeProgress(
    sheetOf(workbook, 'objectives'),
    layout.objectives,
    layout.tasks,
    tasksSheet.getName(),
    layout.objectives.rows.length,
  );
  context.spreadsheetApp.flush();
  return fixed;
}
