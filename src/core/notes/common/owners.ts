// Finds who owns an action ("Ana:", "(Ana)", "@ana", "Tom will", "yo me encargo") and blanks it out of the text.
import type { Span } from '../../types';
import type { NotesLocale } from '../locales';
import { searchAnywhere } from './anchors';
import { blank, startOf, type Draft } from './draft';
import { commaAside, ownsIt, suffix, trailingInitials, trailingSelf } from './owner-suffixes';
import { addressed, between, firstPerson, secondPerson, verbPerson, withWriter } from './owner-voices';
import { firstOfMatches } from './each-match';
import {
  EVERYONE,
  holdsEmphasis,
  mayStartWithTeam,
  namesEveryone,
  plainNamesEveryone,
  readNameList,
} from './names';

export interface OwnerContext {
  locale: NotesLocale;
  /** Who wrote the notes, for "yo", "I'll". */
  writer: string | null;
  /** Who the notes are addressed to, for "vos", "you". */
  reader: string | null;
  /** Prose needs a committing verb after a bare name ("Lucía llamará"), not any word. */
  prose: boolean;
  /** False when reading with the other language's words: a bare name before a word proves nothing there. */
  bare: boolean;
}

export interface OwnerMatch {
  owners: string[];
  span: Span;
  /** True when the words themselves commit someone ("Tom will", "yo me encargo"), not just name them. */
  committed?: boolean;
  /** True for a leading "Ana: ..." that assigns the rest of the item. */
  leading?: boolean;
  /** True when only the word's place makes it an owner ("Costes: ...", "Documentos que ..."), so a topic may pass for a name. */
  guessed?: boolean;
}

export type OwnerReader = (draft: Draft, context: OwnerContext) => OwnerMatch | null;

const PREFIX_SEPARATOR = /^(.{1,45}?)\s*(?::|\s[—–-]|→|->)\s+/;
const SEPARATOR_MARK = /[:—–\-→]/;
const NAME_THEN_VERB = /^([^\s,]+(?:\s+(?:y|e|and|&)\s+[^\s,]+)?)(\s*,[^,]{1,40},)?\s+(?=[a-záéíóúñ])/;

/** What follows a noun rather than a person's name: prepositions, articles, possessives, a number. */
const FUNCTION_WORD =
  /^(?:\d|(?:de|del|la|el|los|las|para|por|con|en|al|sin|sobre|of|for|the|to|in|on|with|from|our|my|your|their|its)\b)/i;

const INITIALS = /^[A-Z]{2,4}$/;
/** A verb followed by its object: "sign-off" or a word alone at the end is a noun. */
const IMPERATIVE_WORD = /^[a-z]+\s+\S/;

/** A handle right after a verb of contact ("Ping @oliverb") is who is contacted. */
const OBJECT_HANDLE = /^\s*\p{L}+$/u;

/** A body named by its title: "The Council", "La Junta Directiva"; as written, article included. */
const NAMED_ROLE = /^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2}$/u;
/** "The Report will be ready" states a fact about a thing; a body commits to an action. */
const STATE_VERB = /^(?:be|ser|estar)\b/i;

