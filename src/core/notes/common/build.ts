// Turns a candidate item into its owners, due date, priority and clean text, or drops it when it is no action.
import { findDueDate, type DueDateMatch, type DueDateOptions } from '../../dates';
import type { IsoDate, Priority, Span } from '../../types';
import type { NotesLocale } from '../locales';
import { cleanText } from './cleanup';
import { blank, firstCharIndex, type Draft } from './draft';
import { widenDueSpan } from './due-span';
import { EVERYONE, readNameList } from './names';
import { dueAtNextMeeting } from './next-meeting';
import { readOwners, type OwnerContext, type OwnerMatch } from './owners';
import { leadingPriority, readPriority } from './priority';
import type { FieldText, RawItem } from './raw-item';

export interface BuiltItem {
  raw: RawItem;
  text: string;
  owners: string[];
  ownerSpan: Span | null;
  due: DueDateMatch | null;
  priority: Priority | null;
  /** True when the owner was read from the word's place alone, not from a verb, a field or a label. */
  ownerGuessed: boolean;
}

export interface BuildContext {
  locale: NotesLocale;
  locales: NotesLocale[];
  dates: DueDateOptions;
  /** The date the notes give their next meeting, for deadlines "at the next meeting". */
  nextMeeting: IsoDate | null;
}

/** A role or topic before the action: "SCI members: Take …", "Chair/Vice Chair Elections -- Fold …". */
const SHORT_LABEL = /^\p{Lu}[\p{L} /&-]{1,29}:\s+|^\p{Lu}[^:;.]{1,50}?\s+(?:--|—|–)\s+/u;
/** Every short label ends in a colon or a long dash: text with neither keeps its words without a search. */
const LABEL_END = /[:—–]|--/;

function withoutShortLabel(text: string): string {
  return LABEL_END.test(text) ? text.replace(SHORT_LABEL, '') : text;
}
/** "Let's …" in a discussion settles what the meeting does ("let's have the call during the meeting"), not a follow-up. */
const PROPOSAL = /^let(?:'s| us)\s/i;

/** An owner cell that names nobody: empty marks, "TBD", "N/A", "?", "sin asignar", "a definir". */
const NO_OWNER =
  /^(?:[—–\-\s?]*|tbd|tbc|n\/?a|none|nobody|unassigned|sin asignar|nadie|por definir|a definir)$/i;

/** What is left of an item that only says nothing is decided yet. */
const UNDECIDED =
  /^(?:tbd|tbc|to be (?:decided|confirmed|defined)|n\/?a|a definir|por definir|sin definir|a confirmar|por confirmar)[.!]*$/i;

/** "Responsable: cada profesor/a la de sus grupos": each one of them, so everyone. */
const EACH = /^(?:cada|each|every)\s/i;

function ownersFromField(field: FieldText, context: BuildContext): OwnerMatch {
  const text = field.text
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s,&+/])@(?=\p{L})/gu, '$1')
    .replace(/[.,;]+\s*$/, '')
    .trim();
  const span = { start: field.base, end: field.base + field.text.length };
  const named = readNameList(text, context.locale) ?? (EACH.test(text) ? [EVERYONE] : null);
  const owners = named ?? (text && !NO_OWNER.test(text) ? [text] : []);
  return { owners, span, committed: true };
}

function ownerContext(item: RawItem, locale: NotesLocale, prose: boolean, bare: boolean): OwnerContext {
  return { locale, writer: item.writer, reader: item.reader, prose, bare };
}

function readItemOwners(item: RawItem, context: BuildContext): OwnerMatch | null {
  if (item.owners) {
    const field = ownersFromField(item.owners, context);
    // "GL to confirm the booking. ACTION: GL": the subject that names the same people leaves the text.
    const copy = { ...item.draft };
    const written = readOwners(copy, ownerContext(item, context.locale, false, true));
    // Reading is the same on the draft as on its copy: the copy's text, with the subject blanked, is taken over.
    if (written && written.owners.every((owner) => field.owners.includes(owner))) item.draft.text = copy.text;
    return field;
  }
  const prose = item.source !== 'listed' && item.source !== 'bullet';
  // The other language is tried too (mixed notes), but only for explicit commitments.
  for (const [index, locale] of context.locales.entries()) {
    const draft = { ...item.draft };
    const found = readOwners(draft, ownerContext(item, locale, prose || index > 0, index === 0));
    // "Importante: tienes que…" read the English way: a word the notes' own language knows is no name, and a
    // topic before a dash is no one's in either language.
    const foreign =
      found && (found.guessed || found.owners.some((owner) => context.locale.notNames.test(owner)));
    if (found && (index === 0 || !foreign)) {
      item.draft.text = draft.text;
      return found;
    }
  }
  if (item.inheritedOwners)
    return {
      owners: item.inheritedOwners,
      span: { start: 0, end: 0 },
      committed: item.source === 'listed' || item.source === 'bullet',
    };
  return item.impliedOwners && { owners: item.impliedOwners, span: { start: 0, end: 0 } };
}

