// Whose block a heading opens: a person's ("### Luca", "Priya" alone), the writer's or the reader's list.
import type { NotesLocale } from '../locales';
import type { Heading } from './headings';
import { countMentions } from './list-owner';
import type { Marked } from './markers';
import { EVERYONE, readNameList } from './names';
import { enterHeading, type WalkInput, type WalkState } from './walk-state';

/** The people a heading that is only names stands for ("### Luca"). */
function nameHeading(marked: Marked, locale: NotesLocale): string[] | null {
  return readNameList(
    marked.body
      .replace(/^#+\s*/, '')
      .replace(/\*\*|__/g, '')
      .trim(),
    locale,
  );
}

/**
 * Whether the notes name these people again: a heading or a line of one capitalised word ("## Challenges") is only
 * taken for a person's block when the word comes back elsewhere (in the attendees, in an action).
 */
export function namedAgain(owners: string[], state: WalkState, input: WalkInput): boolean {
  state.mentions ??= countMentions(input.lines);
  const mentions = state.mentions;
  return owners.every((owner) => (mentions.get(owner.split(/\s+/)[0] ?? '') ?? 0) >= 2);
}

/** Who a heading's subject is: "client" is the reader, "I" the writer, "we" both, else the names written. */
function subjectOwners(subject: string, input: WalkInput): string[] | null {
  const { writer, reader } = input.voices;
  const { locale } = input;
  // With no name for them, the client is owner as the role written ("Client").
  if (locale.readerWord.test(subject)) return [reader ?? subject];
  if (locale.writerWord.test(subject)) return writer ? [writer] : null;
  if (/^(?:we|nosotr[oa]s|both|ambos|ambas)$/i.test(subject))
    return writer && reader ? [writer, reader] : [EVERYONE];
  return locale.roleOwner.test(subject) ? [subject] : readNameList(subject, locale);
}

/** "Client to send:", "I'll set up:", "Rachel will:": a list of the things that person does. */
export function assignedListHeading(state: WalkState, heading: Heading, input: WalkInput): boolean {
  const match = input.locale.assignedList.exec(heading.label);
  const subject = match && (match[1] ?? match[2] ?? match[3]);
  const owners = subject ? subjectOwners(subject.trim(), input) : null;
  if (!owners) return false;
  enterHeading(state, 'task');
  state.sectionLevel = heading.level;
  state.member = { owners, level: heading.level > 0 ? heading.level : null };
  return true;
}

/** "What I'll do" / "What I need from you": the writer's or the reader's list. */
function voiceOfHeading(heading: Heading, input: WalkInput): 'writer' | 'reader' | 'both' | null {
  if (input.locales.some((locale) => locale.writerHeadings.test(heading.label))) return 'writer';
  if (input.locales.some((locale) => locale.sharedHeadings.test(heading.label))) return 'both';
  return input.locales.some((locale) => locale.readerHeadings.test(heading.label)) ? 'reader' : null;
}

/** "Us (Brightline)", "You (Olsen Outdoor)": the side named in brackets after the heading's words. */
const NAMED_SIDE = /\(([^()]{2,40})\)\s*:?\s*$/;

/** A heading naming a person opens their block; a heading as high as the block's closes it. */
export function enterMemberBlock(state: WalkState, heading: Heading, marked: Marked, input: WalkInput): void {
  const bracket = heading.kind === 'task' ? NAMED_SIDE.exec(marked.body)?.[1] : undefined;
  // "TO DO (me)": the list is the writer's.
  const mine = bracket !== undefined && input.locale.self.test(bracket.trim()) ? 'writer' : null;
  const side = heading.kind === 'task' ? (voiceOfHeading(heading, input) ?? mine) : null;
  const bracketed = side && !mine ? bracket : undefined;
  const { writer, reader } = input.voices;
  const both = side === 'both' && writer && reader ? [writer, reader] : null;
  const voice =
    side &&
    side !== 'both' &&
    ((bracketed && readNameList(bracketed, input.locale)?.[0]) || input.voices[side]);
  const sideOwners = both ?? (voice ? [voice] : null);
  if (sideOwners) {
    state.member = { owners: sideOwners, level: heading.level > 0 ? heading.level : null };
    return;
  }
  const named = heading.formatted && heading.kind === 'neutral' ? nameHeading(marked, input.locale) : null;
  const owners = named && namedAgain(named, state, input) ? named : null;
  if (owners) state.member = { owners, level: heading.level > 0 ? heading.level : null };
  else if (state.member?.level && heading.level > 0 && heading.level <= state.member.level)
    state.member = null;
}

const ARROW_HEADING = /^(.{1,30}?)\s*(?:→|->)\s*$/;

/** "client →", "me →", "both →" over a list: a VA's shorthand for who does the list, to the next blank line. */
export function arrowHeading(state: WalkState, marked: Marked, input: WalkInput): boolean {
  const subject = marked.bullet ? null : ARROW_HEADING.exec(marked.body.trim())?.[1];
  // "me →" with no name for the writer keeps the word: the list is still someone's.
  const self = subject && input.locale.writerWord.test(subject) ? [subject] : null;
  const owners = subject ? (subjectOwners(subject, input) ?? self) : null;
  if (!owners) return false;
  enterHeading(state, 'task');
  state.member = { owners, level: null, listOnly: true };
  return true;
}
