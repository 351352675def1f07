// Reads a priority marker ("prioridad alta", "(HIGH)", "p1", "!!", a legend's colour) and blanks it out.
import type { Priority } from '../../types';
import type { NotesLocale } from '../locales';
import { blank, type Draft } from './draft';
import { firstOfMatches } from './each-match';
import { anyLocalePattern, perLocales } from './per-locales';

const LEVELS: Priority[] = ['high', 'medium', 'low'];
const SEPARATED_BEFORE = /(^|[—–\-,([·|→:;]\s*|\s)$/;
const SEPARATED_AFTER = /^\s*($|[)\]—–\-,.!|→;·])/;
const LABELLED = /prioridad|priority|\bp[1-3]\b|urgent|prioritari/i;

/** Colour circles a legend line can assign; without a legend they read as traffic lights. */
export const DEFAULT_EMOJI_PRIORITY: Record<string, Priority> = {
  '🔴': 'high',
  '🟠': 'medium',
  '🟡': 'medium',
  '🟢': 'low',
};

function isSeparated(text: string, start: number, end: number, phrase: string): boolean {
  if (LABELLED.test(phrase)) return true;
  return (
    SEPARATED_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && SEPARATED_AFTER.test(text.slice(end))
  );
}

// The locales' priority words compiled once into the forms used here, not on every call.
const WHOLE_PHRASE = new WeakMap<RegExp, RegExp>();
const EVERY_MATCH = new WeakMap<RegExp, RegExp>();
const ANY_LEVEL = new WeakMap<NotesLocale['priority'], RegExp>();

function compiled<Key extends object>(
  cache: WeakMap<Key, RegExp>,
  pattern: Key,
  build: () => RegExp,
): RegExp {
  let found = cache.get(pattern);
  if (!found) {
    found = build();
    cache.set(pattern, found);
  }
  return found;
}

function levelOf(phrase: string, locales: NotesLocale[]): Priority | null {
  for (const locale of locales) {
    for (const level of LEVELS) {
      const pattern = locale.priority[level];
      const whole = compiled(WHOLE_PHRASE, pattern, () => new RegExp(`^(?:${pattern.source})$`, 'i'));
      if (whole.test(phrase.trim())) return level;
    }
  }
  return null;
}

/** One language's priority words of every level in one pattern: a text holding none is searched once, not thrice. */
function anyLevel(locale: NotesLocale): RegExp {
  const words = locale.priority;
  return compiled(ANY_LEVEL, words, () => {
    const levels = LEVELS.map((level) => `(?:${words[level].source})`);
    return new RegExp(levels.join('|'), 'i');
  });
}

/** Every language's priority words in one pattern, built once per parse. */
const anyLocaleLevel = perLocales((locales) => anyLocalePattern(locales, anyLevel));

function findWord(
  draft: Draft,
  locales: NotesLocale[],
): { level: Priority; start: number; end: number } | null {
  // Most items name no priority: one search over every language's words passes them over.
  if (!anyLocaleLevel(locales).test(draft.text)) return null;
  for (const locale of locales) {
    if (!anyLevel(locale).test(draft.text)) continue;
    for (const level of LEVELS) {
      const words = locale.priority[level];
      const pattern = compiled(EVERY_MATCH, words, () => new RegExp(words.source, 'gi'));
      const found = firstOfMatches(pattern, draft.text, (match) => {
        const end = match.index + match[0].length;
        return isSeparated(draft.text, match.index, end, match[0])
          ? { level, start: match.index, end }
          : null;
      });
      if (found) return found;
    }
  }
  return null;
}

/** Reads the priority of a whole cell ("Alta", "—"). */
export function priorityOfCell(cell: string, locales: NotesLocale[]): Priority | null {
  return levelOf(cell.replace(/^prioridad\s*:?|priority\s*:?/i, ''), locales);
}

export function readPriority(draft: Draft, locales: NotesLocale[]): Priority | null {
  const word = findWord(draft, locales);
  if (word) {
    // "(HIGH)" or a board's label "[Low]" goes with its brackets.
    const opening = /([([])\s*$/.exec(draft.text.slice(0, word.start))?.[1];
    const closing = opening === '(' ? ')' : ']';
    const wrapped = opening !== undefined && draft.text.slice(word.end).trimStart().startsWith(closing);
    const start = wrapped ? draft.text.lastIndexOf(opening, word.start) : word.start;
    const end = wrapped ? draft.text.indexOf(closing, word.end) + 1 : word.end;
    blank(draft, start, end);
    return word.level;
  }
  const bangs = /(^|\s)(!{1,3})(?=\s|$)/.exec(draft.text);
  if (!bangs) return null;
  const start = (bangs.index ?? 0) + (bangs[1] ?? '').length;
  blank(draft, start, start + (bangs[2] ?? '').length);
  return (bangs[2] ?? '').length >= 2 ? 'high' : 'medium';
}

/** A word and a colon opening an item: "Importante:", "URGENT:". */
const LEAD_LABEL = /^(\s*)([\p{L} ]{3,25}):\s+/u;

/**
 * "Importante: tienes que renovar…": a priority word as the item's label says how urgent it is and is no owner;
 * it leaves the draft before the owner is read.
 */
export function leadingPriority(draft: Draft, locales: NotesLocale[]): Priority | null {
  // A label needs its colon: most items have none and skip the search.
  const label = draft.text.includes(':') ? LEAD_LABEL.exec(draft.text) : null;
  const level = label ? priorityOfCell(label[2] ?? '', locales) : null;
  if (label && level) blank(draft, (label[1] ?? '').length, label[0].length);
  return level;
}
