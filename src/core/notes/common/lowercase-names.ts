// Names an attendee list writes in lower case ("on the call: bec (host), tom, me (jess)"), capitalised in the notes.
import type { NotesLocale } from '../locales';

/** Where a list part's name ends: an aside, a role after a dash, "from the network". */
const NAME_OF_PART = /^\s*(\p{Ll}[\p{Ll}'’-]{1,20})(?:\s*\(([^()]{1,30})\))?/u;
/** Only a short list counts: a long one is a sentence, not the people present. */
const MAX_PEOPLE = 12;

/** The word with its first letter in capitals, unless that letter's capital is longer ("ß"): spans must hold. */
function capitalised(word: string): string {
  const capital = word.charAt(0).toUpperCase();
  return capital.length === 1 ? capital + word.slice(1) : word;
}

/** The lower-case names of the attendee lines, with the name in an aside after "me"/"yo" ("me (jess)"). */
function lowerCaseNames(lines: string[], locale: NotesLocale): string[] {
  const names = new Set<string>();
  for (const line of lines) {
    const list = locale.attendeesLine.exec(line)?.[1];
    const parts = list ? list.split(locale.ownerJoin) : [];
    if (parts.length > MAX_PEOPLE) continue;
    for (const part of parts) {
      const [, word = '', aside = ''] = NAME_OF_PART.exec(part) ?? [];
      const name = locale.self.test(word) ? aside.trim() : word;
      if (/^\p{Ll}[\p{Ll}'’-]+$/u.test(name) && !locale.notNames.test(name) && !locale.self.test(name))
        names.add(name);
    }
  }
  return [...names];
}

/**
 * Notes typed all in lower case name people in lower case too ("tom to send her a quote"): the names the attendee
 * line lists are given their capital everywhere, so every reader of owners knows them. Same length: spans hold.
 */
export function capitaliseAttendees(notes: string, locale: NotesLocale): string {
  // Only the first lines hold the attendees: the scan stops there.
  const names = lowerCaseNames(notes.split('\n', 12), locale);
  if (names.length === 0) return notes;
  const pattern = new RegExp(`(?<![\\p{L}\\d@'’-])(${names.join('|')})(?![\\p{L}\\d'’-])`, 'gu');
  return notes.replace(pattern, (name) => capitalised(name));
}
