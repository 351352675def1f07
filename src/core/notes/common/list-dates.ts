// A date over a whole list ("Tasks due 3/20:", "Pendientes (para el viernes)", "HOY"): every item's date but its own.
import { findDueDate } from '../../dates';
import { readHeading } from './headings';
import type { NoteLine } from './lines';
import { readMarkers, type Marked } from './markers';
import { enterHeading, type WalkInput, type WalkState } from './walk-state';

const DATE_LEAD_WORDS = 'due|by|before|para|antes|hasta|vence';
/** A list's words, then the words that lead a date in: "Tasks due 3/20", "Pendientes (para el viernes)". */
const LIST_THEN_DATE = new RegExp(
  `^(.{2,40}?)\\s*(?:\\(|[-–—,]\\s*)?((?:${DATE_LEAD_WORDS})(?![\\p{L}]).*?)\\)?\\s*:?\\s*$`,
  'iu',
);
/** The lead words alone, searched once: a heading holding none skips the pattern, which backtracks at every length. */
const DATE_LEAD = new RegExp(DATE_LEAD_WORDS, 'i');
/** A heading that is only a date is short: "HOY", "Esta semana", "This week (everything by Fri unless noted)". */
const DATE_HEADING_LENGTH = 50;
const ASIDE = /\s*\(.*$/;

/** Whether the text, without a closing colon, is all one date phrase. */
function onlyDate(text: string, input: WalkInput): boolean {
  const plain = text.replace(/:\s*$/, '').trim();
  const found = findDueDate(plain, input.dates);
  return found !== null && found.span.start === 0 && found.span.end >= plain.length;
}

/** The longest list heading with a date: a list's words and the date phrase. Longer lines are passed over. */
const LIST_HEADING_LENGTH = 90;

function listDueText(body: string, line: NoteLine, next: NoteLine | null, input: WalkInput): string | null {
  if (body.length > LIST_HEADING_LENGTH) return null;
  const split = DATE_LEAD.test(body) ? LIST_THEN_DATE.exec(body) : null;
  if (split && readHeading(`${split[1] ?? ''}:`, input.locales)?.kind === 'task') return split[2] ?? null;
  // Not a field under an item ("    Due: end of the month"): a date-only heading starts the line and has no label.
  const labelled = /:./.test(body);
  if (line.indent > 0 || labelled || body.length > DATE_HEADING_LENGTH) return null;
  const listed = next && readMarkers(next.raw);
  if (!listed || (!listed.bullet && listed.check === null)) return null;
  // A date-only heading over a list: its aside ("everything by Fri unless noted") says the date more exactly.
  return onlyDate(body.replace(ASIDE, ''), input) ? body : null;
}

export function listDateHeading(state: WalkState, line: NoteLine, marked: Marked, input: WalkInput): boolean {
  const body = marked.body
    .replace(/\*\*|__/g, '')
    .replace(/^#+\s*/, '')
    .trim();
  const text = body && listDueText(body, line, state.nextLine, input);
  if (!text) return false;
  enterHeading(state, 'task');
  state.listDue = { text, base: line.start + marked.offset + Math.max(0, marked.body.indexOf(text)) };
  return true;
}
