// Wrong behaviours a test can switch on, so the installation check is seen to fail where real Google might differ.
import { LockTable, type LockScope } from './lock';
import { PARSER_FILE } from '../src/server/parser-source';
import type { SpreadsheetState } from './state';

export interface Faults {
  /** Sheets ignores the '@' format: '+1' becomes the number 1 and '=…' a formula. */
  plusIsNumber: boolean;
  /** Date cells read back one day earlier, as a time zone mix-up would show them. */
  shiftDates: boolean;
  /** ROW developer metadata is lost when rows are inserted above its row (or its row moves down). */
  dropRowMetadataOnInsert: boolean;
  /** Another execution keeps the document lock: tryLock answers false, waitLock times out. */
  lockUnavailable: boolean;
  /** Every call on a property store fails, as when the day's properties quota is spent. */
  propertiesBroken: boolean;
  /** Trigger management is refused, as without the script.scriptapp scope. */
  triggersForbidden: boolean;
  /** openById is refused, as with the spreadsheets.currentonly scope a time-driven run cannot use. */
  openByIdForbidden: boolean;
  /** Every MailApp call is refused, as without the script.send_mail scope. */
  mailForbidden: boolean;
  /** Setting a sheet's conditional format rules fails. */
  conditionalFormatsRefused: boolean;
  /** The sidebar's parser file (Parser.html) was not pushed: HtmlService finds no such file. */
  parserFileMissing: boolean;
  /** The sidebar's parser file comes back cut in half, as a push or a response cut short would leave it. */
  parserFileCut: boolean;
}

export function noFaults(): Faults {
  return {
    plusIsNumber: false,
    shiftDates: false,
    dropRowMetadataOnInsert: false,
    lockUnavailable: false,
    propertiesBroken: false,
    triggersForbidden: false,
    openByIdForbidden: false,
    mailForbidden: false,
    conditionalFormatsRefused: false,
    parserFileMissing: false,
    parserFileCut: false,
  };
}

const NONE: Readonly<Faults> = Object.freeze(noFaults());

/** Keyed by the spreadsheet's state, which every Range, Sheet and metadata store of one emulator shares. */
const faultsByWorkbook = new WeakMap<SpreadsheetState, Faults>();

export function attachFaults(workbook: SpreadsheetState, faults: Faults): void {
  faultsByWorkbook.set(workbook, faults);
}

export function faultsOf(workbook: SpreadsheetState): Readonly<Faults> {
  return faultsByWorkbook.get(workbook) ?? NONE;
}

const PERMISSION = 'You do not have permission to call';

/** Service calls ('Class.method') each fault refuses, with the error Apps Script gives. */
const REFUSALS: Array<{ fault: keyof Faults; calls: RegExp; message: (call: string) => string }> = [
  {
    fault: 'propertiesBroken',
    calls: /^Properties\./,
    message: () => 'Service invoked too many times for one day: properties.',
  },
  {
    fault: 'triggersForbidden',
    calls: /^ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/,
    message: (call) =>
      `${PERMISSION} ${call}. Required permissions: https://www.googleapis.com/auth/script.scriptapp`,
  },
  {
    fault: 'openByIdForbidden',
    calls: /^SpreadsheetApp\.openById$/,
    message: (call) =>
      `${PERMISSION} ${call}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
  },
  {
    fault: 'mailForbidden',
    calls: /^MailApp\./,
    message: (call) =>
      `${PERMISSION} ${call}. Required permissions: https://www.googleapis.com/auth/script.send_mail`,
  },
  {
    fault: 'conditionalFormatsRefused',
    calls: /^Sheet\.setConditionalFormatRules$/,
    message: () => 'Service Spreadsheets failed while accessing document.',
  },
];

/** Throws the refusal of a switched-on fault for this call, as the call counter's guard. */
export function refuseFaultyCall(faults: Readonly<Faults>, call: string): void {
  const refusal = REFUSALS.find(({ fault, calls }) => faults[fault] && calls.test(call));
  if (refusal) throw new Error(refusal.message(call));
}

/** The lock table as the faults see it: with lockUnavailable, the document lock is always held elsewhere. */
export class FaultyLockTable extends LockTable {
  constructor(private readonly faults: Readonly<Faults>) {
    super();
  }

  override isHeldElsewhere(scope: LockScope): boolean {
    return (scope === 'document' && this.faults.lockUnavailable) || super.isHeldElsewhere(scope);
  }
}

const DAY_MS = 86_400_000;

/** What getValues answers under shiftDates: a date cell one day earlier, anything else as it is. */
export function shiftedValue(faults: Readonly<Faults>, value: unknown): unknown {
  return faults.shiftDates && value instanceof Date ? new Date(value.getTime() - DAY_MS) : value;
}

/** Under parserFileMissing, the project has no parser file whether or not dist/ holds one. */
export function isFileMissing(faults: Readonly<Faults>, name: string): boolean {
  return faults.parserFileMissing && name === PARSER_FILE;
}

/** What HtmlService serves of a project file: under parserFileCut, the parser file's first half. */
export function servedFileContent(faults: Readonly<Faults>, name: string, content: string): string {
  return faults.parserFileCut && name === PARSER_FILE
    ? content.slice(0, Math.floor(content.length / 2))
    : content;
}
