// Range: a 1-based block of one sheet; values, formulas, formats, notes, validations, styles, metadata and sort.
// https://developers.google.com/apps-script/reference/spreadsheet/range
import { SERVICE_NAME } from '../counter';
import { faultsOf, shiftedValue } from '../faults';
import type { CellState, CellStyle, RangeRef, StoredValue } from '../state';
import { instantOf, parseWallClockText } from '../zone';
import { toA1, type Block } from './a1';
import { toCellInput, type InputContext } from './cell-input';
import { DataValidation, DataValidationBuilder } from './data-validation';
import { displayValue } from './display';
import { evaluateFormula, formulaSite, type FormulaSite } from './formula';
import { DeveloperMetadata, DeveloperMetadataFinder, metadataAt } from './metadata';
import type { Sheet } from './sheet';
import { compareCells, sortOrder, type SortSpec } from './sort';

/** What getNumberFormat() answers for a cell nobody formatted ("Automatic"). */
const DEFAULT_NUMBER_FORMAT = '0.###############';

export class Range {
  readonly [SERVICE_NAME] = 'Range';

  constructor(
    readonly sheetObject: Sheet,
    readonly block: Block,
  ) {}

  ref(): RangeRef {
    return { sheetId: this.sheetObject.state.id, ...this.block };
  }

  getSheet(): Sheet {
    return this.sheetObject;
  }

  getRow(): number {
    return this.block.row;
  }

  getColumn(): number {
    return this.block.column;
  }

  getLastRow(): number {
    return this.block.row + this.block.numRows - 1;
  }

  getLastColumn(): number {
    return this.block.column + this.block.numColumns - 1;
  }

  getNumRows(): number {
    return this.block.numRows;
  }

  getNumColumns(): number {
    return this.block.numColumns;
  }

  getA1Notation(): string {
    return toA1(this.block);
  }