/** A field holding one short word ("ETA: Tues"): alone in its field, an abbreviation is the weekday. */
const ONE_SHORT_WORD = /^\p{L}{2,5}\.?$/u;

/** The due date written in a field of the notes (a cell, a reply, a report), its span placed in the notes. */
export function dueInField(field: FieldText, context: BuildContext): DueDateMatch | null {
  const alone = ONE_SHORT_WORD.test(field.text.trim());
  // In brackets the date readers take an abbreviated weekday as one, as they do "(Wed)" in a line.
  const text = alone ? `(${field.text})` : field.text;
  const shift = field.base - (alone ? 1 : 0);
  const match = findDueDate(text, context.dates);
  if (!match) return null;
  const span = { start: match.span.start + shift, end: match.span.end + shift };
  return { ...match, text: alone ? match.text.replace(/^\(|\)$/g, '') : match.text, span };
}

function readDue(item: RawItem, context: BuildContext): DueDateMatch | null {
  if (item.due) return dueInField(item.due, context);
  return (
    cutDue(item.draft, context.dates) ??
    dueAtNextMeeting(item.draft, context.locale, context.nextMeeting) ??
    (item.listDue && dueInField(item.listDue, context))
  );
}

/**
 * Finds the deadline phrase in a draft and blanks it out. The meeting's own date written out ("agenda for 9/4")
 * names this meeting, not a deadline.
 */
export function cutDue(draft: Draft, dates: DueDateOptions): DueDateMatch | null {
  const match = findDueDate(draft.text, dates);
  if (!match || (match.date === dates.reference && /\d/.test(match.text))) return null;
  const [start, end] = widenDueSpan(draft.text, match.span.start, match.span.end);
  const text = draft.text.slice(start, end);
  // "queda material del año pasado" tells what happened, not when to finish: the words stay in the text.
  if (match.past) return { ...match, text, span: { start: draft.base + start, end: draft.base + end } };
  return { ...match, text, span: blank(draft, start, end) };
}

/** The team named in a need's words ("Reminder to everyone:"). */
const TEAM_WORD = /\b(?:everyone|everybody|all|team|todos|todas|equipo)\b/i;

/** Every passive need holds "be" or "ser" ("needs to be printed", "tiene que ser revisado"): others skip the pattern. */
const PASSIVE_MARK = /\b(?:be|ser)\b/i;

/** Blanks the words that ask for the action ("hay que", "If you could … that would be appreciated"). */
function stripAsking(item: RawItem, context: BuildContext): 'need' | 'request' | null {
  const draft = item.draft;
  const lead = firstCharIndex(draft.text);
  // Cut once for every language: the draft changes only when a reading returns.
  const asked = draft.text.slice(lead);
  for (const locale of context.locales) {
    const need = locale.needTo.exec(asked);
    if (need) {
      blank(draft, lead, lead + need[0].length);
      // "Reminder to everyone:", "Recordatorio para todos:": the need is the whole team's.
      if (TEAM_WORD.test(need[0])) item.impliedOwners ??= [EVERYONE];
      const proposal = PROPOSAL.test(need[0]) && (item.source === 'discussion' || item.source === 'decision');
      return proposal ? null : 'need';
    }
    const request = locale.request.exec(asked);
    if (request) {
      blank(draft, lead, lead + request[0].length);
      const end = locale.requestEnd.exec(draft.text);
      if (end) blank(draft, end.index, draft.text.length);
      return 'request';
    }
    // "feedback on the GitHub issue please or in person!": the point asks the readers for it.
    const polite = locale.politeRequest.exec(draft.text);
    if (polite && !/\?\s*$/.test(draft.text)) {
      blank(draft, polite.index, polite.index + polite[0].length);
      return 'request';
    }
    // "Old Squarespace site needs to be cancelled": something to be done, by nobody named; it stays as written.
    if (PASSIVE_MARK.test(draft.text) && locale.passiveNeed.test(draft.text)) return 'need';
  }
  return null;
}

