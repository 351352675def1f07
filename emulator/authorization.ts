// What a script may call in each authorization mode: simple triggers run LIMITED, an add-on's onOpen before use runs NONE.
// https://developers.google.com/apps-script/reference/script/auth-mode
// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** NONE allows building the menu and reading the user's language, nothing that touches the document or user data. */
const ALLOWED_WITHOUT_AUTHORIZATION =
  /^(SpreadsheetApp\.getUi|Ui\..*|Menu\..*|Session\.getActiveUserLocale|Logger\..*|console\..*)$/;

/** LIMITED reaches only the current document: no other files, no mail, no triggers. */
const NEEDS_FULL_AUTHORIZATION =
  /^(SpreadsheetApp\.open.*|MailApp\..*|ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger))$/;

/** Throws the real refusal when a call ('Class.method') is not allowed in the mode the execution runs in. */
export function checkAuthorization(authMode: AuthMode, call: string): void {
  const refused =
    (authMode === 'NONE' && !ALLOWED_WITHOUT_AUTHORIZATION.test(call)) ||
    (authMode === 'LIMITED' && NEEDS_FULL_AUTHORIZATION.test(call));
  if (refused) throw new Error(`You do not have permission to call ${call}`);
}
