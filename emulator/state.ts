// The emulator's plain-JSON state: what serialize() returns and createEmulator({ state }) restores.

/** A cell's stored value; a date is its wall-clock in the spreadsheet time zone, 'YYYY-MM-DDTHH:mm:ss'. */
export type StoredValue = string | number | boolean | { date: string };

export interface CellStyle {
  fontWeight?: string;
  fontColor?: string;
  fontLine?: string;
  background?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  horizontalAlignment?: string;
  border?: boolean;
}

export interface DataValidationState {
  criteriaType: string;
  /** Criteria values; a range criterion is kept as { sheetId, a1 }. */
  criteriaValues: unknown[];
  helpText: string;
  allowInvalid: boolean;
}

export interface CellState {
  value?: StoredValue;
  formula?: string;
  numberFormat?: string;
  note?: string;
  validation?: DataValidationState;
  style?: CellStyle;
}

export interface RangeRef {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** An open-ended range ('A2:F') keeps reaching the last row or column as the sheet grows. */
  openRows?: boolean;
  openColumns?: boolean;
}

export interface ConditionalRuleState {
  criteriaType: string;
  criteriaValues: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  ranges: RangeRef[];
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /** rows[r][c] is the cell at row r + 1, column c + 1; missing or null = empty. */
  rows: (CellState | null)[][];
  frozenRows: number;
  frozenColumns: number;
  columnWidths: (number | null)[];
  hiddenColumns: boolean[];
  hidden: boolean;
  tabColor: string | null;
  conditionalRules: ConditionalRuleState[];
  filter: RangeRef | null;
}

export interface MetadataLocationState {
  type: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
  sheetId: number | null;
  /** 1-based row or column for ROW and COLUMN. */
  index: number | null;
}

export interface MetadataState {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: MetadataLocationState;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetState[];
  activeSheetId: number;
  activeRanges: string[];
  metadata: MetadataState[];
  nextMetadataId: number;
  nextSheetId: number;
}

export interface ScheduleState {
  weekDay: string | null;
  hour: number | null;
  minute: number | null;
  everyWeeks: number;
  everyDays: number | null;
  everyHours: number | null;
  timeZone: string | null;
}

export interface TriggerState {
  uniqueId: string;
  handlerFunction: string;
  eventType: string;
  triggerSource: string;
  triggerSourceId: string | null;
  /** The document the add-on was running in when it created the trigger (add-on limits are per document). */
  documentId: string | null;
  ownerEmail: string;
  schedule: ScheduleState | null;
}

export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  inlineImages: string[];
  sentAt: string;
}

export interface MenuItemState {
  caption: string | null;
  functionName: string | null;
}

export interface MenuInfo {
  name: string;
  addon: boolean;
  items: MenuItemState[];
}

export interface ShownHtml {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}

export interface UiState {
  menus: MenuInfo[];
  sidebars: ShownHtml[];
  dialogs: ShownHtml[];
  alerts: string[];
  toasts: string[];
}

export interface EmulatorState {
  spreadsheet: SpreadsheetState;
  properties: {
    document: Record<string, string>;
    user: Record<string, string>;
    script: Record<string, string>;
  };
  triggers: TriggerState[];
  mail: { sent: SentMail[]; quotaLeft: number; quota: number };
  ui: UiState;
  logs: string[];
  now: string;
}
