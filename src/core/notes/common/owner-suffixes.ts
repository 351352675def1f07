// Owners written after the action: "… - Lupita", "… -> Ana, antes del lunes", "…, DL", "… – Renzo – el jueves".
import { blank, type Draft } from './draft';
import { readNameList } from './names';
import type { NotesLocale } from '../locales';
import type { OwnerMatch, OwnerReader } from './owners';

const SEPARATORS = [...'—–:-→'];
/** What follows the last separator: the owners, perhaps a comma and a date, nothing else. */
const SUFFIX_TAIL = /^\s*([^—–→>:-]{2,60}?)\s*[.,;]?\s*$/;

/**
 * `/\s*(?:[—–:-]|->|→)\s*([^—–→>:-]{2,60}?)\s*[.,;]?\s*$/` found by hand: no separator may follow the owners, so
 * only the last one can lead them, and the pattern needs no search from every position of a long line.
 */
function suffixMatch(text: string): { index: number; tail: number; named: string; arrow: boolean } | null {
  // A plain loop: this runs on nearly every item, twice.
  let separator = -1;
  for (const mark of SEPARATORS) separator = Math.max(separator, text.lastIndexOf(mark));
  if (separator < 0) return null;
  const arrow = text.charAt(separator) === '-' && text.charAt(separator + 1) === '>';
  const tailStart = separator + (arrow ? 2 : 1);
  const tail = SUFFIX_TAIL.exec(text.slice(tailStart));
  if (!tail) return null;
  let index = separator;
  while (index > 0 && /\s/.test(text.charAt(index - 1))) index -= 1;
  const pointed = arrow || text.charAt(separator) === '→';
  return { index, tail: tailStart + tail[0].indexOf(tail[1] ?? ''), named: tail[1] ?? '', arrow: pointed };
}
/** "Meli + Caro (la pasante)": an aside about a person is no part of the name. */
const ASIDE = /\s*\([^)]*\)/g;

/** "order flowers for vday, DL", "Tom's jacket - distress it more. PW.": initials closing the item name who does it. */
const TRAILING_INITIALS = /[,.]\s*([A-Z]{2,4}(?:\s*(?:&|\+|\/|,|and)\s*[A-Z]{2,4})*)\s*[.;!]*\s*$/;

export const trailingInitials: OwnerReader = (draft, { locale }) => {
  if (!draft.text.includes(',') && !draft.text.includes('.')) return null;
  const match = TRAILING_INITIALS.exec(draft.text);
  const owners = match && readNameList(match[1] ?? '', locale);
  // Initials closing an item are how minutes assign it: they hand it over as "DL:" before it would.
  return match && owners
    ? { owners, span: blank(draft, match.index, draft.text.length), leading: true }
    : null;
};

/** "… – Renzo – el jueves 1/10", "… -> Diego – hoy": the owner one dash back, the date after it left to be read. */
function earlierSuffix(
  draft: Draft,
  end: number,
  read: (text: string) => string[] | null,
): OwnerMatch | null {
  const before = suffixMatch(draft.text.slice(0, end));
  const owners = before && read(before.named);
  return before && owners ? { owners, span: blank(draft, before.index, end), leading: before.arrow } : null;
}

/** What a deadline after the names is: a few words ("next week", "el viernes 12"), not a clause. */
const SHORT_REST = /^\s*\S+(?:\s+\S+){0,3}\s*$/;

/** "-> me by next wed", "→ Ana antes del lunes": a deadline word may follow the name with no comma. */
const NAME_THEN_DEADLINE = /^\S+(?=\s+(?:by|before|due|on|until|para|antes|hasta|el)\s)/i;

