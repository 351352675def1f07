// Lines that shape blocks rather than carry items: legends, lines glued to an item, plain headings, template notes.
import type { Priority } from '../../types';
import type { NoteLine } from './lines';
import { readMarkers, type Marked } from './markers';
import { readNameList } from './names';
import { priorityOfCell } from './priority';
import { enterHeading, type WalkInput, type WalkState } from './walk-state';

const LEGEND = /^(leyenda|legend|key)\s*:/i;
/** How far a wrapped item may run: a longer block under a bullet is a paragraph of its own. */
const MAX_CONTINUED_LINES = 3;
/** A short item with no closing punctuation, like a section title ("2. Treasurer's report"). */
const TITLE_LIKE = /^\s*\S+(?:\s+\S+){0,5}(?<![.!?:;,])\s*$/u;
const PLAIN_HEADING = /^\p{Lu}[\p{L}&/-]*(?:\s+[&/]\s+[\p{L}-]+)?(?:\s+[\p{L}&/-]+){0,2}$/u;
/** Quick notes title their lists in lower case ("ep stuff", "open q's"): only after a blank line, over a list. */
const LOWER_HEADING = /^\p{Ll}[\p{L}&/'’-]*(?:\s+[\p{L}&/'’-]+){0,2}$/u;

/** A legend line ("Leyenda: 🔴 alta 🟡 media"): the priority each emoji stands for. */
export function readLegendLine(state: WalkState, raw: string): boolean {
  if (!LEGEND.test(raw.trim())) return false;
  state.emojiPriority = { ...state.emojiPriority, ...readLegend(raw) };
  return true;
}

function readLegend(text: string): Record<string, Priority> {
  const legend: Record<string, Priority> = {};
  for (const match of text.matchAll(/(\p{Extended_Pictographic})\uFE0F?\s*([\p{L}]+)/gu)) {
    const level = priorityOfCell(match[2] ?? '', []) ?? wordLevel(match[2] ?? '');
    if (level) legend[match[1] ?? ''] = level;
  }
  return legend;
}

function wordLevel(word: string): Priority | null {
  if (/^(alta|urgente|high|urgent)$/i.test(word)) return 'high';
  if (/^(media|medium)$/i.test(word)) return 'medium';
  return /^(baja|low)$/i.test(word) ? 'low' : null;
}

/** Remembers the bulleted item a glued line may continue. */
export function markListItem(state: WalkState, line: NoteLine, marked: Marked): void {
  state.listLine = line.number;
  state.listIndent = line.indent;
  state.listTitled = TITLE_LIKE.test(marked.body);
}

/** A line that is only a link adds an address, not words, to the item it continues. */
const LINK_LINE = /^\s*<?\[?https?:\/\/\S+\s*$/;

/**
 * An unmarked line glued to a bulleted item (no blank line between) is more of that item, not a new one: its
 * words join the item's draft, padded so every offset still points into the notes.
 */
export function continuesItem(state: WalkState, line: NoteLine, marked: Marked): boolean {
  if (state.listLine === null || line.number !== state.listLine + 1) return false;
  if (marked.bullet || marked.check !== null) return false;
  // "2. Treasurer's report" over a paragraph of sentences: a numbered title, and the paragraph its own text.
  if (state.listTitled && /^\s*\p{Lu}.*[.!?]/u.test(line.raw)) return false;
  // A line further left than the bullet ("Tom" after Jess's indented list) starts something new.
  if (line.indent < state.listIndent) return false;
  const item = state.items[state.items.length - 1];
  const open = item && !/[.!?)]\s*$/.test(item.draft.text);
  // Under a minutes item, a new sentence on its own line is read on its own ("a. Fence - APPROVED." over "Secretary
  // to notify the homeowner…"); in an action list it is more about the action.
  if (!open && state.section !== 'task' && /^\s*\p{Lu}/u.test(line.raw)) return false;
  state.listLine = line.number;
  const draftEnd = item ? item.draft.base + item.draft.text.length : line.start;
  // After a finished sentence the glued line is an aside ("(scribe note: …)"), not more of the action.
  if (item && open && item.line >= line.number - MAX_CONTINUED_LINES && draftEnd <= line.start) {
    const words = LINK_LINE.test(line.raw) ? ' '.repeat(line.raw.length) : line.raw;
    item.draft.text += ' '.repeat(line.start - draftEnd) + words;
  }
  return true;
}

export const NUMBERED = /^\s*\d{1,2}[.)]\s/;

/**
 * "1) Ascensor" over "- Lleva 3 averías…" in notes with no sections: a numbered topic heading its points. A numbered
 * action ("1) Llamar al seguro") stays an item, and so does a number over more numbers (a numbered list).
 */
function numberedTopic(state: WalkState, line: NoteLine, text: string, input: WalkInput): boolean {
  const next = state.nextLine;
  if (state.section !== 'neutral' || !NUMBERED.test(line.raw) || !next || NUMBERED.test(next.raw))
    return false;
  return next.indent >= line.indent && !input.locales.some((locale) => locale.actionStart.test(text));
}

/**
 * A short capitalised line right over a list ("General", "Logística"): the list's heading. A person's name there
 * ("Tom") makes the list theirs instead: only words no name can be (the locales' section words) make headings.
 */
export function plainHeading(state: WalkState, line: NoteLine, marked: Marked, input: WalkInput): boolean {
  // Only a numbered bullet may be a topic: other bullets are passed over before any pattern runs.
  if (marked.check !== null || (marked.bullet && !NUMBERED.test(line.raw))) return false;
  const text = marked.body.trim();
  const lower = !marked.bullet && state.afterBlank && LOWER_HEADING.test(text);
  if (!lower && !PLAIN_HEADING.test(text)) return false;
  if (lower && input.locales.some((locale) => locale.actionStart.test(text))) return false;
  if (marked.bullet && !numberedTopic(state, line, text, input)) return false;
  const next = state.nextLine && readMarkers(state.nextLine.raw);
  if (!next?.bullet || input.locale.self.test(text)) return false;
  if (readNameList(text, input.locale)) return false;
  enterHeading(state, 'neutral');
  state.sectionLevel = 0;
  return true;
}

/** A note to whoever fills in a template comes before the meeting's content; it and the list under it ask nothing. */
export function templateNote(state: WalkState, marked: Marked, input: WalkInput): boolean {
  if (state.template) return true;
  if (state.items.length > 0 || marked.bullet || marked.check !== null) return false;
  state.template = input.locales.some((locale) => locale.templateNote.test(marked.body));
  return state.template;
}
