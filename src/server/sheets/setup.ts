// Creates and dresses our tabs and columns: headers, metadata, widths, formats, dropdowns, frozen header, filter.
import { columnLetters } from '../../core/row-ranges';
import { TEXT_FORMAT, wrapsText } from '../../core/workbook/formats';
import {
  COLUMN_METADATA_KEY,
  FIRST_DATA_ROW,
  HEADER_ROW,
  TAB_METADATA_KEY,
  type TabLayout,
} from '../../core/workbook/layout';
import { adjacentRuns } from '../../core/workbook/runs';
import {
  columnSchema,
  headerOf,
  tabName,
  type ColumnId,
  type ColumnSchema,
} from '../../core/workbook/schema';
import type { Sheet, SheetContext } from './context';
import type { SheetTools } from './tools';

const HEADER_BACKGROUND = '#e8eaed';

interface PlacedColumn {
  /** 1-based. */
  column: number;
  schema: ColumnSchema;
}

function placedColumns(layout: TabLayout, columnIds: ColumnId[]): PlacedColumn[] {
  return columnIds.map((columnId) => ({
    column: (layout.columns[columnId] ?? 0) + 1,
    schema: columnSchema(layout.tab, columnId),
  }));
}

const columnOf = (placed: PlacedColumn): number => placed.column;
const wrapOf = ({ schema }: PlacedColumn): boolean => wrapsText(schema.kind, schema.width);

/**
 * Format, dropdown, wrap and width of the columns' data rows, one ranged call per run of adjacent
 * columns. A fresh tab wraps nothing yet, so only the columns that wrap are set.
 */
function dressColumns(sheet: Sheet, placed: PlacedColumn[], tools: SheetTools, fresh: boolean): void {
  const dataRows = sheet.getMaxRows() - HEADER_ROW;
  const dataRange = (run: PlacedColumn[]) =>
    sheet.getRange(FIRST_DATA_ROW, run[0]?.column ?? 1, dataRows, run.length);
  const everyRow = <V>(run: PlacedColumn[], cell: (placed: PlacedColumn) => V): V[][] =>
    Array.from({ length: dataRows }, () => run.map(cell));
  for (const run of adjacentRuns(placed, columnOf)) {
    const range = dataRange(run);
    range.setNumberFormats(everyRow(run, ({ schema }) => tools.dressing.numberFormat(schema.kind)));
    range.setDataValidations(everyRow(run, ({ schema }) => tools.dressing.validation(schema.kind)));
  }
  for (const run of adjacentRuns(placed, columnOf, wrapOf)) {
    const wraps = run[0] !== undefined && wrapOf(run[0]);
    if (wraps || !fresh) dataRange(run).setWrap(wraps);
  }
  for (const run of adjacentRuns(placed, columnOf, ({ schema }) => schema.width))
    sheet.setColumnWidths(run[0]?.column ?? 1, run.length, run[0]?.schema.width ?? 100);
  for (const { column, schema } of placed) if (schema.kind === 'key') sheet.hideColumns(column);
}

/**
 * Column metadata follows a column the client moves or shifts, when its header text no longer does.
 * It must sit on a whole column ("C:C"): Sheets refuses metadata on an arbitrary block.
 */
function tagColumns(sheet: Sheet, placed: PlacedColumn[], fresh: boolean): void {
  for (const { column, schema } of placed) {
    const letters = columnLetters(column);
    const wholeColumn = sheet.getRange(`${letters}:${letters}`);
    // A fresh tab has no metadata to replace.
    if (!fresh)
      for (const metadata of wholeColumn.getDeveloperMetadata())
        if (metadata.getKey() === COLUMN_METADATA_KEY) metadata.remove();
    wholeColumn.addDeveloperMetadata(COLUMN_METADATA_KEY, schema.id);
  }
}

/** Dresses and tags the columns; `fresh` when the tab was just created and holds nothing to replace. */
function setUpColumns(
  sheet: Sheet,
  layout: TabLayout,
  columnIds: ColumnId[],
  tools: SheetTools,
  fresh: boolean,
): void {
  const placed = placedColumns(layout, columnIds);
  dressColumns(sheet, placed, tools, fresh);
  tagColumns(sheet, placed, fresh);
  styleHeader(sheet, layout);
}

/** Writes the headers of `columnIds`, appended after the last used column, and dresses them. */
export function addColumns(
  sheet: Sheet,
  layout: TabLayout,
  columnIds: ColumnId[],
  context: SheetContext,
  tools: SheetTools,
): void {
  const lastColumn = Math.max(...columnIds.map((columnId) => (layout.columns[columnId] ?? 0) + 1));
  const maxColumns = sheet.getMaxColumns();
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  for (const run of adjacentRuns(columnIds, (columnId) => layout.columns[columnId] ?? 0)) {
    sheet
      .getRange(HEADER_ROW, (layout.columns[run[0] as ColumnId] ?? 0) + 1, 1, run.length)
      .setValues([run.map((columnId) => headerOf(layout.tab, columnId, context.language))]);
  }
  setUpColumns(sheet, layout, columnIds, tools, false);
}

/** Bold, shaded and frozen, so it stays in view and reads as a header. */
export function dressHeaderRow(sheet: Sheet, width: number): void {
  const header = sheet.getRange(HEADER_ROW, 1, 1, Math.max(1, width));
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setNumberFormat(TEXT_FORMAT);
  sheet.setFrozenRows(HEADER_ROW);
}

/** A filter on the header, so the client can sort and filter without losing it. */
function styleHeader(sheet: Sheet, layout: TabLayout): void {
  dressHeaderRow(sheet, layout.width);
  if (!sheet.getFilter())
    sheet.getRange(HEADER_ROW, 1, sheet.getMaxRows(), Math.max(1, layout.width)).createFilter();
}

export function createTab(layout: TabLayout, context: SheetContext, tools: SheetTools): Sheet {
  const sheet = context.spreadsheet.insertSheet(tabName(layout.tab, context.language));
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, layout.tab);
  const headers = Object.keys(layout.columns) as ColumnId[];
  sheet
    .getRange(HEADER_ROW, 1, 1, headers.length)
    .setValues([headers.map((columnId) => headerOf(layout.tab, columnId, context.language))]);
  setUpColumns(sheet, layout, headers, tools, true);
  return sheet;
}

/** Repair: every column of ours dressed again, since a client may have pasted over formats and dropdowns. */
export function redressTab(sheet: Sheet, layout: TabLayout, tools: SheetTools): void {
  if (!sheet.getDeveloperMetadata().some((metadata) => metadata.getKey() === TAB_METADATA_KEY)) {
    sheet.addDeveloperMetadata(TAB_METADATA_KEY, layout.tab);
  }
  setUpColumns(sheet, layout, Object.keys(layout.columns) as ColumnId[], tools, false);
}
