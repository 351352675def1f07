// The Playbooks tab as the workbook creates it: its name, how it is recognised, its default rows and how its columns look.
import { PLAYBOOK_STRINGS } from '../i18n/playbooks';
import { DEFAULT_PLAYBOOKS, PLAYBOOK_HEADERS, playbooksToRows } from '../playbooks';
import type { Language } from '../types';
import { LANGUAGES } from './cells';
import type { SheetIdentity } from './layout';
import { normaliseText } from './text';

/** The value of the tab metadata on the Playbooks sheet, so a renamed Playbooks tab is not created again. */
export const PLAYBOOKS_TAB_METADATA = 'playbooks';

/** Name, trigger words, step, days, owner: the step and the trigger words are long and wrap. */
const COLUMN_WIDTHS = [180, 240, 380, 80, 140];
const WRAPPED = [false, true, true, false, false];

export interface PlaybooksTabContent {
  name: string;
  /** The header row, then the default playbooks, all text. */
  rows: string[][];
  widths: number[];
  wraps: boolean[];
}

export function playbooksTabName(language: Language): string {
  return PLAYBOOK_STRINGS[language].tabName;
}

/** Ours by metadata, or named like the Playbooks tab in either language (a VA may have made it by hand). */
export function isPlaybooksSheet(sheet: SheetIdentity): boolean {
  if (sheet.tabMetadata === PLAYBOOKS_TAB_METADATA) return true;
  return LANGUAGES.some(
    (language) => normaliseText(playbooksTabName(language)) === normaliseText(sheet.name),
  );
}

export function playbooksTabContent(language: Language): PlaybooksTabContent {
  return {
    name: playbooksTabName(language),
    rows: [PLAYBOOK_HEADERS[language], ...playbooksToRows(DEFAULT_PLAYBOOKS[language])],
    widths: COLUMN_WIDTHS,
    wraps: WRAPPED,
  };
}
