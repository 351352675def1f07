// Lines labelled as actions anywhere in the notes: "ACTION: ...", "FUTURE ACTION: ...", "AI: ...", "TODO(ana): ...".
import type { Priority } from '../../types';
import type { NotesLocale } from '../locales';
import { priorityOfCell } from './priority';
import type { Marked } from './markers';
import type { FieldText } from './raw-item';

/**
 * The label, optionally numbered ("Action Item 83.1") and bold, with an owner in parentheses right after it
 * ("TODO(ana):").
 */
const WORD_LABEL =
  /^(?:\*\*|__)?(?:(?:future|next|open|new|pending)\s+)?(?:task|tarea|acci[oó]n|action(?:\s+items?)?|to-?do|pendiente|por hacer)(?:\s+#?[\d.]+)?(?:\s*\(([^()]{1,40})\))?\s*:\s*(?:\*\*|__)?\s*/i;
/** A tracker's tag in brackets: "[Action] Priya - send the deck", "[TODO] llamar a Ana". */
const TAG_LABEL = /^\[\s*(?:action(?:\s+items?)?|to-?do|task|tarea|acci[oó]n|pendiente)\s*\]\s*:?\s*/i;
/** "AI:" / "AP:" (action item / point) only in capitals: lowercase "ai:" is a topic. */
const CAPS_LABEL = /^(?:\*\*|__)?(?:AI|AP)(?:\s*\(([^()]{1,40})\))?\s*:\s*(?:\*\*|__)?\s*/;

/** "🎯 Próximos pasos: a, b." inside a person's report: a task-section word used as the label of one line. */
const SECTION_LABEL = /^(?:\*\*|__)?([\p{L} ]{3,30}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?=\S)/u;

export interface ActionLabel {
  /** The line without its label, read as an open list item: an explicit action needs no more evidence. */
  marked: Marked;
  /** The owner named in the label ("TODO(ana)"), if any. */
  owners: FieldText | null;
  /** Whether the label announces several actions separated by commas. */
  list: boolean;
  /** A priority in the label's parentheses ("ACTION (HIGH PRIORITY):"), where an owner would go. */
  priority: Priority | null;
}

function sectionLabel(body: string, locales: NotesLocale[]): RegExpExecArray | null {
  const label = SECTION_LABEL.exec(body);
  if (!label) return null;
  const words = label[1]?.trim() ?? '';
  // "Todos: …" names the whole team as owner, though "todos" is also a heading word.
  const isTask = locales.some((locale) => locale.taskHeadings.test(words));
  const isTeam = locales.some((locale) => locale.everyone.test(words));
  return isTask && !isTeam ? label : null;
}

export function readActionLabel(
  marked: Marked,
  lineStart: number,
  locales: NotesLocale[],
): ActionLabel | null {
  // Every label ends in a colon or is a tag in brackets: most lines are passed over at once.
  const tagged = marked.body.startsWith('[');
  if (!tagged && !marked.body.includes(':')) return null;
  const word =
    WORD_LABEL.exec(marked.body) ??
    CAPS_LABEL.exec(marked.body) ??
    (tagged ? TAG_LABEL.exec(marked.body) : null);
  const section = word ? null : sectionLabel(marked.body, locales);
  const label = word ?? section;
  if (!label) return null;
  const bracketed = word?.[1];
  const priority = bracketed ? priorityOfCell(bracketed, locales) : null;
  const owner = priority ? undefined : bracketed;
  const ownerIndex = owner ? label[0].indexOf(owner) : -1;
  return {
    marked: {
      ...marked,
      body: marked.body.slice(label[0].length),
      offset: marked.offset + label[0].length,
      bullet: true,
      check: marked.check ?? 'open',
    },
    owners: owner ? { text: owner, base: lineStart + marked.offset + ownerIndex } : null,
    list: section !== null,
    priority,
  };
}
