// The Playbooks tab: created once with the default playbooks, then the VA's to edit; read back in one call.
import {
  DEFAULT_PLAYBOOKS,
  rowsToPlaybooks,
  type Playbook,
  type PlaybookProblem,
} from '../../core/playbooks';
import { TEXT_FORMAT } from '../../core/workbook/formats';
import { TAB_METADATA_KEY } from '../../core/workbook/layout';
import {
  isPlaybooksSheet,
  PLAYBOOKS_TAB_METADATA,
  playbooksTabContent,
  playbooksTabName,
} from '../../core/workbook/playbooks-tab';
import { adjacentRuns } from '../../core/workbook/runs';
import type { Sheet, SheetContext } from './context';
import { identifySheets } from './read';
import { dressHeaderRow } from './setup';

/**
 * Every cell is text, also the rows the VA adds: "-3 días" typed into a plain cell would be taken for
 * a formula. The tab is never written again once it exists.
 */
export function createPlaybooksTab(context: SheetContext): Sheet {
  const content = playbooksTabContent(context.language);
  const width = content.widths.length;
  const sheet = context.spreadsheet.insertSheet(content.name);
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, PLAYBOOKS_TAB_METADATA);
  sheet.getRange(1, 1, sheet.getMaxRows(), width).setNumberFormat(TEXT_FORMAT);
  sheet.getRange(1, 1, content.rows.length, width).setValues(content.rows);
  dressHeaderRow(sheet, width);
  const columns = content.widths.map((pixels, index) => ({
    column: index + 1,
    pixels,
    wraps: content.wraps[index],
  }));
  for (const { column, pixels } of columns) sheet.setColumnWidth(column, pixels);
  for (const run of adjacentRuns(
    columns,
    ({ column }) => column,
    ({ wraps }) => wraps,
  ))
    if (run[0]?.wraps) sheet.getRange(1, run[0].column, sheet.getMaxRows(), run.length).setWrap(true);
  return sheet;
}

/** By its usual name first (one call); by our metadata only when the VA renamed it. */
function findPlaybooksSheet(context: SheetContext): Sheet | null {
  const byName = context.spreadsheet.getSheetByName(playbooksTabName(context.language));
  if (byName) return byName;
  return identifySheets(context).find(isPlaybooksSheet)?.sheet ?? null;
}

/**
 * The playbooks the VA keeps in the Playbooks tab, with the rows that could not be read (sheet rows,
 * in the context's language). Before the first import there is no tab: the defaults it will start with.
 */
export function readPlaybooks(context: SheetContext): { playbooks: Playbook[]; problems: PlaybookProblem[] } {
  const sheet = findPlaybooksSheet(context);
  if (!sheet) return { playbooks: DEFAULT_PLAYBOOKS[context.language], problems: [] };
  return rowsToPlaybooks(sheet.getDataRange().getValues(), context.language);
}
