// Tells person names (and lists of them) from other words, and splits "Ana y Luis" into names.
import type { NotesLocale } from '../locales';
import { EN_NOTES } from '../locales/en/constants';
import { ES_NOTES } from '../locales/es/constants';
import { leadingWords } from './anchors';
import { firstOfMatches } from './each-match';
import { perWord } from './word-memo';

/** A capitalised word, initials ("GL"), or an initial before a surname ("J.Scott", "J."). */
// A surname's initial may lose its dot at the end of a cell ("Cristián M").
const NAME_WORD = /^(?:[A-Z]\.)?(?:[A-ZÁÉÍÓÚÑÜ][a-záéíóúñüçàèòï'’-]+|[A-Z]{2,4})$|^[A-Z]\.?$/;
const CALENDAR_WORD =
  /^(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|today|tomorrow|hoy|mañana|eod|asap|high|low|medium|urgent|urgente|alta|media|baja|tbd|done|hecho|note|nota|fyi|todo|task|tarea|next|pr[oó]xim[oa])$/i;

export const EVERYONE = 'everyone';

const ACTION_STARTS = [ES_NOTES.actionStart, EN_NOTES.actionStart];

const ROLE_ASIDE = /\s*\([^()]*\)\s*$/;

const SPACE = /\s/;

/** One person: one to three capitalised words, optionally after an honorific ("Lic. Herrera" -> "Herrera"). */
export function readName(text: string, locale: NotesLocale): string | null {
  return SPACE.test(text) ? readPerson(text, locale) : onePersonWord(text, locale);
}

/** A text of one word read once as a name: the parts of lists and the words opening lines come back often. */
const onePersonWord = perWord((word, locale) => readPerson(word, locale));

function readPerson(text: string, locale: NotesLocale): string | null {
  const handle = text.startsWith('@') ? text.slice(1) : text;
  // "Luis (sistemas)": the role in brackets after a name is no part of it.
  const cleaned = handle.replace(locale.honorific, '').replace(ROLE_ASIDE, '').trim();
  const words = cleaned.split(/\s+/);
  if (words.length === 0 || words.length > 3) return null;
  const valid = words.every((word) => NAME_WORD.test(word) && !CALENDAR_WORD.test(word));
  if (!valid || locale.notNames.test(words[0] ?? '')) return null;
  // Notes mix languages: an action verb in either is no name ("Revisar", "Update").
  return ACTION_STARTS.some((pattern) => pattern.test(cleaned)) ? null : cleaned;
}

/** Whether a text holds the emphasis marks names may be wrapped in ("**Ana**", "__Ana__"). */
export function holdsEmphasis(text: string): boolean {
  return text.includes('**') || text.includes('__');
}

function withoutEmphasis(text: string): string {
  // Names are read many times per line: text with no emphasis mark skips the replacing.
  return (holdsEmphasis(text) ? text.replace(/\*\*|__/g, '') : text).trim();
}

function isEveryone(cleaned: string): boolean {
  return ES_NOTES.everyone.test(cleaned) || EN_NOTES.everyone.test(cleaned);
}

/** Whether the words mean the whole team ("Todos", "cada subgrupo", "everyone"): what readNameList reads as [EVERYONE]. */
export function namesEveryone(text: string): boolean {
  return isEveryone(withoutEmphasis(text));
}

/** namesEveryone for a text known to hold no emphasis mark, which need not be looked for again. */
export function plainNamesEveryone(text: string): boolean {
  return isEveryone(text.trim());
}

/** The team patterns as tests of a text's first words, built on first use. */
let teamLeads: (RegExp | null)[] | null = null;

/**
 * False when no words a text (with no emphasis mark, starting with no space) starts with, up to a space or a
 * comma, mean the whole team: then no subject cut from its start can, and none need be tried.
 */
export function mayStartWithTeam(text: string): boolean {
  teamLeads ??= [ES_NOTES.everyone, EN_NOTES.everyone].map(leadingWords);
  return teamLeads.some((lead) => lead === null || lead.test(text));
}

const LOWER_CASE_WORD = /(?<!\S)\p{Ll}\S*/gu;

function joinsNames(word: string, locale: NotesLocale): boolean {
  const join = locale.ownerJoin.exec(` ${word} `);
  return join?.index === 0 && join[0].length === word.length + 2;
}

/** A lower-case word that neither joins names nor is an honorific, read once per word: names are read often. */
const isCommonWord = perWord(
  (word, locale) => !locale.honorific.test(`${word} `) && !joinsNames(word, locale),
);

/**
 * A word no list of names can hold: it starts in lower case and is neither a word joining names ("y", "and")
 * nor an honorific ("don"). Finding one is cheaper than splitting the list and reading each name.
 */
function holdsCommonWord(cleaned: string, locale: NotesLocale): boolean {
  const common = firstOfMatches(LOWER_CASE_WORD, cleaned, ([word]) =>
    isCommonWord(word, locale) ? true : null,
  );
  return common !== null;
}

/** "la Sra. Soto y el Sr. Fuentes", "Fabián y el Chino": an article before a title, or a nickname in a list, is no role. */
const TITLED_ARTICLE =
  /(?<![\p{L}])(?:[Ll]a|[Ee]l)\s+(?=(?:[Ss]ra?|[Ss]rta|[Dd]ra?|[Ll]ic|[Ii]ng|[Pp]rof)\.)|(?<=(?:\sy|\se|,)\s)(?:la|el)\s+(?=\p{Lu})/gu;
/** What both forms need: a dot or a word joining names, and the article itself before a space. */
const TITLED_ARTICLE_MARK = /[.,]|\s[ye]\s/;
const ARTICLE_MARK = /[Ll]a\s|[Ee]l\s/;

/** A text of one word read once as a list of names: about half the texts read are one word, and the same few hundred recur. */
const oneWordList = perWord((word, locale) => readList(word, locale));

/** A list of owners ("Ana y Luis", "Priya/Tom", "Todos"), or null when any part is not a name. */
export function readNameList(text: string, locale: NotesLocale): string[] | null {
  if (SPACE.test(text)) return readList(text, locale);
  // A copy: callers may change the list they are given, and the kept one is read again.
  const names = oneWordList(text, locale);
  return names && [...names];
}

function readList(text: string, locale: NotesLocale): string[] | null {
  const plain = withoutEmphasis(text);
  // Single names, most of them, skip the replacing.
  const titled = TITLED_ARTICLE_MARK.test(plain) && ARTICLE_MARK.test(plain);
  const cleaned = titled ? plain.replace(TITLED_ARTICLE, '') : plain;
  if (isEveryone(cleaned)) return [EVERYONE];
  if (!cleaned) return null;
  const roles = holdsCommonWord(cleaned, locale);
  // Roles are written in lower case ("la tesorera y Jaime"), and a list of them is short and names one.
  if (roles && (cleaned.length > ROLE_LIST_LENGTH || !roleAnywhere(locale).test(cleaned))) return null;
  const parts = cleaned.split(locale.ownerJoin).filter((part) => part.trim() !== '');
  if (parts.length === 0 || parts.length > 6) return null;
  const names = parts.map((part) => readPart(part.trim(), locale));
  return names.every((name): name is string => name !== null) ? names : null;
}

const ROLE_LIST_LENGTH = 60;
const ROLE_ANYWHERE = new WeakMap<NotesLocale, RegExp>();

/** The locale's role words found anywhere: a list with a lower-case word and none of them names no one. */
function roleAnywhere(locale: NotesLocale): RegExp {
  let pattern = ROLE_ANYWHERE.get(locale);
  if (!pattern) {
    const { source, flags } = locale.roleOwner;
    pattern = new RegExp(source.replace(/^\^/, '').replace(/\$$/, ''), flags);
    ROLE_ANYWHERE.set(locale, pattern);
  }
  return pattern;
}

/** A name, or a role ("el administrador", "El Presidente" as minutes capitalise it), kept as written. */
function readPart(part: string, locale: NotesLocale): string | null {
  if (locale.roleOwner.test(part)) return part;
  return readName(part, locale);
}
