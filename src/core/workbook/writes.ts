// Writes the adapter makes: blocks of adjacent columns of ours, so a client's columns between them are never touched.
import type { CellValue } from './cells';
import { FIRST_DATA_ROW, type TabLayout } from './layout';
import { adjacentRuns } from './runs';
import { TAB_SCHEMAS, type ColumnId, type TabId } from './schema';

/** Rows × adjacent columns, written with one call. */
export interface WriteBlock {
  /** 1-based sheet row of the block's first row. */
  firstRow: number;
  /** 0-based column of the block's first cell. */
  firstColumn: number;
  /** Which of our columns each block column is, so the adapter formats and converts it. */
  columns: ColumnId[];
  values: CellValue[][];
}

export interface TabWrite {
  tab: TabId;
  /** True when the rows are new: the adapter also formats and validates them. */
  appended: boolean;
  blocks: WriteBlock[];
  /** Cell notes on one column for each row (why an objective is not SMART yet). */
  notes?: { columnId: ColumnId; values: string[] };
}

export type RowCells = Partial<Record<ColumnId, CellValue>>;

/** Our columns present in `columnIds`, grouped into runs of adjacent sheet columns. */
function columnRuns(layout: TabLayout, columnIds: ColumnId[]): ColumnId[][] {
  const placed = columnIds.filter((columnId) => layout.columns[columnId] !== undefined);
  return adjacentRuns(placed, (columnId) => layout.columns[columnId] ?? 0);
}

/** Writes `rows` from `firstRow`; every row sets the same columns (the union of their cells). */
export function rowsWrite(
  layout: TabLayout,
  firstRow: number,
  rows: RowCells[],
  appended: boolean,
): TabWrite {
  const columnIds = [...new Set(rows.flatMap((cells) => Object.keys(cells) as ColumnId[]))];
  const blocks = columnRuns(layout, columnIds).map((run) => ({
    firstRow,
    firstColumn: layout.columns[run[0] as ColumnId] ?? 0,
    columns: run,
    values: rows.map((cells) => run.map((columnId) => cells[columnId] ?? null)),
  }));
  return { tab: layout.tab, appended, blocks };
}

/** The first sheet row after the data, so appended rows never overwrite a sorted or filtered block. */
function nextFreeRow(layout: TabLayout): number {
  return FIRST_DATA_ROW + layout.rows.length;
}

/** New rows after the data: every column of ours is written, empty where `rows` say nothing. */
export function appendWrite(layout: TabLayout, rows: RowCells[]): TabWrite | null {
  if (rows.length === 0) return null;
  const allColumns = Object.fromEntries(
    TAB_SCHEMAS[layout.tab].columns.map(({ id }) => [id, null]),
  ) as RowCells;
  return rowsWrite(
    layout,
    nextFreeRow(layout),
    rows.map((cells) => ({ ...allColumns, ...cells })),
    true,
  );
}
