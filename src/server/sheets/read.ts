// Reads the spreadsheet once: every sheet's values and our developer metadata, as the core's raw sheets.
import {
  COLUMN_METADATA_KEY,
  LAST_ID_METADATA_KEY,
  isTabCandidate,
  locateTabs,
  TAB_METADATA_KEY,
  type RawSheet,
  type WorkbookLayout,
} from '../../core/workbook/layout';
import type { TabId } from '../../core/workbook/schema';
import type { Sheet, SheetContext } from './context';
import { valueConverter } from './values';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export interface ReadWorkbook {
  layout: WorkbookLayout;
  /** The sheet behind each tab found. */
  sheets: Partial<Record<TabId, Sheet>>;
  /** The 'minuta.lastId' metadata of each sheet that has one, to update it in place. */
  lastIdMetadata: Map<Sheet, Metadata>;
}

interface SheetMetadata {
  tab: string | null;
  columns: Record<number, string>;
  lastId: Metadata | null;
}

/** One finder call per sheet: the sheet's own metadata and its columns'. */
function metadataOf(sheet: Sheet): SheetMetadata {
  const found: SheetMetadata = { tab: null, columns: {}, lastId: null };
  for (const metadata of sheet.createDeveloperMetadataFinder().find()) {
    const key = metadata.getKey();
    if (key === TAB_METADATA_KEY) found.tab = metadata.getValue();
    else if (key === LAST_ID_METADATA_KEY) found.lastId = metadata;
    else if (key === COLUMN_METADATA_KEY) {
      // getColumn() is null unless the metadata sits on a whole column.
      const column = metadata.getLocation().getColumn();
      if (column) found.columns[column.getColumn() - 1] = metadata.getValue() ?? '';
    }
  }
  return found;
}

interface SheetRead {
  sheet: Sheet;
  raw: RawSheet;
  lastId: Metadata | null;
}

/** `readValues` decides how much to read: the whole data range on import, the header row on edit. */
export function readSheet(
  sheet: Sheet,
  context: SheetContext,
  readValues: (sheet: Sheet) => unknown[][],
): SheetRead | null {
  const name = sheet.getName();
  const metadata = metadataOf(sheet);
  // The client's own sheets are never read: only those that are, or may be, ours.
  if (!isTabCandidate(name, metadata.tab)) return null;
  const raw: RawSheet = {
    name,
    tabMetadata: metadata.tab,
    columnMetadata: metadata.columns,
    lastId: Number(metadata.lastId?.getValue() ?? 0) || 0,
    values: valueConverter(context).fromSheet(readValues(sheet)),
  };
  return { sheet, raw, lastId: metadata.lastId };
}

const wholeData = (sheet: Sheet): unknown[][] => sheet.getDataRange().getValues();

export function readWorkbook(context: SheetContext): ReadWorkbook {
  const read = context.spreadsheet
    .getSheets()
    .map((sheet) => readSheet(sheet, context, wholeData))
    .filter((item): item is SheetRead => item !== null);
  const layout = locateTabs(read.map(({ raw }) => raw));
  const byName = new Map(read.map(({ raw, sheet }) => [raw.name, sheet]));
  const found: Partial<Record<TabId, Sheet>> = {};
  for (const [tab, tabLayout] of Object.entries(layout) as Array<[TabId, WorkbookLayout[TabId]]>) {
    const sheet = tabLayout.sheetName === null ? undefined : byName.get(tabLayout.sheetName);
    if (sheet) found[tab] = sheet;
  }
  const lastIdMetadata = new Map<Sheet, Metadata>();
  for (const { sheet, lastId } of read) if (lastId) lastIdMetadata.set(sheet, lastId);
  return { layout, sheets: found, lastIdMetadata };
}
