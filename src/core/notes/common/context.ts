// Who wrote the notes and who they are addressed to, read from signatures, greetings, "yo (Irene)" and roles.
import type { PersonRecord } from '../../types';
import type { NotesLocale } from '../locales';
import { CHAT_PREFIX, type NoteLine } from './lines';
import { EVERYONE, readName } from './names';

export interface Voices {
  writer: string | null;
  reader: string | null;
}

const ASSISTANT_ROLE =
  /([\p{Lu}][\p{L}]+)\s*\((?:VA|asistente(?: virtual)?|virtual assistant|assistant)\b[^)]*\)/u;
const CLIENT_ROLE =
  /([\p{Lu}][\p{L}]+)(?:\s[\p{Lu}][\p{L}]+)?\s*\((?:cliente?|owner|due[ñn][oa]|client)\b[^)]*\)/u;
/**
 * "yo (Irene)", "I (Tom)", "Lo que me toca a mí (Fer)", an attendee line opening "me (Megan), Rob…", or after the
 * name in an attendee list: "Claire (me)".
 */
const SELF_BEFORE_NAME =
  /(?:\b(?:yo|I)|\sa m[ií]|\bmy (?:side|end|part)|(?:^|\n)\s*me)\s*\(([\p{Lu}][\p{L}]+)\)/u;
// A name, not a heading in capitals: "TO DO (me)" names no one.
const SELF_AFTER_NAME = /(\p{Lu}\p{Ll}+)\s*\((?:me|yo)\)/u;
const SELF_NAMED = new RegExp(`${SELF_BEFORE_NAME.source}|${SELF_AFTER_NAME.source}`, 'u');

/** How far from the end a sign-off may sit: a role and a company line often follow the name. */
const SIGNATURE_LINES = 4;

/** The name under (or right after) the last sign-off: "Saludos,\nCamila Restrepo", "Thanks! Tom". */
function selfNamed(notes: string): string | null {
  // Both forms need a parenthesis, the second a "(me)" or "(yo)": the search is only as wide as the notes need.
  if (!notes.includes('(')) return null;
  const pattern = notes.includes('(me)') || notes.includes('(yo)') ? SELF_NAMED : SELF_BEFORE_NAME;
  const match = pattern.exec(notes);
  return match?.[1] ?? match?.[2] ?? null;
}

function signature(lines: NoteLine[], locale: NotesLocale): string | null {
  const filled = lines.filter((line) => !line.blank).map((line) => line.raw.trim());
  for (let index = filled.length - 1; index >= Math.max(0, filled.length - SIGNATURE_LINES); index--) {
    const line = filled[index] ?? '';
    const signOff = /^([\p{L} ]+?)[,.!]+\s+(\S.*)$/u.exec(line);
    const nextLine = (): string | null =>
      readName((filled[index + 1] ?? '').replace(/^[-—]+\s*/, ''), locale);
    // "Thanks, Helen" signs on the line; "Thanks everyone, see you Wednesday!" signs on the next.
    if (signOff && locale.signOff.test(`${signOff[1]},`))
      return readName(signOff[2] ?? '', locale) ?? nextLine();
    if (locale.signOff.test(line)) return nextLine();
    // "— Rachel, Bloom & Vow Events": a dash before the name signs the notes.
    const dashed = /^[—–]\s*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?:,|$)/u.exec(line);
    if (dashed) return readName(dashed[1] ?? '', locale);
  }
  return null;
}

/** How far down the notes say who took them or who the meeting was with: the title and the lines under it. */
const HEADER_LINES = 6;

/** The first name a header line gives by `pattern`, when it reads as a person's name. */
function headerName(lines: NoteLine[], pattern: RegExp, locale: NotesLocale): string | null {
  for (const line of lines.slice(0, HEADER_LINES)) {
    const match = pattern.exec(line.raw.trim());
    const name = match?.slice(1).find(Boolean);
    // The header's slot says it is a name, whatever its case ("kim's notes").
    if (name) return readName(name.charAt(0).toUpperCase() + name.slice(1), locale);
  }
  return null;
}

function personWithRole(people: PersonRecord[], role: PersonRecord['role']): string | null {
  return people.find((person) => person.role === role)?.name ?? null;
}

export function readVoices(
  notes: string,
  lines: NoteLine[],
  locale: NotesLocale,
  people: PersonRecord[],
): Voices {
  let greeted: string | null = null;
  for (const line of lines) {
    const said = line.raw.trim();
    greeted = locale.greeting.exec(said)?.[1] || (locale.teamGreeting.test(said) ? EVERYONE : null);
    if (greeted) break;
  }
  // A header line saying who took the notes ("yo: Cami") is plainer than a "(yo)" anywhere in them.
  const writer =
    headerName(lines, locale.noteTaker, locale) ??
    selfNamed(notes) ??
    signature(lines, locale) ??
    personWithRole(people, 'assistant') ??
    ASSISTANT_ROLE.exec(notes)?.[1] ??
    null;
  const reader =
    greeted ??
    personWithRole(people, 'client') ??
    CLIENT_ROLE.exec(notes)?.[1] ??
    headerName(lines, locale.meetingWith, locale);
  return { writer, reader };
}

export interface ChatLine {
  speaker: string;
  /** Length of the "[date, time] Name: " prefix. */
  prefixLength: number;
}

/** A chat export's line: who speaks, and where the message starts. */
export function readChatLine(line: NoteLine): ChatLine | null {
  if (line.speaker) return { speaker: line.speaker, prefixLength: 0 };
  const match = CHAT_PREFIX.exec(line.raw);
  return match ? { speaker: (match[1] ?? '').trim(), prefixLength: match[0].length } : null;
}

const TRANSCRIPT_SPEAKER = /^\s*\*\*([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]*)?):\*\*/u;

/** A transcript line "**James:** ...": James is who "I" means on it. */
export function readSpeaker(raw: string): string | null {
  return TRANSCRIPT_SPEAKER.exec(raw)?.[1] ?? null;
}

/** Everyone who speaks in a chat, in the order they first speak. */
export function chatSpeakers(lines: NoteLine[]): string[] {
  const speakers = new Set<string>();
  for (const line of lines) {
    const chat = readChatLine(line);
    if (chat) speakers.add(chat.speaker);
  }
  return [...speakers];
}

/** In a chat of two, "vos" is whoever else speaks; in a group, a request to no one in particular is to all. */
export function otherSpeaker(speakers: string[], speaker: string): string | null {
  if (speakers.length > 2) return EVERYONE;
  return speakers.find((other) => other !== speaker) ?? null;
}
