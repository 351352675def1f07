// Applies a sheet's conditional-format rules to its values, so the playground grid shows the controls' colours.
import { dayNumber, evaluateFormula, isTruthy, type FormulaValue } from './formula';

export interface CellStyle {
  background?: string;
  color?: string;
  bold?: boolean;
  strikethrough?: boolean;
  italic?: boolean;
}

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Dates as Sheets compares them: the day number of the calendar date in the spreadsheet's zone. */
function dayInZone(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(date)
    .split('-')
    .map(Number);
  return dayNumber(parts[0]!, parts[1]!, parts[2]!);
}

function styleOf(rule: Rule): CellStyle {
  const condition = rule.getBooleanCondition();
  if (!condition) return {};
  const style: CellStyle = {};
  const background = condition.getBackground();
  const color = condition.getFontColor();
  if (background) style.background = background;
  if (color) style.color = color;
  if (condition.getBold()) style.bold = true;
  if (condition.getStrikethrough()) style.strikethrough = true;
  if (condition.getItalic()) style.italic = true;
  return style;
}

/** Styles per cell (0-based like `values`); earlier rules win, as in Sheets. */
export function conditionalStyles(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: unknown[][],
  now: Date,
): CellStyle[][] {
  const timeZone = sheet.getParent().getSpreadsheetTimeZone();
  const cells: FormulaValue[][] = values.map((row) =>
    row.map((value) => (value instanceof Date ? dayInZone(value, timeZone) : (value as FormulaValue))),
  );
  const today = dayInZone(now, timeZone);
  const styles: CellStyle[][] = values.map((row) => row.map(() => ({})));
  for (const rule of [...sheet.getConditionalFormatRules()].reverse()) {
    const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
    if (typeof formula !== 'string') continue;
    const style = styleOf(rule);
    for (const range of rule.getRanges()) {
      const top = range.getRow();
      const left = range.getColumn();
      const bottom = Math.min(range.getLastRow(), values.length);
      const right = Math.min(range.getLastColumn(), values[0]?.length ?? 0);
      for (let row = top; row <= bottom; row++) {
        for (let column = left; column <= right; column++) {
          const context = {
            cell: (r: number, c: number) => cells[r - 1]?.[c - 1] ?? null,
            rowOffset: row - top,
            columnOffset: column - left,
            today,
          };
          let matches = false;
          try {
            matches = isTruthy(evaluateFormula(formula, context));
          } catch {
            matches = false;
          }
          if (matches) Object.assign(styles[row - 1]![column - 1]!, style);
        }
      }
    }
  }
  return styles;
}
