// "Copy report": the report as plain text to paste into an issue; it names no person, only the sheet's locale and zones.
import { CHECK_STRINGS } from '../i18n/check';
import { failedCount, type CheckLine, type CheckReport } from './model';

function lineText(line: CheckLine, report: CheckReport): string {
  const strings = CHECK_STRINGS[report.language];
  return [
    `[${strings.statuses[line.status]}] ${strings.names[line.id]}`,
    `  ${strings.expectedLabel}: ${line.expected}`,
    `  ${strings.seenLabel}: ${line.seen}`,
  ].join('\n');
}

/** The header lines shared by the copied text and the dialog: when, locale and both zones. */
export function reportFacts(report: CheckReport): Array<[string, string]> {
  const strings = CHECK_STRINGS[report.language];
  return [
    [strings.ranAt, report.ranAt],
    [strings.locale, report.locale],
    [strings.spreadsheetTimeZone, report.spreadsheetTimeZone],
    [strings.scriptTimeZone, report.scriptTimeZone],
  ];
}

export function reportSummary(report: CheckReport): string {
  const countable = report.lines.filter((line) => line.status === 'pass' || line.status === 'fail');
  return CHECK_STRINGS[report.language].summary(failedCount(report), countable.length);
}

export function reportText(report: CheckReport): string {
  const strings = CHECK_STRINGS[report.language];
  return [
    `minuta — ${strings.title}`,
    ...reportFacts(report).map(([label, value]) => `${label}: ${value}`),
    reportSummary(report),
    '',
    ...report.lines.map((line) => lineText(line, report)),
  ].join('\n');
}
