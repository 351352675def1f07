// The installation check's pure core: the checks' expectations and verdicts, the report, its text and its dialog.
export { CHECK_IDS, failedCount, orderedLines } from './model';
export type { CheckId, CheckLine, CheckReport, CheckStatus } from './model';
export { INJECTION_PAYLOADS } from './payloads';
export { expectationOf, METADATA_ROW } from './expectations';
export type { Verdict } from './verdict';
export * from './sheet-verdicts';
export * from './service-verdicts';
export * from './parser-file-verdict';
export { reportText } from './plain-text';
export { checkDialogHtml, DIALOG_HEIGHT, DIALOG_WIDTH } from './dialog';
export { RERUN_FUNCTION } from './dialog-script';
