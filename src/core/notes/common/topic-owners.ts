// Drops owners that are a topic, not a person ("Costes: ...", "Github proyect -> ...", "Documentos que ...").
import type { PersonRecord } from '../../types';
import type { BuiltItem } from './build';
import { EVERYONE } from './names';

function knownPerson(owner: string, people: PersonRecord[]): boolean {
  const folded = owner.toLowerCase();
  return people.some(
    (person) =>
      person.name.toLowerCase() === folded || person.aliases.some((alias) => alias.toLowerCase() === folded),
  );
}

/** The forms of an owner that, written in lower case, make it a common word: "Costes" -> coste, costes, costees. */
function commonForms(owner: string): string[] {
  const stem = owner.toLowerCase().replace(/s$/, '');
  return [stem, `${stem}s`, `${stem}es`];
}

// Only letters and digits can make a word, which also keeps a form free of any regular-expression syntax.
const WORD_SHAPE = /^\p{Ll}[\p{Ll}\d]*$/u;

/**
 * Which of the forms the notes write in lower case as a whole word, found in one pass over the notes. The
 * pattern starts with the words, not with the character before them, so the search can skip ahead to where
 * a word starts: measured about twice as fast as matching the character before.
 */
function writtenInLowerCase(notes: string, forms: string[]): Set<string> {
  const words = [...new Set(forms.filter((form) => WORD_SHAPE.test(form)))];
  const written = new Set<string>();
  if (words.length === 0) return written;
  // Not in an address or a handle: "priya@olsenoutdoor.com", "@priya" still name a person.
  const pattern = new RegExp(`(?<![\\p{L}\\d@.])(${words.join('|')})(?![\\p{Ll}\\d@])`, 'gu');
  for (const [, word] of notes.matchAll(pattern)) if (word) written.add(word);
  return written;
}

/** The lone word an item's owner was guessed from, when it may be a topic rather than a person. */
function topicCandidate(item: BuiltItem, people: PersonRecord[]): string | null {
  const [owner, ...others] = item.owners;
  if (!item.ownerGuessed || !owner || others.length > 0 || owner === EVERYONE) return null;
  return /\s/.test(owner) || knownPerson(owner, people) ? null : owner;
}

/**
 * A lone word placed where an owner goes ("Costes: ...") is taken for a person unless the notes also write it
 * in lower case, as a common word, and the People tab does not know it: names keep their capital.
 */
export function dropTopicOwners(built: BuiltItem[], notes: string, people: PersonRecord[]): BuiltItem[] {
  const topics = built.map((item) => topicCandidate(item, people));
  const written = writtenInLowerCase(
    notes,
    topics.flatMap((topic) => (topic ? commonForms(topic) : [])),
  );
  return built.map((item, index) => {
    const topic = topics[index];
    const common = topic && commonForms(topic).some((form) => written.has(form));
    return common ? { ...item, owners: [], ownerSpan: null } : item;
  });
}
