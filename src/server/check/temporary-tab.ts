// The hidden tab the sheet checks write in: created before them, always deleted after, the VA's active tab restored.
import { CHECK_STRINGS } from '../../core/i18n/check';
import { expectationOf, type CheckId, type CheckLine } from '../../core/check';
import type { CheckDeps } from './deps';
import { failedLine } from './lines';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Runs the sheet checks (`ids`, the lines `checks` returns) in a fresh hidden tab; the tab's own line says whether
 * it was created and deleted. When no tab can be made, each of those lines fails with the reason.
 */
export function inTemporaryTab(
  deps: CheckDeps,
  ids: CheckId[],
  checks: (sheet: Sheet) => CheckLine[],
): CheckLine[] {
  const { spreadsheet, language } = deps;
  let sheet: Sheet;
  let previous: Sheet;
  try {
    previous = spreadsheet.getActiveSheet();
    sheet = spreadsheet.insertSheet(`minuta-check-${deps.now.getTime()}`);
    sheet.hideSheet();
  } catch (error) {
    return [...ids, 'temporaryTab' as const].map((id) => failedLine(id, language, error));
  }
  let lines: CheckLine[] = [];
  try {
    lines = checks(sheet);
  } finally {
    lines.push(removeTab(deps, sheet, previous));
  }
  return lines;
}

function removeTab(deps: CheckDeps, sheet: Sheet, previous: Sheet): CheckLine {
  const { spreadsheet, language } = deps;
  try {
    spreadsheet.deleteSheet(sheet);
    spreadsheet.setActiveSheet(previous);
    const seen = CHECK_STRINGS[language].seen.tabDeleted;
    return { id: 'temporaryTab', status: 'pass', expected: expectationOf('temporaryTab', language), seen };
  } catch (error) {
    return failedLine('temporaryTab', language, error);
  }
}
