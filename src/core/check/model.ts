// The installation check's report: one line per behaviour minuta relies on, with what was expected and what was seen.
import type { Language } from '../types';

/** In the order the dialog and the copied report list them. */
export const CHECK_IDS = [
  'text',
  'dates',
  'timeZones',
  'conditionalFormats',
  'rowMetadata',
  'temporaryTab',
  'lock',
  'documentProperty',
  'userProperty',
  'trigger',
  'openFromTrigger',
  'mailQuota',
  'testEmail',
  'parserFile',
  'taskRows',
  'spreadsheetCells',
  'meetingNotes',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

/** info: shown for the record, nothing to pass (the time zones); skipped: not asked for (the test email). */
export type CheckStatus = 'pass' | 'fail' | 'info' | 'skipped';

export interface CheckLine {
  id: CheckId;
  status: CheckStatus;
  /** In the report's language; values from the sheet are quoted as they were seen. */
  expected: string;
  seen: string;
}

/** Plain data (no Date), so it crosses google.script.run as it is. */
export interface CheckReport {
  language: Language;
  /** When the check ran, 'YYYY-MM-DD HH:mm' in the spreadsheet's time zone. */
  ranAt: string;
  locale: string;
  spreadsheetTimeZone: string;
  scriptTimeZone: string;
  lines: CheckLine[];
}

export function failedCount(report: CheckReport): number {
  return report.lines.filter((line) => line.status === 'fail').length;
}

/** The report's lines in CHECK_IDS order, whatever order the checks ran in. */
export function orderedLines(lines: CheckLine[]): CheckLine[] {
  return [...lines].sort((a, b) => CHECK_IDS.indexOf(a.id) - CHECK_IDS.indexOf(b.id));
}
