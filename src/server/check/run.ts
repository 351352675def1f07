// Runs every check of the installation and returns the report; it never throws and leaves the sheet as it found it.
import {
  dateVerdict,
  lockVerdict,
  mailQuotaVerdict,
  meetingNotesVerdict,
  openVerdict,
  orderedLines,
  parserFileVerdict,
  propertyVerdict,
  reportText,
  rowMetadataVerdict,
  rulesVerdict,
  spreadsheetCellsVerdict,
  taskRowsVerdict,
  testEmailVerdict,
  textVerdict,
  timeZoneVerdict,
  triggerVerdict,
  type CheckId,
  type CheckLine,
  type CheckReport,
} from '../../core/check';
import { CHECK_STRINGS } from '../../core/i18n/check';
import type { SheetContext } from '../sheets';
import { ISO_DAY, type CheckDeps } from './deps';
import { checkLine, errorText } from './lines';
import { observeParserFile } from './parser-file';
import { longestMeetingNotes, spreadsheetCells, tasksTabSize } from './sizes';
import { observeRules, rowAfterInsert } from './sheet-controls';
import { observeLock, observeTrigger, opensById, propertyValue, roundTrip } from './services';
import { inTemporaryTab } from './temporary-tab';
import { writeAndReadTasks, type WrittenTasks } from './written-tasks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Reads a fact for the report's header; a service that refuses shows its error instead. */
function fact(read: () => string): string {
  try {
    return read();
  } catch (error) {
    return errorText(error);
  }
}

function attempt(write: () => WrittenTasks): { tasks: WrittenTasks } | { error: unknown } {
  try {
    return { tasks: write() };
  } catch (error) {
    return { error };
  }
}

function sheetContext(deps: CheckDeps, timeZone: string): SheetContext {
  return {
    spreadsheet: deps.spreadsheet,
    spreadsheetApp: deps.spreadsheetApp,
    utilities: deps.utilities,
    today: deps.utilities.formatDate(deps.now, timeZone, ISO_DAY),
    language: deps.language,
  };
}

const SHEET_CHECKS: CheckId[] = ['text', 'dates', 'conditionalFormats', 'rowMetadata'];

function sheetLines(deps: CheckDeps, context: () => SheetContext, sheet: Sheet): CheckLine[] {
  const { language } = deps;
  // One write serves the text and the date lines; if it throws, both fail with its error and it is not retried.
  let written: { tasks: WrittenTasks } | { error: unknown } | null = null;
  const tasks = (): WrittenTasks => {
    written ??= attempt(() => writeAndReadTasks(sheet, context()));
    if ('error' in written) throw written.error;
    return written.tasks;
  };
  return [
    checkLine('text', language, () => textVerdict(tasks().text, language)),
    checkLine('dates', language, () => dateVerdict(tasks().dates, language)),
    checkLine('conditionalFormats', language, () => rulesVerdict(observeRules(sheet, deps), language)),
    checkLine('rowMetadata', language, () => rowMetadataVerdict(rowAfterInsert(sheet), language)),
  ];
}

function serviceLines(deps: CheckDeps): CheckLine[] {
  const { language, propertiesService } = deps;
  const value = propertyValue(deps);
  return [
    checkLine('lock', language, () => lockVerdict(observeLock(deps), language)),
    checkLine('documentProperty', language, () =>
      propertyVerdict(value, roundTrip(propertiesService.getDocumentProperties(), value), language),
    ),
    checkLine('userProperty', language, () =>
      propertyVerdict(value, roundTrip(propertiesService.getUserProperties(), value), language),
    ),
    checkLine('trigger', language, () => triggerVerdict(observeTrigger(deps), language)),
    checkLine('openFromTrigger', language, () => openVerdict(opensById(deps), language)),
    checkLine('mailQuota', language, () => mailQuotaVerdict(deps.mailApp.getRemainingDailyQuota(), language)),
    checkLine('parserFile', language, () => parserFileVerdict(observeParserFile(deps.htmlService), language)),
  ];
}

function sizeLines(deps: CheckDeps, context: () => SheetContext): CheckLine[] {
  const { language } = deps;
  return [
    checkLine('taskRows', language, () => taskRowsVerdict(tasksTabSize(deps), language)),
    checkLine('spreadsheetCells', language, () => spreadsheetCellsVerdict(spreadsheetCells(deps), language)),
    checkLine('meetingNotes', language, () => meetingNotesVerdict(longestMeetingNotes(context()), language)),
  ];
}

/** Sent only when asked; the body is the report so far, the same text "Copy report" gives. */
function testEmailLine(deps: CheckDeps, report: CheckReport): CheckLine {
  const { language } = deps;
  return checkLine('testEmail', language, () => {
    if (!deps.sendTestEmail) return testEmailVerdict(null, language);
    deps.mailApp.sendEmail({
      to: deps.session.getEffectiveUser().getEmail(),
      subject: `minuta — ${CHECK_STRINGS[language].title}`,
      body: reportText(report),
    });
    return testEmailVerdict(true, language);
  });
}

export function runInstallationCheck(deps: CheckDeps): CheckReport {
  const { language } = deps;
  const spreadsheetTimeZone = fact(() => deps.spreadsheet.getSpreadsheetTimeZone());
  const scriptTimeZone = fact(() => deps.session.getScriptTimeZone());
  const context = () => sheetContext(deps, spreadsheetTimeZone);
  const lines = [
    checkLine('timeZones', language, () => timeZoneVerdict(spreadsheetTimeZone, scriptTimeZone, language)),
    ...inTemporaryTab(deps, SHEET_CHECKS, (sheet) => sheetLines(deps, context, sheet)),
    ...serviceLines(deps),
    ...sizeLines(deps, context),
  ];
  const report: CheckReport = {
    language,
    ranAt: fact(() => deps.utilities.formatDate(deps.now, spreadsheetTimeZone, 'yyyy-MM-dd HH:mm')),
    locale: fact(() => deps.spreadsheet.getSpreadsheetLocale()),
    spreadsheetTimeZone,
    scriptTimeZone,
    lines: orderedLines(lines),
  };
  return { ...report, lines: orderedLines([...lines, testEmailLine(deps, report)]) };
}
