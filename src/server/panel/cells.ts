// Writes the Panel's cells: title, figure labels and formulas, the helper tables; styles them. Only our cells are touched.
import {
  FIGURE_COLUMN_WIDTH,
  FIGURE_LABEL_ROW,
  FIGURE_VALUE_ROW,
  PALETTE,
  TABLE_HEADER_ROW,
  TABLE_NOTE_COLUMN,
  TITLE_ROW,
} from '../../core/panel';
import type { PanelCell, PanelPlan, PlacedTable } from '../../core/panel';
import { TEXT_FORMAT } from '../../core/workbook/formats';
import type { Sheet } from '../sheets/context';
import { holds, leftoverRows, type PanelCells } from './current';

const LABEL_COLOUR = '#5f6368';

/** Plain text first, so a name starting with "=" stays a name. */
function writeTexts(range: GoogleAppsScript.Spreadsheet.Range, texts: string[][]): void {
  range.setNumberFormat(TEXT_FORMAT).setValues(texts);
}

const texts = (line: string[]): PanelCell[][] => [line.map((text) => ({ text }))];

function writeHeadline(sheet: Sheet, plan: PanelPlan): void {
  writeTexts(sheet.getRange(TITLE_ROW, 1), [[plan.title]]);
  sheet.getRange(TITLE_ROW, 1).setFontWeight('bold');
  writeTexts(sheet.getRange(TITLE_ROW, TABLE_NOTE_COLUMN), [[plan.note]]);
  sheet.getRange(TITLE_ROW, TABLE_NOTE_COLUMN).setFontColor(LABEL_COLOUR);
}

function writeFigures(sheet: Sheet, plan: PanelPlan): void {
  const count = plan.figures.length;
  const labels = sheet.getRange(FIGURE_LABEL_ROW, 1, 1, count);
  writeTexts(labels, [plan.figures.map(({ label }) => label)]);
  labels.setFontColor(LABEL_COLOUR).setWrap(true).setHorizontalAlignment('center');
  const values = sheet.getRange(FIGURE_VALUE_ROW, 1, 1, count);
  values.setFormulas([plan.figures.map(({ formula }) => formula)]).setNumberFormat('0');
  values.setFontWeight('bold').setHorizontalAlignment('center');
  const overdue = plan.figures.findIndex(({ id }) => id === 'overdue');
  if (overdue >= 0)
    sheet
      .getRange(FIGURE_VALUE_ROW, overdue + 1)
      .setBackground(PALETTE.overdueBackground)
      .setFontColor(PALETTE.overdue);
  sheet.setColumnWidths(1, count, FIGURE_COLUMN_WIDTH);
}

const isText = (cell: PanelCell | undefined): cell is { text: string } => !!cell && 'text' in cell;

/** One call per column: each column of a table holds either texts or formulas. */
function writeColumn(sheet: Sheet, placed: PlacedTable, index: number): void {
  const { rows, formats } = placed.table;
  const range = sheet.getRange(placed.row + 1, placed.column + index, rows.length, 1);
  const cells = rows.map((row) => row[index]);
  if (cells.every(isText))
    writeTexts(
      range,
      cells.map(({ text }) => [text]),
    );
  else
    range
      .setFormulas(cells.map((cell) => [cell && 'formula' in cell ? cell.formula : '']))
      .setNumberFormat(formats[index] ?? '0');
}

/**
 * Rows a longer table left (fewer owners, fewer objectives now) are emptied, down to the first row with no
 * formula: whatever the client wrote below that is theirs and stays.
 */
function clearBelow(sheet: Sheet, placed: PlacedTable, current: PanelCells): void {
  const firstUnused = placed.row + placed.table.rows.length + 1;
  const width = placed.table.header.length;
  const rows = leftoverRows(current, firstUnused, placed.column, width);
  if (rows > 0) sheet.getRange(firstUnused, placed.column, rows, width).clearContent();
}

function writeTable(sheet: Sheet, placed: PlacedTable, current: PanelCells): void {
  const header = sheet.getRange(TABLE_HEADER_ROW, placed.column, 1, placed.table.header.length);
  writeTexts(header, [placed.table.header]);
  header.setFontWeight('bold');
  placed.table.header.forEach((_, index) => writeColumn(sheet, placed, index));
  clearBelow(sheet, placed, current);
}

/**
 * `current` is what the Panel held before; a block that already holds our texts and formulas is not written
 * again unless `force` (repair), which also brings back our styles.
 */
export function writePanelCells(sheet: Sheet, plan: PanelPlan, current: PanelCells, force: boolean): void {
  const stale = (row: number, column: number, cells: PanelCell[][]) =>
    force || !holds(current, row, column, cells);
  if (stale(TITLE_ROW, 1, texts([plan.title])) || stale(TITLE_ROW, TABLE_NOTE_COLUMN, texts([plan.note])))
    writeHeadline(sheet, plan);
  const labels = texts(plan.figures.map(({ label }) => label));
  const formulas = [plan.figures.map(({ formula }) => ({ formula }))];
  if (stale(FIGURE_LABEL_ROW, 1, labels) || stale(FIGURE_VALUE_ROW, 1, formulas)) writeFigures(sheet, plan);
  for (const placed of plan.tables) {
    const table = [...texts(placed.table.header), ...placed.table.rows];
    if (stale(placed.row, placed.column, table)) writeTable(sheet, placed, current);
    else clearBelow(sheet, placed, current);
  }
}
