// What each check expects, in the report's language: also what a failed line shows when its service call threw.
import { CHECK_STRINGS } from '../i18n/check';
import type { Language } from '../types';
import type { CheckId } from './model';
import { INJECTION_PAYLOADS } from './payloads';

/** Sheets' limits: 10 million cells per spreadsheet, 50,000 characters per cell. */
export const SPREADSHEET_CELL_LIMIT = 10_000_000;
export const CELL_CHARACTER_LIMIT = 50_000;
/** Past 80% of a limit the next imports may hit it: the line fails while there is still time to act. */
const HEADROOM = 0.8;
export const CELL_WARNING = SPREADSHEET_CELL_LIMIT * HEADROOM;
export const CHARACTER_WARNING = CELL_CHARACTER_LIMIT * HEADROOM;

/** The row of the temporary tab that gets row metadata before a row is inserted above it. */
export const METADATA_ROW = 3;

export function expectationOf(id: CheckId, language: Language): string {
  const expected = CHECK_STRINGS[language].expected;
  switch (id) {
    case 'text':
      return expected.text(INJECTION_PAYLOADS.length);
    case 'rowMetadata':
      return expected.rowMetadata(METADATA_ROW + 1);
    case 'documentProperty':
    case 'userProperty':
      return expected.property;
    case 'taskRows':
      return expected.taskRows(CELL_WARNING);
    case 'spreadsheetCells':
      return expected.spreadsheetCells(CELL_WARNING);
    case 'meetingNotes':
      return expected.meetingNotes(CHARACTER_WARNING);
    default:
      return expected[id];
  }
}
