// Applies a sheet's conditional-format rules to its cells, so the playground grid shows the controls' colours.
import { evaluateFormula, formulaSite } from '../emulator/spreadsheet/formula';
import type { Sheet as EmulatedSheet } from '../emulator/spreadsheet/sheet';

export interface CellStyle {
  background?: string;
  color?: string;
  bold?: boolean;
  strikethrough?: boolean;
  italic?: boolean;
}

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

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

/** What Sheets takes as a rule's formula being satisfied: TRUE or a non-zero number. */
function satisfied(value: unknown): boolean {
  return value === true || (typeof value === 'number' && value !== 0);
}

/** Styles per cell (0-based, rows × columns of the shown grid); earlier rules win, as in Sheets. */
export function conditionalStyles(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rowCount: number,
  columnCount: number,
  now: Date,
): CellStyle[][] {
  const { state, workbook } = sheet as unknown as EmulatedSheet;
  const site = formulaSite(state, workbook.state, now);
  const styles: CellStyle[][] = Array.from({ length: rowCount }, () =>
    Array.from({ length: columnCount }, () => ({})),
  );
  for (const rule of [...sheet.getConditionalFormatRules()].reverse()) {
    const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
    if (typeof formula !== 'string') continue;
    const style = styleOf(rule);
    for (const range of rule.getRanges()) {
      const top = range.getRow();
      const left = range.getColumn();
      for (let row = top; row <= Math.min(range.getLastRow(), rowCount); row++) {
        for (let column = left; column <= Math.min(range.getLastColumn(), columnCount); column++) {
          const offset = { rows: row - top, columns: column - left };
          if (satisfied(evaluateFormula(formula, { ...site, offset }))) {
            Object.assign(styles[row - 1]![column - 1]!, style);
          }
        }
      }
    }
  }
  return styles;
}
