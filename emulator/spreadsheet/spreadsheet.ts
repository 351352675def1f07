// Spreadsheet: the one bound document; its sheets, zone and locale, selection, toasts and spreadsheet-level metadata.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import { SERVICE_NAME } from '../counter';
import type { Runtime } from '../runtime';
import type { RangeRef, SpreadsheetState } from '../state';
import { splitSheetName } from './a1';
import type { InputContext } from './cell-input';
import { newSheetState } from './grid';
import { DeveloperMetadata, DeveloperMetadataFinder, MetadataStore, metadataAt } from './metadata';
import { Range } from './range';
import { RangeList } from './range-list';
import { Sheet } from './sheet';
import { wallClockAt } from '../zone';

export function newSpreadsheetState(timeZone: string, locale: string): SpreadsheetState {
  return {
    id: '1mInUtA0eMuLaToR0sPrEaDsHeEt0iD0000000000000',
    name: 'Cliente — seguimiento',
    timeZone,
    locale,
    sheets: [newSheetState(0, locale.startsWith('es') ? 'Hoja 1' : 'Sheet1')],
    activeSheetId: 0,
    activeRanges: [],
    metadata: [],
    nextMetadataId: 1,
    nextSheetId: 1,
  };
}

export class Spreadsheet {
  readonly [SERVICE_NAME] = 'Spreadsheet';
  readonly metadata: MetadataStore;
  private readonly sheetObjects = new Map<number, Sheet>();

  constructor(
    readonly state: SpreadsheetState,
    private readonly runtime: Runtime,
  ) {
    this.metadata = new MetadataStore(state);
  }

  getId(): string {
    return this.state.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.state.id}/edit`;
  }

  getName(): string {
    return this.state.name;
  }

  rename(name: string): void {
    this.state.name = name;
  }

  getSpreadsheetTimeZone(): string {
    return this.state.timeZone;
  }

  setSpreadsheetTimeZone(timeZone: string): void {
    this.state.timeZone = timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.state.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.state.locale = locale;
  }

  // --- sheets

  getSheets(): Sheet[] {
    return this.state.sheets.map((sheet) => this.sheetById(sheet.id) as Sheet);
  }

  getSheetByName(name: string): Sheet | null {
    const found = this.state.sheets.find((sheet) => sheet.name === name);
    return found ? this.sheetById(found.id) : null;
  }

  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeSheetName();
    const position = typeof nameOrIndex === 'number' ? nameOrIndex : (index ?? this.state.sheets.length);
    this.checkNewSheetName(name, null);
    const state = newSheetState(this.state.nextSheetId++, name);
    this.state.sheets.splice(position, 0, state);
    this.state.activeSheetId = state.id;
    return this.sheetById(state.id) as Sheet;
  }

  deleteSheet(sheet: Sheet): void {
    if (this.state.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.state.sheets = this.state.sheets.filter((state) => state.id !== sheet.state.id);
    this.metadata.removeSheet(sheet.state.id);
    this.sheetObjects.delete(sheet.state.id);
    if (this.state.activeSheetId === sheet.state.id) this.state.activeSheetId = this.state.sheets[0]?.id ?? 0;
  }

  getActiveSheet(): Sheet {
    return this.sheetById(this.state.activeSheetId) ?? (this.getSheets()[0] as Sheet);
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.state.activeSheetId = sheet.state.id;
    this.state.activeRanges = [];
    return sheet;
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(position: number): void {
    const active = this.getActiveSheet().state;
    this.state.sheets = this.state.sheets.filter((sheet) => sheet !== active);
    this.state.sheets.splice(position - 1, 0, active);
  }

  getRange(a1: string): Range {
    const { sheetName, cells } = splitSheetName(a1);
    const sheet = sheetName === null ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet.getRange(cells);
  }

  getRangeList(a1Notations: string[]): RangeList {
    return new RangeList(a1Notations.map((a1) => this.getRange(a1)));
  }

  setActiveRange(range: Range): Range {
    this.selectRanges(range.sheetObject, [range.getA1Notation()]);
    return range;
  }

  setActiveSelection(range: Range | string): Range {
    return this.setActiveRange(typeof range === 'string' ? this.getRange(range) : range);
  }

  getActiveRange(): Range | null {
    const first = this.state.activeRanges[0];
    return first ? this.getActiveSheet().getRange(first) : null;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds */
  toast(message: string, title?: string): void {
    this.runtime.ui.toasts.push(title ? `${title}: ${message}` : message);
  }

  // --- developer metadata

  addDeveloperMetadata(key: string, value?: unknown, visibility?: unknown): this {
    const [metadataValue, metadataVisibility] =
      typeof value === 'string' ? [value, visibility] : [null, value];
    this.metadata.add(key, metadataValue, String(metadataVisibility ?? 'DOCUMENT'), this.location());
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    return metadataAt(this, this.location());
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this, { sheetId: null, rows: null, columns: null });
  }

  // --- for the emulator's own objects (not Apps Script methods)

  sheetById(id: number): Sheet | null {
    const state = this.state.sheets.find((sheet) => sheet.id === id);
    if (!state) return null;
    let sheet = this.sheetObjects.get(id);
    if (!sheet || sheet.state !== state) {
      sheet = new Sheet(this, state);
      this.sheetObjects.set(id, sheet);
    }
    return sheet;
  }

  rangeOf(ref: RangeRef): Range {
    const sheet = this.sheetById(ref.sheetId);
    if (!sheet) throw new Error('Range not found');
    const { maxRows, maxColumns } = sheet.state;
    return new Range(sheet, {
      row: ref.row,
      column: ref.column,
      numRows: ref.openRows ? maxRows - ref.row + 1 : ref.numRows,
      numColumns: ref.openColumns ? maxColumns - ref.column + 1 : ref.numColumns,
      ...(ref.openRows && { openRows: true }),
      ...(ref.openColumns && { openColumns: true }),
    });
  }

  /** How typed text parses in this document now; plain-text cells override plainText. */
  inputContext(): InputContext {
    return {
      locale: this.state.locale,
      timeZone: this.state.timeZone,
      plainText: false,
      currentYear: wallClockAt(this.runtime.clock.now(), this.state.timeZone).year,
    };
  }

  selectRanges(sheet: Sheet, a1Notations: string[]): void {
    this.state.activeSheetId = sheet.state.id;
    this.state.activeRanges = a1Notations;
  }

  checkNewSheetName(name: string, renamed: Sheet | null): void {
    if (this.state.sheets.some((sheet) => sheet.name === name && sheet !== renamed?.state)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  private freeSheetName(): string {
    const base = this.state.locale.startsWith('es') ? 'Hoja ' : 'Sheet';
    let number = this.state.sheets.length + 1;
    while (this.state.sheets.some((sheet) => sheet.name === `${base}${number}`)) number++;
    return `${base}${number}`;
  }

  private location() {
    return { type: 'SPREADSHEET' as const, sheetId: null, index: null };
  }
}
