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

/** The notes' words written in lower case: common nouns, never names ("coste", "github"). */
function lowerCaseWords(notes: string): Set<string> {
  return new Set(notes.match(/(?<![\p{L}\d])\p{Ll}[\p{Ll}\d]*/gu) ?? []);
}

/** "Costes" is a common word when "coste", "costes" or "costeses" appears in lower case somewhere in the notes. */
function writtenAsCommonWord(owner: string, lowerWords: Set<string>): boolean {
  const stem = owner.toLowerCase().replace(/s$/, '');
  return [stem, `${stem}s`, `${stem}es`].some((form) => lowerWords.has(form));
}

/**
 * A lone word placed where an owner goes ("Costes: ...") is taken for a person unless the notes also write it
 * in lower case, as a common word, and the People tab does not know it: names keep their capital.
 */
export function dropTopicOwners(built: BuiltItem[], notes: string, people: PersonRecord[]): BuiltItem[] {
  let lowerWords: Set<string> | null = null;
  return built.map((item) => {
    const [owner, ...others] = item.owners;
    if (!item.ownerGuessed || !owner || others.length > 0 || owner === EVERYONE) return item;
    if (/\s/.test(owner) || knownPerson(owner, people)) return item;
    lowerWords ??= lowerCaseWords(notes);
    return writtenAsCommonWord(owner, lowerWords) ? { ...item, owners: [], ownerSpan: null } : item;
  });
}