  getCell(row: number, column: number): Range {
    return this.sheetObject.getRange(this.block.row + row - 1, this.block.column + column - 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheetObject.getRange(
      this.block.row + rowOffset,
      this.block.column + columnOffset,
      numRows ?? this.block.numRows,
      numColumns ?? this.block.numColumns,
    );
  }

  // --- values and formulas

  getValues(): unknown[][] {
    const { state } = this.workbook();
    const faults = faultsOf(state);
    const site = this.formulaSite();
    return this.map((cell) => shiftedValue(faults, valueOf(cell, site)));
  }

  /** Formulas compute where they sit: this sheet, the spreadsheet's other sheets, today in its zone. */
  private formulaSite(): FormulaSite {
    const workbook = this.workbook();
    return formulaSite(this.sheetObject.state, workbook.state, workbook['runtime'].clock.now());
  }

  getValue(): unknown {
    return this.firstCellRange().getValues()[0]?.[0];
  }

  getDisplayValues(): string[][] {
    const locale = this.workbook().state.locale;
    const site = this.formulaSite();
    return this.map((cell) => displayValue(cell, locale, site));
  }

  getDisplayValue(): string {
    return this.firstCellRange().getDisplayValues()[0]?.[0] ?? '';
  }

  setValues(values: unknown[][]): this {
    this.checkShape(values);
    const context = this.workbook().inputContext();
    return this.forEachPosition((row, column) =>
      this.writeValue(row, column, values[row - this.block.row]?.[column - this.block.column], context),
    );
  }

  setValue(value: unknown): this {
    const context = this.workbook().inputContext();
    return this.forEachPosition((row, column) => this.writeValue(row, column, value, context));
  }

  getFormulas(): string[][] {
    return this.map((cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    return this.firstCellRange().getFormulas()[0]?.[0] ?? '';
  }

  setFormulas(formulas: string[][]): this {
    this.checkShape(formulas);
    return this.forEachPosition((row, column) =>
      this.writeFormula(row, column, formulas[row - this.block.row]?.[column - this.block.column] ?? ''),
    );
  }

  setFormula(formula: string): this {
    return this.forEachPosition((row, column) => this.writeFormula(row, column, formula));
  }

  // --- formats, notes, styles

  getNumberFormats(): string[][] {
    return this.map((cell) => cell?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }

  getNumberFormat(): string {
    return this.firstCellRange().getNumberFormats()[0]?.[0] ?? DEFAULT_NUMBER_FORMAT;
  }

  setNumberFormats(formats: string[][]): this {
    return this.setEach(formats, (cell, format) => (cell.numberFormat = format));
  }

  setNumberFormat(format: string): this {
    return this.setAll((cell) => (cell.numberFormat = format));
  }

  getNotes(): string[][] {
    return this.map((cell) => cell?.note ?? '');
  }

  getNote(): string {
    return this.firstCellRange().getNotes()[0]?.[0] ?? '';
  }

  setNotes(notes: (string | null)[][]): this {
    return this.setEach(notes, (cell, note) => (cell.note = note ?? ''));
  }

  setNote(note: string | null): this {
    return this.setAll((cell) => (cell.note = note ?? ''));
  }

  getFontWeights(): string[][] {
    return this.map((cell) => cell?.style?.fontWeight ?? 'normal');
  }

  getFontWeight(): string {
    return this.firstCellRange().getFontWeights()[0]?.[0] ?? 'normal';
  }

  setFontWeights(weights: (string | null)[][]): this {
    return this.setEach(weights, (cell, weight) => setStyle(cell, 'fontWeight', weight ?? 'normal'));
  }

  setFontWeight(weight: string | null): this {
    return this.setStyle('fontWeight', weight ?? 'normal');
  }

  setFontLine(line: string | null): this {
    return this.setStyle('fontLine', line ?? 'none');
  }

  getFontLine(): string {
    return this.firstCell()?.style?.fontLine ?? 'none';
  }

  setFontColor(color: string | null): this {
    return this.setStyle('fontColor', color ?? '#000000');
  }

  getFontColor(): string {
    return this.firstCell()?.style?.fontColor ?? '#000000';
  }

  getBackgrounds(): string[][] {
    return this.map((cell) => cell?.style?.background ?? '#ffffff');
  }

  getBackground(): string {
    return this.firstCellRange().getBackgrounds()[0]?.[0] ?? '#ffffff';
  }

  setBackgrounds(colors: (string | null)[][]): this {
    return this.setEach(colors, (cell, color) => setStyle(cell, 'background', color ?? '#ffffff'));
  }

  setBackground(color: string | null): this {
    return this.setStyle('background', color ?? '#ffffff');
  }

  setWrap(wrap: boolean): this {
    return this.setStyle('wrap', wrap);
  }

  getWrap(): boolean {
    return this.firstCell()?.style?.wrap ?? true;
  }

  setWrapStrategy(strategy: string): this {
    return this.setStyle('wrapStrategy', String(strategy));
  }

  getWrapStrategy(): string {
    return this.firstCell()?.style?.wrapStrategy ?? 'OVERFLOW';
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.setStyle('horizontalAlignment', alignment ?? 'general');
  }

  getHorizontalAlignment(): string {
    return this.firstCell()?.style?.horizontalAlignment ?? 'general';
  }

  /** Borders are only recorded (any call sets "has a border"); the playground does not draw them. */
  setBorder(...sides: (boolean | null)[]): this {
    return this.setStyle(
      'border',
      sides.some((side) => side === true),
    );
  }

  // --- validations

  getDataValidations(): (DataValidation | null)[][] {
    return this.map((cell) =>
      cell?.validation ? new DataValidation(cell.validation, this.workbook()) : null,
    );
  }

  getDataValidation(): DataValidation | null {
    return this.firstCellRange().getDataValidations()[0]?.[0] ?? null;
  }

  setDataValidations(rules: (DataValidation | null)[][]): this {
    return this.setEach(
      rules,
      (cell, rule) => (cell.validation = rule ? structuredClone(rule.state) : undefined),
    );
  }

  setDataValidation(rule: DataValidation | null): this {
    return this.setAll((cell) => (cell.validation = rule ? structuredClone(rule.state) : undefined));
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  /** Checkbox validation on every cell, and every cell set to FALSE (https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes). */
  insertCheckboxes(): this {
    const checkbox = new DataValidationBuilder(this.workbook()).requireCheckbox().build();
    this.setDataValidation(checkbox);
    return this.setAll((cell) => {
      cell.value = false;
      delete cell.formula;
    });
  }

  // --- clearing, selection

  clear(): this {
    return this.forEachPosition((row, column) => {
      const note = this.grid().cell(row, column)?.note;
      this.grid().clearCell(row, column);
      if (note) this.grid().writableCell(row, column).note = note;
    });
  }

  clearContent(): this {
    return this.forEachPosition((row, column) => {
      const cell = this.grid().cell(row, column);
      if (!cell) return;
      delete cell.value;
      delete cell.formula;
    });
  }

  clearFormat(): this {
    return this.forEachPosition((row, column) => {
      const cell = this.grid().cell(row, column);
      if (!cell) return;
      delete cell.style;
      delete cell.numberFormat;
    });
  }

  activate(): this {
    this.workbook().selectRanges(this.sheetObject, [this.getA1Notation()]);
    return this;
  }

  createFilter(): unknown {
    return this.sheetObject.createFilterOn(this);
  }

  // --- developer metadata (https://developers.google.com/apps-script/reference/spreadsheet/range#adddevelopermetadatakey)

  addDeveloperMetadata(key: string, value?: unknown, visibility?: unknown): this {
    const location = this.dimensionLocation();
    if (!location) {
      throw new Error(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    const [metadataValue, metadataVisibility] =
      typeof value === 'string' ? [value, visibility] : [null, value];
    this.workbook().metadata.add(key, metadataValue, String(metadataVisibility ?? 'DOCUMENT'), location);
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    const location = this.dimensionLocation();
    return location ? metadataAt(this.workbook(), location) : [];
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.workbook(), {
      sheetId: this.sheetObject.state.id,
      rows: [this.block.row, this.getLastRow()],
      columns: [this.block.column, this.getLastColumn()],
    });
  }

  /** Sorts the rows of the block; row metadata follows its row (https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj). */
  sort(spec: SortSpec): this {
    const rows = this.map((cell) => cell);
    const order = sortOrder(rows, spec, this.block.column, compareCells);
    this.sheetObject.moveRows(this.block.row, order, this.block.column, this.block.numColumns);
    return this;
  }

  // --- internals

  private workbook() {
    return this.sheetObject.workbook;
  }

  private grid() {
    return this.sheetObject.grid;
  }

  private firstCell(): CellState | undefined {
    return this.grid().cell(this.block.row, this.block.column);
  }

  private firstCellRange(): Range {
    return new Range(this.sheetObject, {
      row: this.block.row,
      column: this.block.column,
      numRows: 1,
      numColumns: 1,
    });
  }

  private dimensionLocation() {
    const { row, column, numRows, numColumns } = this.block;
    const sheetId = this.sheetObject.state.id;
    const { maxRows, maxColumns } = this.sheetObject.state;
    if (numRows === 1 && column === 1 && numColumns === maxColumns)
      return { type: 'ROW' as const, sheetId, index: row };
    if (numColumns === 1 && row === 1 && numRows === maxRows)
      return { type: 'COLUMN' as const, sheetId, index: column };
    return null;
  }

  private map<T>(read: (cell: CellState | undefined) => T): T[][] {
    const { row, column, numRows, numColumns } = this.block;
    return Array.from({ length: numRows }, (_, rowOffset) =>
      Array.from({ length: numColumns }, (_, columnOffset) =>
        read(this.grid().cell(row + rowOffset, column + columnOffset)),
      ),
    );
  }

  private forEachPosition(visit: (row: number, column: number) => void): this {
    const { row, column, numRows, numColumns } = this.block;
    for (let rowOffset = 0; rowOffset < numRows; rowOffset++) {
      for (let columnOffset = 0; columnOffset < numColumns; columnOffset++)
        visit(row + rowOffset, column + columnOffset);
    }
    return this;
  }

  private setAll(update: (cell: CellState) => void): this {
    return this.forEachPosition((row, column) => update(this.grid().writableCell(row, column)));
  }

  private setEach<T>(values: T[][], update: (cell: CellState, value: T) => void): this {
    this.checkShape(values);
    return this.forEachPosition((row, column) => {
      const value = values[row - this.block.row]?.[column - this.block.column] as T;
      update(this.grid().writableCell(row, column), value);
    });
  }

  private setStyle<K extends keyof CellStyle>(key: K, value: CellStyle[K]): this {
    return this.setAll((cell) => setStyle(cell, key, value));
  }

  /** The real messages of the 2-D setters (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues). */
  private checkShape(values: unknown[][]): void {
    if (values.length !== this.block.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.block.numRows}.`,
      );
    }
    for (const rowValues of values) {
      if (rowValues.length !== this.block.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${rowValues.length} but the range has ${this.block.numColumns}.`,
        );
      }
    }
  }

  private writeValue(row: number, column: number, value: unknown, context: InputContext): void {
    const cell = this.grid().writableCell(row, column);
    const keepsText = cell.numberFormat === '@' && !faultsOf(this.workbook().state).plusIsNumber;
    const input = toCellInput(value, { ...context, plainText: keepsText });
    cell.value = input.value;
    if (input.formula) cell.formula = input.formula;
    else delete cell.formula;
    if (input.numberFormat && cell.numberFormat === undefined) cell.numberFormat = input.numberFormat;
  }

  /** An empty formula clears the cell's formula, as in the real setFormulas. */
  private writeFormula(row: number, column: number, formula: string): void {
    const cell = this.grid().writableCell(row, column);
    cell.value = '';
    if (formula === '') delete cell.formula;
    else cell.formula = formula;
  }
}

function setStyle<K extends keyof CellStyle>(cell: CellState, key: K, value: CellStyle[K]): void {
  cell.style = { ...cell.style, [key]: value };
}

/** What getValues() returns for a stored cell: formulas computed, dates as the instant of their wall-clock in the sheet zone. */
function valueOf(cell: CellState | undefined, site: FormulaSite): unknown {
  if (!cell) return '';
  const stored = cell.formula ? evaluateFormula(cell.formula, site) : (cell.value ?? '');
  return storedToValue(stored, site.timeZone);
}

export function storedToValue(value: StoredValue, timeZone: string): unknown {
  return typeof value === 'object' ? instantOf(parseWallClockText(value.date), timeZone) : value;
}