/** A group named by a common noun phrase ("Los lideres de cada grupo"): owner only before an agentive verb. */
const GROUP_SUBJECT = /^(?:[Tt]he|[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+\p{L}+(?:\s+[\p{L}\d]+){0,5}$/u;

function namedRole(
  subject: string,
  commitment: string,
  action: string,
  locale: NotesLocale,
): string[] | null {
  if (NAMED_ROLE.test(subject) && !STATE_VERB.test(action)) return [subject];
  if (!GROUP_SUBJECT.test(subject)) return null;
  // "The nominating committee will bring a slate": a body acts as one; other groups need an agentive verb.
  return locale.agentive.test(commitment) || (locale.bodyNoun.test(subject) && !STATE_VERB.test(action))
    ? [subject]
    : null;
}

const QUANTIFIER = /^(?:all|todos|todas|each|cada)$/i;

/** Where a subject may end: a space, or an aside ("Lucía, la recepcionista,", "Andrea (mamá de Bruno)"). */
const SUBJECT_END = /(?:\s*,[^,]{1,40},|\s*\([^()]{1,60}\))?\s+/g;

/** The "Name:" / "Name -" an item starts with, and the owners it names. */
function leadingMatch(
  text: string,
  locale: NotesLocale,
): { match: RegExpExecArray; owners: string[] } | null {
  // The separator pattern backtracks over its first 45 characters: text without a separator skips it.
  const match = SEPARATOR_MARK.test(text) ? PREFIX_SEPARATOR.exec(text) : null;
  const owners = match && readNameList(match[1] ?? '', locale);
  return match && owners ? { match, owners } : null;
}

/** The owners a "Name: ..." / "Name - ..." item starts with, or null. */
export function leadingOwners(text: string, locale: NotesLocale): string[] | null {
  return leadingMatch(text.trimStart(), locale)?.owners ?? null;
}

const OWNER_THEN_DASH = /^([^:;—–-]{2,40}?)\s+(?:--?|—|–)\s+/;

/** "Ana: ...", "Jenna — ...", "Todos: ...". */
const prefix: OwnerReader = (draft, { locale }) => {
  const { head, rest } = startOf(draft);
  const leading = leadingMatch(rest, locale);
  if (!leading) return null;
  // "Working Group Survey: Staff -- Resend …": a second owner marker makes the first words the topic.
  const afterLeading = head + leading.match[0].length;
  const inner = OWNER_THEN_DASH.exec(draft.text.slice(afterLeading));
  const innerOwners = inner && readNameList(inner[1] ?? '', locale);
  if (inner && innerOwners) {
    const span = blank(draft, afterLeading, afterLeading + inner[0].length);
    return { owners: innerOwners, span, leading: true };
  }
  // "Fall Food Drive - we collected 1,140 lbs": what follows tells what was done, so the words before it are a topic.
  if (locale.pastReport.test(draft.text.slice(afterLeading))) return null;
  const span = blank(draft, head, afterLeading);
  return { owners: leading.owners, span, leading: true, guessed: true };
};

/** "Topic -- Staff: action": a named owner after a short topic and a dash. */
const afterTopic: OwnerReader = (draft, { locale }) => {
  // The pattern backtracks a lot, and it needs a colon.
  if (!draft.text.includes(':')) return null;
  const match = /^(.{3,60}?)\s+(?:--?|—|–)\s+([^:;]{2,40}):\s+/.exec(draft.text);
  if (!match) return null;
  const start = (match[1] ?? '').length;
  // "Drafting Team -- Volunteers: Avri Doria, Angie Graves": the people listed take the topic on.
  if (locale.ownerLabel.test(`${match[2] ?? ''}: `)) {
    const listed = readNameList(draft.text.slice(match[0].length).replace(/[\s.;]+$/, ''), locale);
    return listed && { owners: listed, span: blank(draft, start, draft.text.length), leading: true };
  }
  const owners = readNameList(match[2] ?? '', locale);
  return owners && { owners, span: blank(draft, start, match[0].length), leading: true };
};

/** Each language's commitment found anywhere in a text, built once: null when its pattern cannot be read so. */
const COMMITMENT_ANYWHERE = new WeakMap<NotesLocale, RegExp | null>();

/** False proves that no part of the text after a space starts with a commitment ("to", "tiene que"). */
function mayCommit(rest: string, locale: NotesLocale): boolean {
  if (!COMMITMENT_ANYWHERE.has(locale)) COMMITMENT_ANYWHERE.set(locale, searchAnywhere(locale.commitment));
  const anywhere = COMMITMENT_ANYWHERE.get(locale);
  return !anywhere || anywhere.test(rest);
}

const noTeam = (): boolean => false;

/** Where a subject of several words may start: "Lucía Ferreyra y …", "Ana + Luis", "Comisión de cultura", "El administrador". */
const MULTI_WORD_SUBJECT =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+(?:\p{Lu}|[yeo&+]\s|del?\s)|(?:[Ee]l|[Ll]as?|[Ll]os|[Tt]he)\s+\p{Ll})/u;

/** "Tom to ...", "Marta tiene que ...", "Lucía, la recepcionista, llamará ...", "Cada subgrupo revisará ...". */
function committedSubject(
  draft: Draft,
  head: number,
  rest: string,
  locale: NotesLocale,
  bareAllowed: boolean,
): OwnerMatch | null {
  // Every subject starts the text: with no emphasis mark in it, none is looked for in a subject, and a team
  // phrase is looked for once at the start rather than at every subject's end.
  const namesTeam = holdsEmphasis(rest)
    ? namesEveryone
    : mayStartWithTeam(rest)
      ? plainNamesEveryone
      : noTeam;
  // A subject is taken only before a commitment or as a team: text with neither is not stepped through.
  // Where a bare name owns, people of several words before a verb commit too: their text may not skip the loop.
  const severalWords = bareAllowed && locale.bareNameOwns && MULTI_WORD_SUBJECT.test(rest);
  if (namesTeam === noTeam && !severalWords && !mayCommit(rest, locale)) return null;
  // One shared pattern stepped by hand: matchAll would copy it on every item, twice per item with two languages.
  SUBJECT_END.lastIndex = 0;
  for (let subject = SUBJECT_END.exec(rest); subject; subject = SUBJECT_END.exec(rest)) {
    const end = subject.index;
    const after = rest.slice(end + subject[0].length);
    const found = locale.commitment.exec(after);
    // "Shout-outs to our projects": after "to" comes a verb, never a determiner; "se encargan de la cantina" takes
    // a thing to look after.
    const takesThing = found && /\sde\s*$/.test(found[0]);
    const committed =
      found && (takesThing || !FUNCTION_WORD.test(after.slice(found[0].length))) ? found : null;
    // Names are read only after a committing verb: reading them is the costly step of this loop.
    const owners =
      committed &&
      (readNameList(rest.slice(0, end), locale) ??
        namedRole(rest.slice(0, end), after, after.slice(committed[0].length), locale));
    if (committed && owners) {
      const span = blank(draft, head, head + end + subject[0].length + committed[0].length);
      return { owners, span, committed: true };
    }
    // "El administrador manda burofax", "Lucía Ferreyra y Gabriel Paz coordinarán": where a bare name owns (Spanish),
    // a conjugated verb after people of several words commits them too.
    // Not across an aside ("Héctor Villalba, secretario   Rosa Quiroga, presidenta" signs the minutes).
    const plain = !committed && severalWords && !subject[0].includes(',');
    const conjugated = plain && /\s/.test(rest.slice(0, end)) && locale.bareVerb.test(`${after} `);
    const named = conjugated && readNameList(rest.slice(0, end), locale);
    if (named)
      return { owners: named, span: blank(draft, head, head + end + subject[0].length), committed: true };
    // "Cada subgrupo revisará ...": a team subject of several words before a conjugated verb.
    if (!committed && namesTeam(rest.slice(0, end)) && locale.bareVerb.test(`${after} `)) {
      return {
        owners: [EVERYONE],
        span: blank(draft, head, head + end + subject[0].length),
        committed: true,
      };
    }
    if (end > 40) break;
  }
  return null;
}

/** "Respondo hoy mismo…", "Reviso el contrato…": a verb in the first person, shaped like "Diego", before its object. */
const FIRST_PERSON_SHAPE = /^\p{Lu}\p{Ll}{3,}o$/u;
// Not "la", "los": "Diego la llama" is Diego calling her.
const OBJECT_LEAD = /^(?:el|un|una|unos|unas|hoy|mañana)\s/i;

function firstPersonLead(word: string, after: string, locale: NotesLocale): boolean {
  return locale.bareNameOwns && FIRST_PERSON_SHAPE.test(word) && OBJECT_LEAD.test(after);
}

/** "Tom to ...", "Priya will ...", "Martina actualiza ...", "Ana revisar ..." in a list. */
const nameThenVerb: OwnerReader = (draft, { locale, prose, bare: bareAllowed }) => {
  const { head, rest } = startOf(draft);
  const subject = committedSubject(draft, head, rest, locale, bareAllowed);
  if (subject) return subject;
  const bare = bareAllowed ? NAME_THEN_VERB.exec(rest) : null;
  const bareOwners = bare && readNameList(bare[1] ?? '', locale);
  if (!bare || !bareOwners) return null;
  const after = rest.slice(bare[0].length);
  if (firstPersonLead(bare[1] ?? '', after, locale)) return null;
  const verb = locale.bareVerb.test(after + ' ');
  // "Everyone update the sheet" commits the team; "All design choices must…" only quantifies a noun.
  const team = bareOwners.length === 1 && bareOwners[0] === EVERYONE && !QUANTIFIER.test(bare[1] ?? '');
  // "JT call the repair guy", "MR finalize by fri": initials before a bare imperative in a list tell that person to
  // do it. Only initials: a capitalised word there is as often a topic ("Full build on staging").
  const initials = bareOwners.every((owner) => INITIALS.test(owner));
  if (!verb && !team && !prose && initials && IMPERATIVE_WORD.test(after) && locale.actionStart.test(after))
    return {
      owners: bareOwners,
      span: blank(draft, head, head + bare[0].length),
      committed: true,
      guessed: true,
    };
  if (!verb && !team && (prose || !locale.bareNameOwns)) return null;
  // "Pedido de la boda…", "Shout-outs to our projects": a noun with its complement, not a person and a task.
  if (!verb && !team && FUNCTION_WORD.test(after)) return null;
  const committed = verb || team;
  return {
    owners: bareOwners,
    span: blank(draft, head, head + bare[0].length),
    committed,
    guessed: !committed,
  };
};

/** "Otra cosa: que Martina y Lucas hagan inventario": the people a request names, before their verb. */
const requested: OwnerReader = (draft, context) => {
  const { head, rest } = startOf(draft);
  const lead = context.locale.requestedSubject?.exec(rest);
  if (!lead) return null;
  const start = head + lead[0].length;
  const view = { text: ' '.repeat(start) + draft.text.slice(start), base: draft.base };
  const found = nameThenVerb(view, { ...context, prose: true, bare: true });
  if (!found?.committed) return null;
  const span = blank(draft, head, found.span.end - draft.base);
  return { ...found, span: { start: found.span.start, end: span.end } };
};

/** Who acts after an agent-first verb: up to "de" before the action, or up to the article of a thing to do. */
const AGENT = /^(.{2,40}?)(?:\s+de\s+|\s+(?=(?:la|el|los|las)\s))/;

/**
 * "Se encarga el secretario de redactar la nota", "Queda a cargo de Lorena la compra de bebidas": who acts comes
 * after the verb, then the action.
 */
const agentFirst: OwnerReader = (draft, { locale }) => {
  const { head, rest } = startOf(draft);
  const verb = locale.agentFirst?.exec(rest);
  const subject = verb && AGENT.exec(rest.slice(verb[0].length));
  const owners = subject && readNameList(subject[1] ?? '', locale);
  if (!verb || !subject || !owners) return null;
  return { owners, span: blank(draft, head, head + verb[0].length + subject[0].length), committed: true };
};

const CAPITALISED_TAIL = /(?:\p{Lu}[\p{L}.]*\s*)+$/u;

/** "The board directed the manager to execute…": the one told to act owns it; the rest is the action. */
const directed: OwnerReader = (draft, { locale }) => {
  const { head, rest } = startOf(draft);
  const match = locale.directed.exec(rest);
  // "a la tesorera, Mariela Cabrera,": the role as written; the name set off after it only says who holds it.
  const named = (match?.groups?.['owner'] ?? '').replace(/,.*$/, '');
  // "del vocal Sr. Ramón Villalba": the name after the role says who.
  const tail = CAPITALISED_TAIL.exec(named)?.[0] ?? '';
  const owners =
    match &&
    (readNameList(named, locale) ??
      (locale.roleOwner.test(named) ? [named] : tail && readNameList(tail, locale)));
  if (!match || !owners) return null;
  return { owners, span: blank(draft, head, head + match[0].length), committed: true };
};

/** A topic before a long dash: "GNSO Council Liaison -- The Council will appoint…". */
const TOPIC_LEAD = /^\s*\p{Lu}[^:;.]{1,80}?(?:\s+(?:--|—|–|-)|:)\s+/u;
/** Every topic lead ends in a dash: text without one is passed over. */
const ANY_DASH = /[—–-]/;

/** A commitment after a topic and a dash or colon ("Spring menu: Chef and Dani to…"); the topic stays as context. */
const afterTopicCommitment: OwnerReader = (draft, context) => {
  if (!ANY_DASH.test(draft.text) && !draft.text.includes(':')) return null;
  const topic = TOPIC_LEAD.exec(draft.text);
  if (!topic) return null;
  const view = { text: ' '.repeat(topic[0].length) + draft.text.slice(topic[0].length), base: draft.base };
  const found = nameThenVerb(view, context);
  if (!found?.committed) return null;
  blank(draft, found.span.start - draft.base, found.span.end - draft.base);
  return found;
};

/** `mark`: a character every match holds, so text without any of them is passed over. */
function searchReader(pattern: RegExp, group: number, mark: RegExp | null): OwnerReader {
  return (draft, { locale }) => {
    if (mark && !mark.test(draft.text)) return null;
    return firstOfMatches(pattern, draft.text, (match) => {
      const owners = readNameList(match[group] ?? '', locale);
      return owners && { owners, span: blank(draft, match.index, match.index + match[0].length) };
    });
  };
}

const labelled = searchReader(
  /(?:responsables?|a cargo de|asignad[oa] a|owners?|assigned to|responsible)\s*:?\s+([^,;·|()]+?)\s*(?=$|[,;·|()]|\.\s|\s[—–-]\s)/gi,
  1,
  null,
);
const parenthesisedName = searchReader(/\s*\(([^()]{2,60})\)/g, 1, /\(/);

/** "(Ana)", or "(yo)" for whoever wrote the notes. */
const parenthesised: OwnerReader = (draft, context) => {
  if (!draft.text.includes('(')) return null;
  const self = /\s*\(([^()]{1,15})\)/.exec(draft.text);
  if (self && context.writer && context.locale.self.test((self[1] ?? '').trim())) {
    const index = self.index;
    return { owners: [context.writer], span: blank(draft, index, index + self[0].length) };
  }
  return parenthesisedName(draft, context);
};

/** "@Priya Nair set up…": wikis and trackers mention people by their full name. */
const MENTION = /(^|\s|\()@([\p{L}][\p{L}\d_.-]*(?: \p{Lu}\p{Ll}+(?=\s+(?:@|\p{Ll})))?)/gu;

/** "@ana", unless the handle is what the action is done to ("Ping @oliverb about…", "Ask @ana for…"). */
const mentions: OwnerReader = (draft, { locale }) => {
  if (!draft.text.includes('@')) return null;
  const found = [...draft.text.matchAll(MENTION)].filter(
    (match) =>
      !OBJECT_HANDLE.test(draft.text.slice(0, match.index ?? 0)) ||
      !locale.contactVerbs.test(draft.text.trim()),
  );
  if (found.length === 0) return null;
  const spans = found.map((match) => {
    const index = (match.index ?? 0) + (match[1] ?? '').length;
    return blank(draft, index, index + 1 + (match[2] ?? '').length);
  });
  const first = spans[0] as Span;
  return { owners: found.map((match) => (match[2] ?? '').replace(/[.]$/, '')), span: first };
};

const READERS: OwnerReader[] = [
  // A hand-over closing the point ("we'll draft it, Rob owns that") overrides whoever opens it.
  ownsIt,
  firstPerson,
  withWriter,
  addressed,
  between,
  secondPerson,
  prefix,
  afterTopic,
  nameThenVerb,
  requested,
  agentFirst,
  directed,
  afterTopicCommitment,
  labelled,
  mentions,
  parenthesised,
  suffix,
  trailingInitials,
  trailingSelf,
  commaAside,
  // Last: a name written in the item ("me mandás los temas (Fer)") says more than the verb's person.
  verbPerson,
];

/**
 * Read with the other language's words (mixed notes), only what that language changes: its commitments ("I'll",
 * "Tom will") and which words pass for names. The other readers read the same in both and have already run.
 */
const OTHER_LANGUAGE_READERS: OwnerReader[] = [
  firstPerson,
  secondPerson,
  prefix,
  nameThenVerb,
  parenthesised,
  suffix,
];

/** The first reader that recognises an owner wins; the owner's words are blanked out of the draft. */
export function readOwners(draft: Draft, context: OwnerContext): OwnerMatch | null {
  for (const reader of context.bare ? READERS : OTHER_LANGUAGE_READERS) {
    const match = reader(draft, context);
    if (match) return match;
  }
  return null;
}