/** "… - Lupita", "… -> Ana, antes del lunes": the owner after the last dash or arrow; a date may follow it. */
export const suffix: OwnerReader = (draft, { locale, writer, reader }) => {
  const match = suffixMatch(draft.text);
  if (!match) return null;
  const named = match.named;
  const read = (text: string): string[] | null => ownersWritten(text, locale, writer, reader);
  const whole = read(named);
  const comma = named.indexOf(',');
  // "-> me !! asap", "-> me reply eow", "-> her to decide": a pronoun is one word, whatever follows it.
  const firstWord = /^\S+/.exec(named)?.[0] ?? '';
  const pronoun = locale.self.test(firstWord) || locale.pointedPerson.test(firstWord);
  const nameEnd =
    comma > 0 ? comma : (NAME_THEN_DEADLINE.exec(named)?.[0].length ?? (pronoun ? firstWord.length : -1));
  const owners = whole ?? (nameEnd > 0 ? read(named.slice(0, nameEnd)) : null);
  if (!owners) return earlierSuffix(draft, match.index, read);
  // With a date after the names, only the names are consumed: the date is read next.
  const end = whole ? draft.text.length : match.tail + nameEnd;
  // An arrow to someone ("ep 47 edit -> me") hands them the item the way "Ana:" before it does; so does the writer
  // taking it ("deposit paperwork - me").
  // "Sterilization log audit - Jenna, next week": who and by when after the item assign it too.
  const leading =
    match.arrow ||
    (!whole && comma > 0 && SHORT_REST.test(named.slice(comma + 1))) ||
    locale.self.test(named.slice(0, nameEnd > 0 ? nameEnd : named.length).trim());
  return { owners, span: blank(draft, match.index, end), leading };
};

/**
 * Owners as written after an action: names, "me"/"yo" for whoever wrote the notes, "her"/"ella" for whom they
 * are written to (a VA's "photos -> her" is the client's).
 */
function ownersWritten(
  text: string,
  locale: NotesLocale,
  writer: string | null,
  reader: string | null,
): string[] | null {
  const plain = text.replace(ASIDE, '').trim();
  // With no name for the writer the word stays ("me"), as in a "me →" list: the item is still someone's.
  if (locale.self.test(plain)) return [writer ?? plain];
  if (reader && locale.pointedPerson.test(plain)) return [reader];
  return readNameList(plain, locale);
}

/** "Armar las respuestas rápidas para el lunes. Yo.": the writer's word closing the item takes it. */
const TRAILING_SELF = /[,.]\s*(\p{L}{1,2})\s*[.!]*\s*$/u;

export const trailingSelf: OwnerReader = (draft, { locale, writer }) => {
  const match = TRAILING_SELF.exec(draft.text);
  const word = match?.[1] ?? '';
  if (!match || !locale.self.test(word)) return null;
  return { owners: [writer ?? word], span: blank(draft, match.index + 1, draft.text.length), leading: true };
};

/** "re-caulk tub, me, by Wednesday": the owner set off by commas between the action and its deadline. */
const COMMA_ASIDE = /,\s*([^,]{2,30}?)\s*,\s*(?=(?:by|before|due|on|until|para|antes|hasta|el)\s)/i;

export const commaAside: OwnerReader = (draft, { locale, writer, reader }) => {
  if (!draft.text.includes(',')) return null;
  const match = COMMA_ASIDE.exec(draft.text);
  const named = match?.[1] ?? '';
  const owners = match && ownersWritten(named, locale, writer, reader);
  if (!match || !owners) return null;
  // The second comma stays: it sets the deadline apart as before. Who and by when, set off together, assign it.
  const span = blank(draft, match.index, match.index + match[0].trimEnd().length - 1);
  return { owners, span, leading: true };
};

/** "we'll draft the sequence, Rob owns that", "…; esto lo lleva Manolo": the closing clause says who does it. */
export const ownsIt: OwnerReader = (draft, { locale }) => {
  const match = locale.ownsIt.exec(draft.text);
  const owners = match && readNameList(match[1] ?? '', locale);
  if (!match || !owners) return null;
  return { owners, span: blank(draft, match.index, match.index + match[0].length), committed: true };
};
