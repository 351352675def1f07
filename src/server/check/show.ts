// Opens the check's report as a modal dialog over the spreadsheet.
import { checkDialogHtml, DIALOG_HEIGHT, DIALOG_WIDTH, type CheckReport } from '../../core/check';
import { CHECK_STRINGS } from '../../core/i18n/check';
import type { CheckDeps } from './deps';
import { runInstallationCheck } from './run';

export interface DialogDeps extends CheckDeps {
  ui: GoogleAppsScript.Base.Ui;
}

/** Runs the check and shows it; also what "check again" (with or without the test email) calls. */
export function showInstallationCheck(deps: DialogDeps): CheckReport {
  const report = runInstallationCheck(deps);
  const page = deps.htmlService
    .createHtmlOutput(checkDialogHtml(report))
    .setWidth(DIALOG_WIDTH)
    .setHeight(DIALOG_HEIGHT);
  deps.ui.showModalDialog(page, CHECK_STRINGS[report.language].title);
  return report;
}
