// Re-applies our conditional formats on a tab in one read and one write, keeping the client's own rules in place.
import { controlRules, isOurControl, type ControlRule } from '../../core/workbook/controls';
import { FIRST_DATA_ROW, HEADER_ROW, type TabLayout } from '../../core/workbook/layout';
import type { Sheet, SheetContext } from './context';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function isOurs(rule: Rule): boolean {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
  return typeof formula === 'string' && isOurControl(formula);
}

/** Down to the sheet's last row, so rows the client inserts later are covered too. */
function buildRule(sheet: Sheet, control: ControlRule, context: SheetContext): Rule {
  const rows = sheet.getMaxRows() - HEADER_ROW;
  const range = sheet.getRange(
    FIRST_DATA_ROW,
    control.firstColumn,
    rows,
    control.lastColumn - control.firstColumn + 1,
  );
  let builder = context.spreadsheetApp
    .newConditionalFormatRule()
    .whenFormulaSatisfied(control.formula)
    .setRanges([range]);
  const { background, fontColor, bold, strikethrough } = control.style;
  if (background) builder = builder.setBackground(background);
  if (fontColor) builder = builder.setFontColor(fontColor);
  if (bold) builder = builder.setBold(true);
  if (strikethrough) builder = builder.setStrikethrough(true);
  return builder.build();
}

/** Ours go after the client's: in Sheets the first matching rule wins, so the client's keep priority. */
export function applyControls(sheet: Sheet, layout: TabLayout, context: SheetContext): void {
  const controls = controlRules(layout);
  if (controls.length === 0) return;
  const clientRules = sheet.getConditionalFormatRules().filter((rule) => !isOurs(rule));
  sheet.setConditionalFormatRules([
    ...clientRules,
    ...controls.map((control) => buildRule(sheet, control, context)),
  ]);
}
