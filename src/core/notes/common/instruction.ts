// A shared instruction ("Each person to review a document as follows:") completed by "Name - item" lines under it.
import type { NotesLocale } from '../locales';
import { leadingOwners } from './owners';
import type { RawItem } from './raw-item';

/** The last task that ended in a colon, and the line the list under it has reached. */
export interface OpenInstruction {
  item: RawItem;
  lastLine: number;
}

/** A task that ends in a colon announces a list; anything else closes it. */
export function openInstruction(item: RawItem): OpenInstruction | null {
  return item.kind === 'task' && /:\s*$/.test(item.draft.text) ? { item, lastLine: item.line } : null;
}

/**
 * Ties a "Name - item" task on the line right after the instruction (or after its previous such line) to it.
 * Returns the instruction when this was its first completing line: it is then no task of its own.
 */
export function completeInstruction(
  open: OpenInstruction | null,
  item: RawItem,
  locale: NotesLocale,
): RawItem | null {
  if (!open || item.line !== open.lastLine + 1 || !leadingOwners(item.draft.text, locale)) return null;
  const first = open.lastLine === open.item.line;
  open.lastLine = item.line;
  item.lead = open.item;
  return first ? open.item : null;
}
