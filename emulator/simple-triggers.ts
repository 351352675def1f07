// What a person does in the document that runs triggers: opening it (onOpen) and typing into a cell (onEdit).
// https://developers.google.com/apps-script/guides/triggers/events
import type { AuthMode } from './authorization';
import { asExecution, type ExecutionContext } from './runtime';
import type { Range } from './spreadsheet/range';

function acceptedByValidation(range: Range, typed: string): boolean {
  const validation = range.getDataValidation()?.state;
  if (!validation || validation.allowInvalid) return true;
  if (validation.criteriaType === 'VALUE_IN_LIST') {
    return ((validation.criteriaValues[0] as string[] | undefined) ?? []).includes(typed);
  }
  if (validation.criteriaType === 'CHECKBOX' && validation.criteriaValues.length === 0) {
    return ['TRUE', 'FALSE'].includes(typed.toUpperCase());
  }
  return true;
}

/** Types text into one cell as the user, then runs the simple onEdit (LIMITED) and installable edit triggers (FULL). */
export function typeIntoCell(
  context: ExecutionContext,
  sheetName: string,
  a1: string,
  typed: string,
): unknown[] {
  const { spreadsheet, runtime, counter } = context;
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`No sheet named ${sheetName}.`);
  const range = sheet.getRange(a1);
  if (!acceptedByValidation(range, typed)) {
    throw new Error(
      `The data you entered in cell ${range.getA1Notation()} violates the data validation rules set on this cell.`,
    );
  }
  const oldValue = range.getValue();
  range.setValue(typed);
  const event = {
    authMode: 'LIMITED',
    range: counter.wrap(range),
    source: counter.wrap(spreadsheet),
    value: typed,
    ...(oldValue !== '' && { oldValue: String(oldValue) }),
    user: { email: runtime.userEmail, nickname: '' },
  };
  const results: unknown[] = [];
  const simple = runtime.handlers.onEdit;
  if (simple) results.push(asExecution(runtime, { authMode: 'LIMITED' }, () => simple(event)));
  for (const trigger of context.triggers.filter((candidate) => candidate.eventType === 'ON_EDIT')) {
    const handler = runtime.handlers[trigger.handlerFunction];
    const installed = { ...event, authMode: 'FULL', triggerUid: trigger.uniqueId };
    if (handler)
      results.push(asExecution(runtime, { userEmail: trigger.ownerEmail }, () => handler(installed)));
  }
  return results;
}

/**
 * Opens the document: the simple onOpen runs in LIMITED mode, or NONE for an add-on installed but not yet used in
 * this document, where only the menu may be built. Returns what onOpen returned.
 */
export function openDocument(context: ExecutionContext, authMode: Exclude<AuthMode, 'FULL'>): unknown {
  const { runtime, counter, spreadsheet } = context;
  const onOpen = runtime.handlers.onOpen;
  if (!onOpen) return undefined;
  const event = {
    authMode,
    ...(authMode === 'LIMITED' && {
      source: counter.wrap(spreadsheet),
      user: { email: runtime.userEmail, nickname: '' },
    }),
  };
  return asExecution(runtime, { authMode }, () => onOpen(event));
}
