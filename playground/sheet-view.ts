// What the playground grid shows of each emulated tab: display values, dropdowns, checkboxes, notes, colours.
import type { Emulator } from '../emulator';
import { chartsOf, computedValues } from '../emulator/spreadsheet/chart';
import type { Sheet as EmulatedSheet } from '../emulator/spreadsheet/sheet';
import type { CellStyle as EmulatedCellStyle } from '../emulator/state';
import type { ChartView } from './chart-view';
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
  charts: ChartView[];
}

type AppsScriptSheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The emulator's own sheet behind the service object the playground holds. */
const emulated = (sheet: AppsScriptSheet): EmulatedSheet => sheet as unknown as EmulatedSheet;

/** Each chart with its table's values: labels in the first column, one series per other column. */
function chartViews(sheet: AppsScriptSheet): ChartView[] {
  const { state, workbook } = emulated(sheet);
  return chartsOf(state).map((chart) => {
    const [header = [], ...rows] = chart.ranges.flatMap((ref) => computedValues(workbook, ref));
    const option = (key: string) => chart.options[key];
    return {
      type: chart.type,
      title: String(option('title') ?? ''),
      colors: (option('colors') as string[] | undefined) ?? [],
      stacked: option('isStacked') === true,
      percent: option('hAxis.format') === 'percent' || option('vAxis.format') === 'percent',
      anchorRow: chart.position.anchorRow,
      anchorColumn: chart.position.anchorColumn,
      series: header.slice(1).map(String),
      rows: rows
        .filter((row) => String(row[0] ?? '') !== '')
        .map((row) => ({
          label: labelOf(row[0]),
          values: row.slice(1).map((value) => (typeof value === 'number' ? value : 0)),
        })),
    };
  });
}

/** The cell's own colours and weight (the Panel's red overdue figure); conditional rules paint over them. */
function ownStyle(style: EmulatedCellStyle | undefined): CellStyle {
  if (!style) return {};
  return {
    ...(style.background && { background: style.background }),
    ...(style.fontColor && { color: style.fontColor }),
    ...(style.fontWeight === 'bold' && { bold: true }),
  };
}

/** A week's date as day/month; anything else as written. */
function labelOf(value: unknown): string {
  if (value && typeof value === 'object' && 'date' in value) {
    const [, month, day] = String((value as { date: string }).date).split(/[-T]/);
    return `${day}/${month}`;
  }
  return String(value ?? '');
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
  const styles = conditionalStyles(sheet, rowCount, columnCount, now);
  const hiddenColumns: number[] = [];
  for (let column = 1; column <= columnCount; column++) {
    if (sheet.isColumnHiddenByUser(column)) hiddenColumns.push(column);
  }
  return {
    name: sheet.getName(),
    hidden: sheet.isSheetHidden(),
    frozenRows: sheet.getFrozenRows(),
    hiddenColumns,
    charts: chartViews(sheet),
    rows: display.map((row, rowIndex) =>
      row.map((text, columnIndex) => {
        const validation = cellValidation(validations[rowIndex]?.[columnIndex] ?? null);
        return {
          text,
          note: notes[rowIndex]?.[columnIndex] ?? '',
          ...validation,
          checked: values[rowIndex]?.[columnIndex] === true,
          style: {
            ...ownStyle(emulated(sheet).state.rows[rowIndex]?.[columnIndex]?.style),
            ...styles[rowIndex]?.[columnIndex],
          },
        };
      }),
    ),
  };
}

export function sheetView(emulator: Emulator): SheetView[] {
  const now = emulator.clock.now();
  return emulator.spreadsheet.getSheets().map((sheet) => viewOf(sheet, now));
}
