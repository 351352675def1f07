// Creates and dresses our tabs and columns: headers, metadata, widths, formats, dropdowns, frozen header, filter.
import { columnLetters } from '../../core/row-ranges';
import { dateFormatFor, TEXT_FORMAT, wrapsText } from '../../core/workbook/formats';
import {
  COLUMN_METADATA_KEY,
  FIRST_DATA_ROW,
  HEADER_ROW,
  TAB_METADATA_KEY,
  type TabLayout,
} from '../../core/workbook/layout';
import { columnSchema, headerOf, tabName, type ColumnId } from '../../core/workbook/schema';
import type { Sheet, SheetContext } from './context';
import { columnDressing, type ColumnDressing } from './validations';

const HEADER_BACKGROUND = '#e8eaed';

export function dressingFor(context: SheetContext): ColumnDressing {
  return columnDressing(context, dateFormatFor(context.spreadsheet.getSpreadsheetLocale()));
}

/** Width, wrap, format and dropdown on the columns' data rows, and the metadata that finds them again. */
function dressColumns(sheet: Sheet, layout: TabLayout, columnIds: ColumnId[], context: SheetContext): void {
  const dressing = dressingFor(context);
  const maxRows = sheet.getMaxRows();
  for (const columnId of columnIds) {
    const schema = columnSchema(layout.tab, columnId);
    const column = (layout.columns[columnId] ?? 0) + 1;
    const dataRows = sheet.getRange(FIRST_DATA_ROW, column, maxRows - HEADER_ROW, 1);
    dataRows.setNumberFormat(dressing.numberFormat(schema.kind));
    dataRows.setDataValidation(dressing.validation(schema.kind));
    dataRows.setWrap(wrapsText(schema.kind, schema.width));
    sheet.setColumnWidth(column, schema.width);
    if (schema.kind === 'key') sheet.hideColumns(column);
  }
}

/**
 * Column metadata follows a column the client moves or shifts, when its header text no longer does.
 * It must sit on a whole column ("C:C"): Sheets refuses metadata on an arbitrary block.
 */
function tagColumns(sheet: Sheet, layout: TabLayout, columnIds: ColumnId[]): void {
  for (const columnId of columnIds) {
    const letters = columnLetters((layout.columns[columnId] ?? 0) + 1);
    const wholeColumn = sheet.getRange(`${letters}:${letters}`);
    for (const metadata of wholeColumn.getDeveloperMetadata())
      if (metadata.getKey() === COLUMN_METADATA_KEY) metadata.remove();
    wholeColumn.addDeveloperMetadata(COLUMN_METADATA_KEY, columnId);
  }
}

/** Writes the headers of `columnIds`, appended after the last used column, and dresses them. */
export function addColumns(
  sheet: Sheet,
  layout: TabLayout,
  columnIds: ColumnId[],
  context: SheetContext,
): void {
  const lastColumn = Math.max(...columnIds.map((columnId) => (layout.columns[columnId] ?? 0) + 1));
  const maxColumns = sheet.getMaxColumns();
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  for (const columnId of columnIds) {
    sheet
      .getRange(HEADER_ROW, (layout.columns[columnId] ?? 0) + 1)
      .setValue(headerOf(layout.tab, columnId, context.language));
  }
  dressColumns(sheet, layout, columnIds, context);
  tagColumns(sheet, layout, columnIds);
  styleHeader(sheet, layout);
}

/** Bold frozen header and a filter on it, so the client can sort and filter without losing the header. */
function styleHeader(sheet: Sheet, layout: TabLayout): void {
  const header = sheet.getRange(HEADER_ROW, 1, 1, Math.max(1, layout.width));
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setNumberFormat(TEXT_FORMAT);
  sheet.setFrozenRows(HEADER_ROW);
  if (!sheet.getFilter())
    sheet.getRange(HEADER_ROW, 1, sheet.getMaxRows(), Math.max(1, layout.width)).createFilter();
}

export function createTab(layout: TabLayout, context: SheetContext): Sheet {
  const sheet = context.spreadsheet.insertSheet(tabName(layout.tab, context.language));
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, layout.tab);
  const headers = Object.keys(layout.columns) as ColumnId[];
  sheet
    .getRange(HEADER_ROW, 1, 1, headers.length)
    .setValues([headers.map((columnId) => headerOf(layout.tab, columnId, context.language))]);
  dressColumns(sheet, layout, headers, context);
  tagColumns(sheet, layout, headers);
  styleHeader(sheet, layout);
  return sheet;
}

/** Repair: every column of ours dressed again, since a client may have pasted over formats and dropdowns. */
export function redressTab(sheet: Sheet, layout: TabLayout, context: SheetContext): void {
  const columnIds = Object.keys(layout.columns) as ColumnId[];
  dressColumns(sheet, layout, columnIds, context);
  tagColumns(sheet, layout, columnIds);
  if (!sheet.getDeveloperMetadata().some((metadata) => metadata.getKey() === TAB_METADATA_KEY)) {
    sheet.addDeveloperMetadata(TAB_METADATA_KEY, layout.tab);
  }
  styleHeader(sheet, layout);
}
