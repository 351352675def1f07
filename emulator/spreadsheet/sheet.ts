// Sheet: one tab; ranges, dimensions (insert/delete/hide/freeze/width), rules, filter, sort, metadata.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet
import { SERVICE_NAME } from '../counter';
import type { RangeRef, SheetState } from '../state';
import { parseA1 } from './a1';
import {
  chartsOf,
  EmbeddedChart,
  insertChart,
  newChartBuilder,
  removeChart,
  updateChart,
  type EmbeddedChartBuilder,
} from './chart';
import { ConditionalFormatRule } from './conditional-format';
import { Filter } from './filter';
import { Grid } from './grid';
import { DeveloperMetadata, DeveloperMetadataFinder, metadataAt } from './metadata';
import { Range } from './range';
import { RangeList } from './range-list';
import { compareCells, sortOrder } from './sort';
import type { Spreadsheet } from './spreadsheet';

const DEFAULT_COLUMN_WIDTH = 100;

export class Sheet {
  readonly [SERVICE_NAME] = 'Sheet';
  readonly grid: Grid;

  constructor(
    readonly workbook: Spreadsheet,
    readonly state: SheetState,
  ) {
    this.grid = new Grid(state);
  }

  getName(): string {
    return this.state.name;
  }

  setName(name: string): this {
    this.workbook.checkNewSheetName(name, this);
    this.state.name = name;
    return this;
  }

  getSheetId(): number {
    return this.state.id;
  }

  getIndex(): number {
    return this.workbook.state.sheets.indexOf(this.state) + 1;
  }

  getParent(): Spreadsheet {
    return this.workbook;
  }

