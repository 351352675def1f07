// What the playground grid shows of each emulated tab: display values, dropdowns, checkboxes, notes, colours.
import type { Emulator } from '../emulator';
import { conditionalStyles, type CellStyle } from './conditional-styles';

export interface CellView {
  text: string;
  note: string;
  /** Dropdown choices when the cell has a list validation. */
  choices: string[] | null;
  checkbox: boolean;
  checked: boolean;
  style: CellStyle;
}

export interface SheetView {
  name: string;
  hidden: boolean;
  frozenRows: number;
  hiddenColumns: number[];
  rows: CellView[][];
}

function cellValidation(
  rule: GoogleAppsScript.Spreadsheet.DataValidation | null,
): Pick<CellView, 'choices' | 'checkbox'> {
  if (!rule) return { choices: null, checkbox: false };
  const type = String(rule.getCriteriaType());
  if (type === 'CHECKBOX') return { choices: null, checkbox: true };
  if (type === 'VALUE_IN_LIST')
    return { choices: (rule.getCriteriaValues()[0] as string[]) ?? [], checkbox: false };
  return { choices: null, checkbox: false };
}

function viewOf(sheet: GoogleAppsScript.Spreadsheet.Sheet, now: Date): SheetView {
  const rowCount = Math.max(sheet.getLastRow(), 1);
  const columnCount = Math.max(sheet.getLastColumn(), 1);
  const range = sheet.getRange(1, 1, rowCount, columnCount);
  const [display, values, notes, validations] = [
    range.getDisplayValues(),
    range.getValues(),
    range.getNotes(),
    range.getDataValidations(),
  ];
  const styles = conditionalStyles(sheet, values, now);
  const hiddenColumns: number[] = [];
  for (let column = 1; column <= columnCount; column++) {
    if (sheet.isColumnHiddenByUser(column)) hiddenColumns.push(column);
  }
  return {
    name: sheet.getName(),
    hidden: sheet.isSheetHidden(),
    frozenRows: sheet.getFrozenRows(),
    hiddenColumns,
    rows: display.map((row, rowIndex) =>
      row.map((text, columnIndex) => {
        const validation = cellValidation(validations[rowIndex]?.[columnIndex] ?? null);
        return {
          text,
          note: notes[rowIndex]?.[columnIndex] ?? '',
          ...validation,
          checked: values[rowIndex]?.[columnIndex] === true,
          style: styles[rowIndex]?.[columnIndex] ?? {},
        };
      }),
    ),
  };
}

export function sheetView(emulator: Emulator): SheetView[] {
  const now = emulator.clock.now();
  return emulator.spreadsheet.getSheets().map((sheet) => viewOf(sheet, now));
}
