// Stamps a key on rows that have none (the Key column was deleted and recreated, or the client typed a row).
import { FIRST_DATA_ROW, type TabLayout } from './layout';
import { meetingKeyOf, rowKeyOf, rowReaders, type RowReader } from './records';
import type { TabId } from './schema';
import { rowsWrite, type RowCells, type TabWrite } from './writes';

const KEY_OF: Partial<Record<TabId, (reader: RowReader) => string>> = {
  objectives: (reader) => rowKeyOf(reader, 'objective'),
  tasks: (reader) => rowKeyOf(reader, 'task'),
  meetings: meetingKeyOf,
};

/**
 * The key a row's content gives now, written once, so later edits to its text or owner do not make
 * the next import take it for a new row. Null when every row already has one.
 */
export function keyBackfill(layout: TabLayout): TabWrite | null {
  const keyOf = KEY_OF[layout.tab];
  const readers = rowReaders(layout);
  if (!keyOf || layout.columns.key === undefined || readers.every((reader) => reader.text('key')))
    return null;
  const cells: RowCells[] = layout.rows.map(() => ({ key: null }));
  for (const reader of readers) cells[reader.row - FIRST_DATA_ROW] = { key: keyOf(reader) };
  return rowsWrite(layout, FIRST_DATA_ROW, cells, false);
}
