// Finds each tab and each of its columns as the client left them: by developer metadata, else by name or header in either language.
import type { CellValue } from './cells';
import { isBlankRow, LANGUAGES, textOf } from './cells';
import { headerOf, TAB_ORDER, TAB_SCHEMAS, tabName, type ColumnId, type TabId } from './schema';
import { normaliseText } from './text';

/** Metadata keys we attach to sheets and columns; their values are a TabId / ColumnId. */
export const TAB_METADATA_KEY = 'minuta.tab';
export const COLUMN_METADATA_KEY = 'minuta.column';
/** On the sheet: the highest sequential id ever given, so a deleted "T-7" is never given again. */
export const LAST_ID_METADATA_KEY = 'minuta.lastId';

/** One sheet as the adapter read it, in one read. */
export interface RawSheet {
  name: string;
  tabMetadata: string | null;
  /** 'minuta.column' values by 0-based column index. */
  columnMetadata: Record<number, string>;
  lastId: number;
  /** The whole data range, header row first; date cells already YYYY-MM-DD. */
  values: CellValue[][];
}

export type LayoutProblem = { kind: 'duplicate'; column: ColumnId } | { kind: 'unreadable-header' };

export interface TabLayout {
  tab: TabId;
  /** null when the spreadsheet has no such tab yet. */
  sheetName: string | null;
  /** 0-based column index of each of our columns that exists. */
  columns: Partial<Record<ColumnId, number>>;
  missing: ColumnId[];
  problems: LayoutProblem[];
  /** Number of columns the sheet's data uses, ours and the client's. */
  width: number;
  header: CellValue[];
  /** Data rows (the header excluded); row i is sheet row i + 2. */
  rows: CellValue[][];
  lastId: number;
}

export type WorkbookLayout = Record<TabId, TabLayout>;

export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

function matchesTabName(tab: TabId, name: string): boolean {
  return LANGUAGES.some((language) => normaliseText(tabName(tab, language)) === normaliseText(name));
}

/** A sheet worth reading: ours by metadata, or named like one of our tabs in either language. */
export function isTabCandidate(name: string, tabMetadata: string | null): boolean {
  return TAB_ORDER.some((tab) => tab === tabMetadata || matchesTabName(tab, name));
}

/** What tells a sheet apart before its values are read: its name and our tab metadata. */
export interface SheetIdentity {
  name: string;
  tabMetadata: string | null;
}

function findSheet<T extends SheetIdentity>(tab: TabId, free: T[]): T | undefined {
  return (
    free.find((sheet) => sheet.tabMetadata === tab) ?? free.find((sheet) => matchesTabName(tab, sheet.name))
  );
}

/** Which sheet is each tab: by metadata first, else by name in either language; a sheet is at most one tab. */
export function assignTabs<T extends SheetIdentity>(sheets: T[]): Partial<Record<TabId, T>> {
  const assigned: Partial<Record<TabId, T>> = {};
  const taken = new Set<T>();
  for (const tab of TAB_ORDER) {
    const sheet = findSheet(
      tab,
      sheets.filter((candidate) => !taken.has(candidate)),
    );
    if (!sheet) continue;
    taken.add(sheet);
    assigned[tab] = sheet;
  }
  return assigned;
}

function headerIndexes(tab: TabId, columnId: ColumnId, header: CellValue[]): number[] {
  const wanted = new Set(LANGUAGES.map((language) => normaliseText(headerOf(tab, columnId, language))));
  return header.flatMap((cell, index) => (wanted.has(normaliseText(textOf(cell))) ? [index] : []));
}

function metadataIndex(columnId: ColumnId, sheet: RawSheet): number | null {
  const entry = Object.entries(sheet.columnMetadata).find(([, value]) => value === columnId);
  return entry ? Number(entry[0]) : null;
}

export function emptyLayout(tab: TabId): TabLayout {
  const missing = TAB_SCHEMAS[tab].columns.map((column) => column.id);
  return {
    tab,
    sheetName: null,
    columns: {},
    missing,
    problems: [],
    width: 0,
    header: [],
    rows: [],
    lastId: 0,
  };
}

/** Columns up to the last one holding anything: a blank sheet reads as one empty cell, which is width 0. */
function usedWidth(values: CellValue[][]): number {
  const lastUsed = (row: CellValue[]): number =>
    row.reduce<number>((last, cell, index) => (textOf(cell).trim() ? index + 1 : last), 0);
  return Math.max(0, ...values.map(lastUsed));
}

function layoutOf(tab: TabId, sheet: RawSheet): TabLayout {
  const header = sheet.values[0] ?? [];
  const layout: TabLayout = {
    ...emptyLayout(tab),
    sheetName: sheet.name,
    missing: [],
    width: usedWidth(sheet.values),
    header,
    rows: sheet.values.slice(1),
    lastId: sheet.lastId,
  };
  for (const { id } of TAB_SCHEMAS[tab].columns) {
    const byMetadata = metadataIndex(id, sheet);
    const byHeader = headerIndexes(tab, id, header);
    if (byMetadata !== null) layout.columns[id] = byMetadata;
    else if (byHeader.length > 1) layout.problems.push({ kind: 'duplicate', column: id });
    else if (byHeader.length === 1) layout.columns[id] = byHeader[0];
    else layout.missing.push(id);
  }
  // No header of ours in the first row of a tab with content: the header row was deleted or typed over,
  // even when column metadata still finds the columns (the first row would otherwise be lost as a header).
  const hasContent = sheet.values.some((row) => !isBlankRow(row));
  const headerMatches = TAB_SCHEMAS[tab].columns.some(({ id }) => headerIndexes(tab, id, header).length > 0);
  if (hasContent && !headerMatches && layout.problems.length === 0)
    layout.problems.push({ kind: 'unreadable-header' });
  return layout;
}

/** A tab's layout from its sheet as read, or an empty layout when the spreadsheet has no such tab. */
export function layoutOfTab(tab: TabId, sheet: RawSheet | undefined): TabLayout {
  return sheet ? layoutOf(tab, sheet) : emptyLayout(tab);
}

export function locateTabs(sheets: RawSheet[]): WorkbookLayout {
  const assigned = assignTabs(sheets);
  return Object.fromEntries(TAB_ORDER.map((tab) => [tab, layoutOfTab(tab, assigned[tab])])) as WorkbookLayout;
}

/**
 * The columns their header alone does not place (missing, or repeated): only these need the column
 * metadata, so an import into tidy tabs never reads it (each metadata read is a round trip).
 */
export function columnsNeedingMetadata(layout: TabLayout): ColumnId[] {
  const repeated = layout.problems.flatMap((problem) =>
    problem.kind === 'duplicate' ? [problem.column] : [],
  );
  return [...layout.missing, ...repeated];
}

/** The layout once missing columns are appended after the last used column, as the adapter does. */
export function withMissingColumnsAppended(layout: TabLayout): TabLayout {
  const columns = { ...layout.columns };
  layout.missing.forEach((columnId, offset) => (columns[columnId] = layout.width + offset));
  return { ...layout, columns, missing: [], width: layout.width + layout.missing.length };
}

export function columnIndex(layout: TabLayout, columnId: ColumnId): number {
  const index = layout.columns[columnId];
  if (index === undefined) throw new Error(`Column ${columnId} of ${layout.tab} is not in the sheet`);
  return index;
}
