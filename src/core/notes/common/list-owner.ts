// The person a list is about, named by its first bullet ("- Kian gives a demo ..."): its unowned actions are theirs.
import type { NotesLocale } from '../locales';
import type { NoteLine } from './lines';
import { readName } from './names';

const OPENING_NAME = /^\s*([A-ZÁÉÍÓÚÑ][\p{L}'’-]+)\s+(?=\p{Ll})/u;
const CAPITALISED_WORD = /[A-ZÁÉÍÓÚÑ][\p{L}'’-]+/gu;

/** How often each capitalised word occurs in the notes, counted once per parse. */
export function countMentions(lines: NoteLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  // One shared pattern stepped by hand: matchAll would copy it for every line.
  for (const line of lines) {
    CAPITALISED_WORD.lastIndex = 0;
    for (let match = CAPITALISED_WORD.exec(line.raw); match; match = CAPITALISED_WORD.exec(line.raw))
      counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return counts;
}

/**
 * The name a list's first bullet starts with, followed by a lowercase word. A capitalised first word is only
 * taken for a person when the notes name it again elsewhere ("Attended: Celia, ..."): "Received user info"
 * has no second mention.
 */
export function listOwner(body: string, mentions: Map<string, number>, locale: NotesLocale): string[] | null {
  const opening = OPENING_NAME.exec(body);
  const name = opening && readName(opening[1] ?? '', locale);
  // "Tom to set up ..." is Tom's own action, which says nothing about the bullets after it.
  if (!opening || !name || locale.commitment.test(body.slice(opening[0].length))) return null;
  return (mentions.get(name) ?? 0) >= 2 ? [name] : null;
}
