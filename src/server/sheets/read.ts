// Reads the tabs in few calls: every sheet's name and own metadata, then only the values of the tabs asked for.
import {
  assignTabs,
  COLUMN_METADATA_KEY,
  columnsNeedingMetadata,
  emptyLayout,
  isTabCandidate,
  LAST_ID_METADATA_KEY,
  layoutOfTab,
  TAB_METADATA_KEY,
  type RawSheet,
  type SheetIdentity,
  type TabLayout,
  type WorkbookLayout,
} from '../../core/workbook/layout';
import { isPlaybooksSheet } from '../../core/workbook/playbooks-tab';
import { TAB_ORDER, type ColumnId, type TabId } from '../../core/workbook/schema';
import type { Sheet, SheetContext } from './context';
import { ownValue, readOwnMetadata, type OwnMetadata } from './own-metadata';
import { sheetTools, type SheetTools } from './tools';

/** A sheet as known before reading its cells. */
export interface IdentifiedSheet extends SheetIdentity {
  sheet: Sheet;
  own: OwnMetadata;
}

export interface ReadWorkbook {
  /** Tabs not asked for have an empty layout that keeps only their sheet's name. */
  layout: WorkbookLayout;
  /** The sheet behind each tab found. */
  sheets: Partial<Record<TabId, Sheet>>;
  /** Each sheet's own metadata (tab, last id, controls), to update it in place. */
  ownMetadata: Map<Sheet, OwnMetadata>;
  /** The Playbooks tab when there is one; never read on import. */
  playbooks: Sheet | null;
  tools: SheetTools;
}

export function identifySheet(sheet: Sheet): IdentifiedSheet {
  const own = readOwnMetadata(sheet);
  return { sheet, name: sheet.getName(), tabMetadata: ownValue(own, TAB_METADATA_KEY), own };
}

export function identifySheets(context: SheetContext): IdentifiedSheet[] {
  return context.spreadsheet.getSheets().map(identifySheet);
}

/**
 * Where the column metadata of `wanted` columns sits. One finder call for the sheet; a metadata's
 * location is asked for only when its value is a column we look for.
 */
function columnMetadataOf(sheet: Sheet, wanted: ColumnId[]): Record<number, string> {
  const columns: Record<number, string> = {};
  for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const value = metadata.getValue() ?? '';
    if (!(wanted as string[]).includes(value)) continue;
    // getColumn() is null unless the metadata sits on a whole column.
    const column = metadata.getLocation().getColumn();
    if (column) columns[column.getColumn() - 1] = value;
  }
  return columns;
}

/** `readValues` decides how much to read: the whole data range on import, the header row on edit. */
export function readTab(
  tab: TabId,
  identified: IdentifiedSheet,
  tools: SheetTools,
  readValues: (sheet: Sheet) => unknown[][],
): TabLayout {
  const raw: RawSheet = {
    name: identified.name,
    tabMetadata: identified.tabMetadata,
    columnMetadata: {},
    lastId: Number(ownValue(identified.own, LAST_ID_METADATA_KEY) ?? 0) || 0,
    values: tools.converter.fromSheet(readValues(identified.sheet)),
  };
  const byHeader = layoutOfTab(tab, raw);
  const unplaced = columnsNeedingMetadata(byHeader);
  if (unplaced.length === 0) return byHeader;
  return layoutOfTab(tab, { ...raw, columnMetadata: columnMetadataOf(identified.sheet, unplaced) });
}

const wholeData = (sheet: Sheet): unknown[][] => sheet.getDataRange().getValues();

/** Which sheet is each tab, among the sheets that are or may be ours (the client's own are never read). */
export function assignSheets(identified: IdentifiedSheet[]): Partial<Record<TabId, IdentifiedSheet>> {
  return assignTabs(identified.filter((sheet) => isTabCandidate(sheet.name, sheet.tabMetadata)));
}

/** Reads the values of `tabs` only; every sheet's name and own metadata are read either way. */
export function readWorkbook(context: SheetContext, tabs: TabId[] = TAB_ORDER): ReadWorkbook {
  const identified = identifySheets(context);
  const assigned = assignSheets(identified);
  const tools = sheetTools(context);
  const layout = {} as WorkbookLayout;
  const sheets: Partial<Record<TabId, Sheet>> = {};
  for (const tab of TAB_ORDER) {
    const found = assigned[tab];
    if (found) sheets[tab] = found.sheet;
    if (found && tabs.includes(tab)) layout[tab] = readTab(tab, found, tools, wholeData);
    else layout[tab] = { ...emptyLayout(tab), sheetName: found?.name ?? null };
  }
  const ownMetadata = new Map(identified.map(({ sheet, own }) => [sheet, own]));
  const playbooks = identified.find(isPlaybooksSheet)?.sheet ?? null;
  return { layout, sheets, ownMetadata, playbooks, tools };
}