/**
 * In a discussion an imperative point made under a topic asks for an action ("Request Tanmay as a reviewer"). A
 * top-level line is an agenda topic ("Define next meeting agenda"), one with lines under it a topic too ("Make an
 * explicit effort to improve shout-outs" and its proposals). Only the notes' own language and a capital count:
 * "After that…" is no Spanish infinitive, and a lowercase fragment ("produce a blog post") continues its parent.
 */
function discussedAction(item: RawItem, text: string, locale: NotesLocale): boolean {
  const capitalised = item.clause || /^\p{Lu}/u.test(text);
  return item.nested && !item.hasChildren && capitalised && locale.actionStart.test(text);
}

function startsAction(text: string, context: BuildContext): boolean {
  return context.locale.actionStart.test(text.trim());
}

function looksActionable(
  item: RawItem,
  owner: OwnerMatch | null,
  needTo: boolean,
  context: BuildContext,
): boolean {
  // "Marta recuerda que el curso es voluntario": once the name is read, what is left only reports.
  const said = item.draft.text.trim();
  if (
    !needTo &&
    (context.locale.reporting.test(said) || context.locale.reporting.test(withoutShortLabel(said)))
  )
    return false;
  if (needTo) return true;
  // "sent them the Sept report during the call", "(Yo) ya compré el papel": what is done already.
  if (context.locale.pastReport.test(said)) return false;
  if (item.source === 'listed' || owner?.committed) return true;
  // An open question in a report ("Alguna propuesta?") asks for ideas, not for an action.
  if (item.draft.text.trimEnd().endsWith('?')) return false;
  if (item.source === 'bullet' && owner?.leading) return true;
  // "Everyone: stock take Sunday", "Ana: llamar al banco" as a prose line of its own; "Costes: aún no…" is a topic.
  const team = owner?.owners.length === 1 && owner.owners[0] === EVERYONE;
  if (item.source === 'prose' && owner?.leading && (team || startsAction(item.draft.text, context)))
    return true;
  if (item.source === 'decision') return Boolean(owner?.leading);
  const rest = item.draft.text.trim();
  if (item.source === 'discussion') return discussedAction(item, rest, context.locale);
  // Only the notes' own language: "Treasurer's report" or "After that…" is no Spanish infinitive. A role or
  // topic label before the action does not hide the verb.
  const startsWithAction =
    context.locale.actionStart.test(rest) || context.locale.actionStart.test(withoutShortLabel(rest));
  return startsWithAction && (item.source === 'bullet' || rest.length < 160);
}

/** A comment as long as this many words, after the action, is cut from its text; shorter ones stay. */
const ASIDE_WORDS = 4;

/** "conseguir otra bocina, la que tenemos ya no sirve": the action, without the comment on it. */
function withoutAside(text: string, locale: NotesLocale): string {
  const aside = locale.aside.exec(text);
  if (!aside || aside.index === 0) return text;
  const comment = text.slice(aside.index).split(/\s+/).length;
  return comment > ASIDE_WORDS ? text.slice(0, aside.index) : text;
}

/** Each instruction's text, built for the first line completing it: the lines after it start with the same text. */
const LEAD_TEXTS = new WeakMap<RawItem, string>();

/** The instruction a "Name - item" line completes, as the first half of its text ("Review a document"). */
function leadText(item: RawItem, context: BuildContext): string {
  if (!item.lead) return '';
  const known = LEAD_TEXTS.get(item.lead);
  if (known !== undefined) return known;
  const lead = buildTask({ ...item.lead, draft: { ...item.lead.draft } }, context);
  const text = lead?.text.replace(/\s*\b(as follows|como sigue|lo siguiente|the following)\s*$/i, '') ?? '';
  const built = text && `${text.charAt(0).toUpperCase()}${text.slice(1)}: `;
  LEAD_TEXTS.set(item.lead, built);
  return built;
}

/**
 * "is bringing a calendar", left once "Zach" was read as the owner, reads as the action "bring a calendar";
 * "enviará un recordatorio", left once "La tesorera" was, as "enviar un recordatorio".
 */