  // --- ranges

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): Range {
    if (typeof rowOrA1 === 'string') return this.rangeFromA1(rowOrA1);
    if (column === undefined) throw new Error('Range not found');
    return this.checkedRange({ row: rowOrA1, column, numRows, numColumns });
  }

  getRangeList(a1Notations: string[]): RangeList {
    return new RangeList(a1Notations.map((a1) => this.rangeFromA1(a1)));
  }

  getDataRange(): Range {
    return new Range(this, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.grid.lastRow()),
      numColumns: Math.max(1, this.grid.lastColumn()),
    });
  }

  getLastRow(): number {
    return this.grid.lastRow();
  }

  getLastColumn(): number {
    return this.grid.lastColumn();
  }

  getMaxRows(): number {
    return this.state.maxRows;
  }

  getMaxColumns(): number {
    return this.state.maxColumns;
  }

  // --- rows

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.grid.insertRows(beforePosition, howMany);
    this.workbook.metadata.remap(this.state.id, 'ROW', (row) =>
      row >= beforePosition ? row + howMany : row,
    );
    this.shiftRowRefs((ref) => shiftForInsert(ref, beforePosition, howMany));
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsBefore(afterPosition + 1, howMany);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsBefore(afterPosition + 1, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (howMany >= this.state.maxRows - this.state.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.grid.deleteRows(rowPosition, howMany);
    const end = rowPosition + howMany;
    this.workbook.metadata.remap(this.state.id, 'ROW', (row) =>
      row < rowPosition ? row : row >= end ? row - howMany : null,
    );
    this.shiftRowRefs((ref) => shiftForDelete(ref, rowPosition, howMany));
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  appendRow(rowContents: unknown[]): this {
    const row = this.grid.lastRow() + 1;
    new Range(this, { row, column: 1, numRows: 1, numColumns: rowContents.length }).setValues([rowContents]);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.state.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.state.frozenRows;
  }

  /** Sorts the rows under the frozen ones by one column; rows move whole, with their metadata. */
  sort(columnPosition: number, ascending = true): this {
    const firstRow = this.state.frozenRows + 1;
    const lastRow = this.grid.lastRow();
    if (lastRow < firstRow) return this;
    const cells = Array.from({ length: lastRow - firstRow + 1 }, (_, offset) =>
      Array.from({ length: this.state.maxColumns }, (__, index) =>
        this.grid.cell(firstRow + offset, index + 1),
      ),
    );
    this.moveRows(
      firstRow,
      sortOrder(cells, { column: columnPosition, ascending }, 1, compareCells),
      1,
      this.state.maxColumns,
    );
    return this;
  }

  /** Row firstRow + i takes the cells of row firstRow + order[i]; ROW metadata moves with its row. */
  moveRows(firstRow: number, order: number[], firstColumn: number, numColumns: number): void {
    this.grid.reorderRows(firstRow, order, firstColumn, numColumns);
    const newOffsetOf = new Map(order.map((oldOffset, newOffset) => [oldOffset, newOffset]));
    this.workbook.metadata.remap(this.state.id, 'ROW', (row) => {
      const moved = newOffsetOf.get(row - firstRow);
      return moved === undefined ? row : firstRow + moved;
    });
  }

  // --- columns

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.grid.insertColumns(beforePosition, howMany);
    this.workbook.metadata.remap(this.state.id, 'COLUMN', (column) =>
      column >= beforePosition ? column + howMany : column,
    );
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertColumnsBefore(afterPosition + 1, howMany);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsBefore(afterPosition + 1, 1);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.grid.deleteColumns(columnPosition, howMany);
    const end = columnPosition + howMany;
    this.workbook.metadata.remap(this.state.id, 'COLUMN', (column) =>
      column < columnPosition ? column : column >= end ? column - howMany : null,
    );
  }

  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  setFrozenColumns(columns: number): void {
    this.state.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.state.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let column = startColumn; column < startColumn + numColumns; column++) {
      setAt(this.state.columnWidths, column, width, null);
    }
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.state.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.setColumnsHidden(columnIndex, numColumns, true);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.setColumnsHidden(columnIndex, numColumns, false);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.state.hiddenColumns[columnPosition - 1] === true;
  }

  // --- the tab

  hideSheet(): this {
    this.state.hidden = true;
    return this;
  }

  showSheet(): this {
    this.state.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.state.hidden;
  }

  setTabColor(color: string | null): this {
    this.state.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.state.tabColor;
  }

  activate(): this {
    this.workbook.setActiveSheet(this);
    return this;
  }

  clear(): this {
    this.state.rows = [];
    return this;
  }

  // --- rules and filter

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.state.conditionalRules.map(
      (rule) => new ConditionalFormatRule(structuredClone(rule), this.workbook),
    );
  }

  /** Replaces every rule of the sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setconditionalformatrulesrules). */
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (rules.some((rule) => rule.state.ranges.length === 0)) {
      throw new Error('Conditional format rule must have at least one range.');
    }
    this.state.conditionalRules = rules.map((rule) => structuredClone(rule.state));
  }

  clearConditionalFormatRules(): void {
    this.state.conditionalRules = [];
  }

  getFilter(): Filter | null {
    return this.state.filter ? new Filter(this) : null;
  }

  createFilterOn(range: Range): Filter {
    if (this.state.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.state.filter = range.ref();
    return new Filter(this);
  }

  // --- charts

  newChart(): EmbeddedChartBuilder {
    return newChartBuilder(this.workbook);
  }

  insertChart(chart: EmbeddedChart): void {
    insertChart(this.workbook, this.state, chart);
  }

  getCharts(): EmbeddedChart[] {
    return chartsOf(this.state).map((chart) => new EmbeddedChart(this.workbook, structuredClone(chart)));
  }

  updateChart(chart: EmbeddedChart): void {
    updateChart(this.state, chart);
  }

  removeChart(chart: EmbeddedChart): void {
    removeChart(this.state, chart);
  }

  // --- developer metadata

  addDeveloperMetadata(key: string, value?: unknown, visibility?: unknown): this {
    const [metadataValue, metadataVisibility] =
      typeof value === 'string' ? [value, visibility] : [null, value];
    this.workbook.metadata.add(key, metadataValue, String(metadataVisibility ?? 'DOCUMENT'), this.location());
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    return metadataAt(this.workbook, this.location());
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.workbook, { sheetId: this.state.id, rows: null, columns: null });
  }

  // --- internals

  private location() {
    return { type: 'SHEET' as const, sheetId: this.state.id, index: null };
  }

  private rangeFromA1(a1: string): Range {
    const block = parseA1(a1, this.state.maxRows, this.state.maxColumns);
    if (!block) throw new Error('Range not found');
    return this.checkedRange(block);
  }

  /** The real messages of getRange (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns). */
  private checkedRange(block: { row: number; column: number; numRows: number; numColumns: number }): Range {
    if (block.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (block.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (block.row < 1) throw new Error('The starting row of the range is too small.');
    if (block.column < 1) throw new Error('The starting column of the range is too small.');
    const lastRow = block.row + block.numRows - 1;
    const lastColumn = block.column + block.numColumns - 1;
    if (lastRow > this.state.maxRows || lastColumn > this.state.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this, block);
  }

  private setColumnsHidden(columnIndex: number, numColumns: number, hidden: boolean): void {
    for (let column = columnIndex; column < columnIndex + numColumns; column++) {
      setAt(this.state.hiddenColumns, column, hidden, false);
    }
  }

  /** Conditional-rule ranges and the filter stretch and move with row inserts and deletes, as in Sheets. */
  private shiftRowRefs(shift: (ref: RangeRef) => RangeRef | null): void {
    for (const rule of this.state.conditionalRules) {
      rule.ranges = rule.ranges.map(shift).filter((ref): ref is RangeRef => ref !== null);
    }
    if (this.state.filter) this.state.filter = shift(this.state.filter);
  }
}

function setAt<T>(list: (T | null)[], position: number, value: T, filler: T | null): void {
  while (list.length < position) list.push(filler);
  list[position - 1] = value;
}

function shiftForInsert(ref: RangeRef, beforeRow: number, count: number): RangeRef {
  if (ref.row >= beforeRow) return { ...ref, row: ref.row + count };
  if (ref.row + ref.numRows > beforeRow) return { ...ref, numRows: ref.numRows + count };
  return ref;
}

function shiftForDelete(ref: RangeRef, firstRow: number, count: number): RangeRef | null {
  const lastRow = ref.row + ref.numRows - 1;
  const kept = (from: number, to: number) => Math.max(0, Math.min(to, lastRow) - Math.max(from, ref.row) + 1);
  const removed = kept(firstRow, firstRow + count - 1);
  if (removed === ref.numRows) return null;
  const above = Math.max(0, Math.min(count, ref.row - firstRow));
  return { ...ref, row: ref.row - above, numRows: ref.numRows - removed };
}
