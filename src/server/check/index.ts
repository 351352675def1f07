// The installation check's adapter: what the server entry calls from the menu, the Settings link and the dialog.
export { CHECK_NOOP_HANDLER, type CheckDeps } from './deps';
export { openInstallationCheck } from './entry';
export { runInstallationCheck } from './run';
export { showInstallationCheck, type DialogDeps } from './show';