function plainVerb(text: string, locale: NotesLocale): string {
  const progressive = locale.progressiveLead?.exec(text);
  const base = progressive && locale.baseForm[(progressive[1] ?? '').toLowerCase()];
  if (progressive && base) return base + text.slice(progressive[0].length);
  const future = locale.futureLead?.exec(text);
  if (!future) return text;
  const stem = (future[1] ?? '').toLowerCase();
  const infinitive = locale.baseForm[stem] ?? stem;
  const cased = /^\p{Lu}/u.test(text) ? infinitive.charAt(0).toUpperCase() + infinitive.slice(1) : infinitive;
  return cased + text.slice(future[0].length);
}

/** The last comma of a field: a deadline after a list of names follows it. */
const LAST_COMMA = /,\s+(?!.*,\s)/;

/** "Queda a cargo de secretaría, la semana que viene": a date after the names in an owner field is the deadline. */
function splitOwnerDate(item: RawItem, context: BuildContext): void {
  const field = item.owners;
  const comma = field && !item.due ? LAST_COMMA.exec(field.text) : null;
  if (!field || !comma) return;
  const start = comma.index + comma[0].length;
  const aside = { text: field.text.slice(start), base: field.base + start };
  if (!dueInField(aside, context)) return;
  item.owners = { text: field.text.slice(0, comma.index), base: field.base };
  item.due = aside;
}

/** "Oh and someone needs to…": a spoken opener goes, so the point is read from its first real word. */
function blankOpener(draft: Draft, locale: NotesLocale): void {
  const lead = firstCharIndex(draft.text);
  const opener = locale.opener.exec(draft.text.slice(lead));
  if (opener && lead + opener[0].length < draft.text.length) blank(draft, lead, lead + opener[0].length);
}

export function buildTask(item: RawItem, context: BuildContext): BuiltItem | null {
  if (item.done) return null;
  splitOwnerDate(item, context);
  blankOpener(item.draft, context.locale);
  const labelled = leadingPriority(item.draft, context.locales);
  const asking = stripAsking(item, context);
  // A request is the reader's to do when the notes say who reads them.
  const owner =
    readItemOwners(item, context) ??
    (asking === 'request' && item.reader
      ? { owners: [item.reader], span: { start: 0, end: 0 }, committed: true }
      : null);
  if (!looksActionable(item, owner, asking !== null, context)) return null;
  const due = readDue(item, context);
  const priority = item.priority ?? labelled ?? readPriority(item.draft, context.locales);
  const text =
    leadText(item, context) +
    plainVerb(withoutAside(cleanText(item.draft.text), context.locale), context.locale);
  // "Décor: TBD", "Decoración: a definir": a topic with nothing decided yet names no action.
  if (!/\p{L}/u.test(text) || UNDECIDED.test(withoutShortLabel(text))) return null;
  const ownerSpan = owner && owner.span.end > owner.span.start ? owner.span : null;
  const ownerGuessed = Boolean(owner?.guessed);
  return { raw: item, text, owners: owner?.owners ?? [], ownerSpan, due, priority, ownerGuessed };
}

/** Where a goal stands now, closing its text: "(hoy está en 3.200)", "(currently 4.2)". It is no part of the goal. */
const STANDING_NOW = /\s*\((?:hoy|actualmente|ahora|today|currently|now|right now)\b[^()]*\)\s*[.;]?\s*$/iu;

/** A goal reviewed with its outcome ("— NOT MET (rolled out to 25%)", "- cumplido"): last period's, not this one's. */
const GOAL_OUTCOME =
  /\s[—–-]\s*(?:not\s+|partially\s+)?(?:met|achieved|missed|hit|done)\b|\s[—–-]\s*(?:no\s+|parcialmente\s+)?(?:cumplid[oa]|logrado|alcanzad[oa])(?![\p{L}])/iu;

export function buildObjective(item: RawItem, context: BuildContext): BuiltItem | null {
  if (GOAL_OUTCOME.test(item.draft.text)) return null;
  // A goal is never due the day it is set: "(hoy $210 millones)" says where it stands today, not when it is due.
  const probe = { ...item.draft };
  const found = cutDue(probe, context.dates);
  const due = found?.date === context.dates.reference ? null : found;
  if (due) item.draft.text = probe.text;
  const text = cleanText(item.draft.text.replace(STANDING_NOW, ''));
  if (!/\p{L}/u.test(text)) return null;
  return { raw: item, text, owners: [], ownerSpan: null, due, priority: null, ownerGuessed: false };
}
