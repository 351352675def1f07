// The controls minuta leans on, tried on the temporary tab: our conditional format beside a client's, row metadata on insert.
import { METADATA_ROW, type RulesObservation } from '../../core/check';
import { controlRules, isOurControl } from '../../core/workbook/controls';
import { emptyLayout, FIRST_DATA_ROW, withMissingColumnsAppended } from '../../core/workbook/layout';
import type { CheckDeps } from './deps';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

const ROW_METADATA_KEY = 'minuta.check.row';

const isOurs = (rule: Rule): boolean => {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
  return typeof formula === 'string' && isOurControl(formula);
};

/** Everything the client could notice about a rule, as one comparable line. */
function describeRule(rule: Rule): string {
  const condition = rule.getBooleanCondition();
  const ranges = rule.getRanges().map((range) => range.getA1Notation());
  return [
    String(condition?.getCriteriaType() ?? ''),
    JSON.stringify(condition?.getCriteriaValues() ?? []),
    condition?.getBackground() ?? '',
    ranges.join(','),
  ].join(' ');
}

function clientRule(sheet: Sheet, deps: CheckDeps): Rule {
  return deps.spreadsheetApp
    .newConditionalFormatRule()
    .whenTextContains('cliente')
    .setBackground('#fce8b2')
    .setRanges([sheet.getRange('A2:B20')])
    .build();
}

/**
 * The first of our Tasks rules, built as the sheets adapter builds it (its builder is not exported);
 * added and removed with the same read-filter-write of the whole list that an import does.
 */
function ourRule(sheet: Sheet, deps: CheckDeps): Rule {
  const control = controlRules(withMissingColumnsAppended(emptyLayout('tasks')))[0];
  if (!control) throw new Error('No conditional format rule is defined for the Tasks tab');
  const width = control.lastColumn - control.firstColumn + 1;
  return deps.spreadsheetApp
    .newConditionalFormatRule()
    .whenFormulaSatisfied(control.formula)
    .setBackground(control.style.background ?? '#f4cccc')
    .setRanges([sheet.getRange(FIRST_DATA_ROW, control.firstColumn, sheet.getMaxRows() - 1, width)])
    .build();
}

export function observeRules(sheet: Sheet, deps: CheckDeps): RulesObservation {
  sheet.setConditionalFormatRules([clientRule(sheet, deps)]);
  const clientBefore = describeRule(sheet.getConditionalFormatRules()[0] as Rule);
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ourRule(sheet, deps)]);
  const oursAdded = sheet.getConditionalFormatRules().filter(isOurs).length;
  sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().filter((rule) => !isOurs(rule)));
  const after = sheet.getConditionalFormatRules();
  const client = after.find((rule) => !isOurs(rule));
  return {
    clientBefore,
    clientAfter: client ? describeRule(client) : null,
    oursAdded,
    oursLeft: after.filter(isOurs).length,
  };
}

/** The row the metadata put on METADATA_ROW is on after a row is inserted above it; null when it is gone. */
export function rowAfterInsert(sheet: Sheet): number | null {
  sheet.getRange(`${METADATA_ROW}:${METADATA_ROW}`).addDeveloperMetadata(ROW_METADATA_KEY, 'check');
  sheet.insertRowBefore(FIRST_DATA_ROW);
  const found = sheet.createDeveloperMetadataFinder().withKey(ROW_METADATA_KEY).find()[0];
  return found?.getLocation().getRow()?.getRow() ?? null;
}
