// Re-applies our conditional formats on a tab in one read and one write, keeping the client's own rules in place.
import {
  CONTROLS_METADATA_KEY,
  controlRules,
  controlsSignature,
  isOurControl,
  type ControlRule,
} from '../../core/workbook/controls';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../core/workbook/layout';
import type { TabId } from '../../core/workbook/schema';
import type { Sheet, SheetContext } from './context';
import { ownValue, storeOwnMetadata } from './own-metadata';
import { ownMetadataOf, sheetOf } from './prepare';
import type { ReadWorkbook } from './read';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function formulaOf(rule: Rule): string | null {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
  return typeof formula === 'string' ? formula : null;
}

const isOurs = (rule: Rule): boolean => {
  const formula = formulaOf(rule);
  return formula !== null && isOurControl(formula);
};

/** Down to the sheet's last row, so rows the client inserts later are covered too. */
function buildRule(sheet: Sheet, control: ControlRule, maxRows: number, context: SheetContext): Rule {
  const range = sheet.getRange(
    FIRST_DATA_ROW,
    control.firstColumn,
    maxRows - HEADER_ROW,
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

/**
 * Ours were last written with these ranges (the signature says so) and still end the list with these
 * formulas, so none was deleted or changed: rebuilding them would cost about seven calls each.
 */
function inPlace(rules: Rule[], controls: ControlRule[], signatureMatches: boolean): boolean {
  const tail = rules.slice(rules.length - controls.length);
  return (
    signatureMatches &&
    rules.length >= controls.length &&
    tail.every((rule, index) => formulaOf(rule) === controls[index]?.formula)
  );
}

/**
 * Ours go after the client's: in Sheets the first matching rule wins, so the client's keep priority.
 * An import leaves rules that are already right alone; repair (`force`) writes them again.
 */
export function applyControls(
  workbook: ReadWorkbook,
  tab: TabId,
  context: SheetContext,
  force = false,
): void {
  const controls = controlRules(workbook.layout[tab]);
  if (controls.length === 0) return;
  const sheet = sheetOf(workbook, tab);
  const own = ownMetadataOf(workbook, sheet);
  const rules = sheet.getConditionalFormatRules();
  const maxRows = sheet.getMaxRows();
  const signature = controlsSignature(controls, maxRows);
  const signatureMatches = ownValue(own, CONTROLS_METADATA_KEY) === signature;
  if (!force && inPlace(rules, controls, signatureMatches)) return;
  sheet.setConditionalFormatRules([
    ...rules.filter((rule) => !isOurs(rule)),
    ...controls.map((control) => buildRule(sheet, control, maxRows, context)),
  ]);
  storeOwnMetadata(sheet, own, CONTROLS_METADATA_KEY, signature);
}
