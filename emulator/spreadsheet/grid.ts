// A sheet's cells and dimensions as plain state: reads, writes, row/column inserts and deletes, row reorders.
import type { CellState, SheetState } from '../state';

export function newSheetState(id: number, name: string, maxRows = 1000, maxColumns = 26): SheetState {
  return {
    id,
    name,
    maxRows,
    maxColumns,
    rows: [],
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: [],
    hiddenColumns: [],
    hidden: false,
    tabColor: null,
    conditionalRules: [],
    filter: null,
  };
}

export function hasContent(cell: CellState | null | undefined): boolean {
  return !!cell && ((cell.value !== undefined && cell.value !== '') || !!cell.formula);
}

export class Grid {
  constructor(readonly state: SheetState) {}

  cell(row: number, column: number): CellState | undefined {
    return this.state.rows[row - 1]?.[column - 1] ?? undefined;
  }

  /** The cell to write into, created when missing; writing beyond the edges grows the sheet, as appendRow does. */
  writableCell(row: number, column: number): CellState {
    const { rows } = this.state;
    while (rows.length < row) rows.push([]);
    const cells = rows[row - 1] as (CellState | null)[];
    while (cells.length < column) cells.push(null);
    let cell = cells[column - 1];
    if (!cell) cells[column - 1] = cell = {};
    this.state.maxRows = Math.max(this.state.maxRows, row);
    this.state.maxColumns = Math.max(this.state.maxColumns, column);
    return cell;
  }

  clearCell(row: number, column: number): void {
    const cells = this.state.rows[row - 1];
    if (cells && cells.length >= column) cells[column - 1] = null;
  }

  lastRow(): number {
    for (let row = this.state.rows.length; row > 0; row--) {
      if ((this.state.rows[row - 1] ?? []).some(hasContent)) return row;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.state.rows) {
      for (let column = cells.length; column > last; column--) {
        if (hasContent(cells[column - 1])) last = column;
      }
    }
    return last;
  }

  insertRows(beforeRow: number, count: number): void {
    const { rows } = this.state;
    if (rows.length >= beforeRow) rows.splice(beforeRow - 1, 0, ...Array.from({ length: count }, () => []));
    this.state.maxRows += count;
  }

  deleteRows(firstRow: number, count: number): void {
    this.state.rows.splice(firstRow - 1, count);
    this.state.maxRows -= count;
  }

  insertColumns(beforeColumn: number, count: number): void {
    const blanks = () => Array.from({ length: count }, () => null);
    for (const cells of this.state.rows)
      if (cells.length >= beforeColumn) cells.splice(beforeColumn - 1, 0, ...blanks());
    spliceIfLonger(this.state.columnWidths, beforeColumn, 0, blanks());
    spliceIfLonger(
      this.state.hiddenColumns,
      beforeColumn,
      0,
      blanks().map(() => false),
    );
    this.state.maxColumns += count;
  }

  deleteColumns(firstColumn: number, count: number): void {
    for (const cells of this.state.rows) cells.splice(firstColumn - 1, count);
    this.state.columnWidths.splice(firstColumn - 1, count);
    this.state.hiddenColumns.splice(firstColumn - 1, count);
    this.state.maxColumns -= count;
  }

  /** Rows firstRow.. take the cells (in the given columns) of the rows listed in order, by offset from firstRow. */
  reorderRows(firstRow: number, order: number[], firstColumn: number, numColumns: number): void {
    const taken = order.map((offset) => this.rowCells(firstRow + offset, firstColumn, numColumns));
    taken.forEach((cells, offset) => {
      cells.forEach((cell, index) => {
        this.clearCell(firstRow + offset, firstColumn + index);
        if (cell) Object.assign(this.writableCell(firstRow + offset, firstColumn + index), cell);
      });
    });
  }

  private rowCells(row: number, firstColumn: number, numColumns: number): (CellState | undefined)[] {
    return Array.from({ length: numColumns }, (_, index) => {
      const cell = this.cell(row, firstColumn + index);
      return cell ? structuredClone(cell) : undefined;
    });
  }
}

function spliceIfLonger<T>(list: T[], before: number, deleteCount: number, items: T[]): void {
  if (list.length >= before) list.splice(before - 1, deleteCount, ...items);
}
