// Walks the lines once, tracking sections, tables, parents and objectives, and emits candidate items.
import { readActionLabel, type ActionLabel } from './action-label';
import {
  continuesItem,
  markListItem,
  NUMBERED,
  plainHeading,
  readLegendLine,
  templateNote,
} from './walk-blocks';
import { arrowHeading, assignedListHeading, enterMemberBlock, namedAgain } from './walk-members';
import { SENTENCE_END } from './sentence-end';
import { LOOSE_SOURCE, proseSentences } from './walk-prose';
import { columnOf, opensWithLabel, readLabelledFields, splitCells, type Cell } from './cells';
import { chatSpeakers, otherSpeaker, readChatLine, readSpeaker, type ChatLine } from './context';
import { readHeading, type Heading, type SectionKind } from './headings';
import type { NotesLocale } from '../locales';
import type { NoteLine } from './lines';
import { joinedActions } from './joined-actions';
import { listDateHeading } from './list-dates';
import { countMentions, listOwner } from './list-owner';
import { readMarkers, type Marked } from './markers';
import { holdsEmphasis, readNameList } from './names';
import { DEFAULT_EMOJI_PRIORITY } from './priority';
import type { FieldText } from './raw-item';
import { applyCells, readArrowCells, readTableLine } from './rows';
import { addObjective, objectiveLabelLine, proseObjective, TIE } from './walk-objectives';
import {
  addTask,
  closeParents,
  enterHeading,
  innermostParent,
  isLoose,
  newItem,
  type WalkInput,
  type WalkOutput,
  type WalkState,
} from './walk-state';

export type { WalkInput, WalkOutput } from './walk-state';

const PLACEHOLDER = /^\s*(\[[^\]]{2,30}\]\s*[—–\-:,|]*\s*)+$/;
/** Emoji that mark information, decisions, done items or dates rather than actions. */
const NOT_ACTION_EMOJI = /^(ℹ|💡|🗓|📅|✅|☑|✔|📢|📝)/u;
const COMMA_LIST = /,\s+(?:(?:y|e|and)\s+)?/;

/** An unknown heading inside a known section ("### Meeting with Tanmay" under "## Agenda") keeps that section. */
function isSubheading(state: WalkState, heading: Heading): boolean {
  if (heading.kind !== 'neutral' || state.section === 'neutral') return false;
  if (heading.level === 0) return state.sectionLevel > 0;
  return state.sectionLevel > 0 && heading.level > state.sectionLevel;
}

function tableRow(state: WalkState, line: NoteLine, input: WalkInput): boolean {
  const row = readTableLine(line, state.table, input.locales);
  if (row === null) return false;
  if (row.kind === 'header') state.table = row.table;
  if (row.kind !== 'row') return true;
  // "Se informa atraso de 4%": a row that only reports is read as such, as a line would be.
  const text = row.task.text.trim();
  if (input.locales.some((locale) => locale.notAction.test(text))) return true;
  const item = newItem('task', line, row.task, input.voices);
  applyCells(item, row.cells, input.locales);
  addTask(state, item, line.indent);
  return true;
}

function arrowRow(state: WalkState, line: NoteLine, marked: Marked, input: WalkInput): boolean {
  const cells = readArrowCells(marked.body, line.start + marked.offset);
  if (!cells) return false;
  const item = newItem('task', line, cells[0] as Cell, input.voices);
  applyCells(item, cells.slice(1), input.locales);
  addTask(state, item, line.indent);
  return true;
}

function fieldLine(state: WalkState, marked: Marked, line: NoteLine, input: WalkInput): boolean {
  const last = state.items[state.items.length - 1];
  // Fields only complete a task a few lines up: other lines are not split into fields at all.
  if (!last || last.kind !== 'task' || last.line < line.number - 3) return false;
  // "Confirm budget · Owner: Priya" is a task of its own, not fields of the one above.
  if (!opensWithLabel(marked.body, input.locales)) return false;
  const cells = readLabelledFields(marked.body, line.start + marked.offset, input.locales);
  if (cells.length === 0) return false;
  // Under a ticked item its fields go with it, never to the open task above it.
  if ((state.skippedLine ?? 0) <= last.line) applyCells(last, cells, input.locales);
  return true;
}

/** The longest line of names alone ("Lucía Ferreyra, Gabriel Paz y Marta López"): longer lines hold more. */
const OWNER_LINE_LENGTH = 80;

/** A bullet that is only a name ("- Ana:", "### Lena", "**Ana**"): its children are Ana's. */
function ownerParent(state: WalkState, marked: Marked, indent: number, input: WalkInput): boolean {
  const unmarked = marked.body.replace(/^#+\s*/, '');
  // Most lines hold no emphasis and no colon: the replacing, a search of the whole line, runs only where they are.
  const plain = holdsEmphasis(unmarked) ? unmarked.replace(/\*\*|__/g, '') : unmarked;
  const text = (plain.includes(':') ? plain.replace(/:\s*$/, '') : plain).trim();
  // A line that is only names is short: the reading, run on every item, passes the others over.
  if (text.length > OWNER_LINE_LENGTH) return false;
  // "Me" over the writer's own list means whoever wrote the notes.
  const writer = input.locale.self.test(text) && input.voices.writer;
  const owners = writer ? [writer] : readNameList(text, input.locale);
  if (!owners) return false;
  // "Priya" on a line of its own over "Updates" / "Next steps": the block down to the next blank line is hers.
  if (!marked.bullet && indent === 0 && namedAgain(owners, state, input))
    state.member = { owners, level: null };
  closeParents(state, indent);
  state.parents.push({ indent, owners, objective: innermostParent(state)?.objective ?? state.objective });
  return true;
}

/** Sections that record what was said: an action there is one sentence of a bullet, found by its commitment. */
function isTalk(section: SectionKind): boolean {
  return section === 'discussion';
}

/** The longest sign-off line ("Muchas gracias,", "Saludos cordiales."). */
const SIGN_OFF_LENGTH = 30;

/** What a line of column names is cut by: "Who — What — When", "Tarea / Responsable / Fecha". */
const LABEL_BREAK = /\s*(?:—|–|\s-\s|\/|\||\t|,)\s*/;

/** A line naming the columns of the lines under it, with no content of its own. */
function columnLabels(text: string, locales: NotesLocale[]): boolean {
  // Column names are short words with a break between them: other lines are passed over before the split.
  if (text.length > 60 || !LABEL_BREAK.test(text)) return false;
  const parts = text.split(LABEL_BREAK);
  return parts.length >= 2 && parts.every((part) => columnOf(part, locales) !== 'other');
}

function isSkippable(marked: Marked, section: SectionKind, input: WalkInput): boolean {
  const emphasis = marked.body.includes('**') || marked.body.includes('__');
  const text = (emphasis ? marked.body.replace(/\*\*|__/g, '') : marked.body).trim();
  if (marked.check === 'done' || marked.struck || text === '') return true;
  if (marked.emoji && NOT_ACTION_EMOJI.test(marked.emoji)) return true;
  // Quoted text and bare links carry no action of this meeting.
  if (/^>/.test(text) || /^<?https?:\/\/\S+>?$/.test(text)) return true;
  if (/^\W*$/.test(text) || columnLabels(text, input.locales)) return true;
  // "Un saludo," closes a mail: whatever list it follows has ended. Sign-offs are a few words.
  if (text.length <= SIGN_OFF_LENGTH && input.locales.some((locale) => locale.signOff.test(text)))
    return true;
  // Prose, and a bullet of a discussion, is judged sentence by sentence: "Thanks for ... . Jonathan is going to ..."
  // and "Decision: use Monday morning. Zach is bringing a calendar." each hold a task.
  const wholeItem = (marked.bullet && !isTalk(section)) || marked.check !== null || !isLoose(section);
  return wholeItem && input.locales.some((locale) => locale.notAction.test(text));
}

/**
 * The actions after a label: "Actions: Helen - book the castle. Mark to sort the float." gives one per sentence;
 * "Próximos pasos: registrar consultas, afianzar git" one per comma when every piece starts like an action (else
 * the commas are inside one action). A label under a person's heading ("### Luca") gives them to that person.
 */
function labelledActions(state: WalkState, line: NoteLine, label: ActionLabel, input: WalkInput): void {
  const base = line.start + label.marked.offset;
  const startsAction = (piece: FieldText): boolean =>
    input.locales.some((locale) => locale.actionStart.test(piece.text));
  const commas = label.list ? splitCells(label.marked.body, COMMA_LIST, base) : [];
  const pieces =
    commas.length > 1 && commas.every(startsAction)
      ? commas
      : splitCells(label.marked.body, SENTENCE_END, base);
  const first = state.items.length;
  for (const piece of pieces) {
    // "ACTION: HP - update the binder. Completed prior to meeting.": the action before is done.
    const previous = state.items.length > first ? state.items[state.items.length - 1] : undefined;
    if (previous && input.locales.some((locale) => locale.done.test(piece.text))) {
      previous.done = true;
      continue;
    }
    const marked = { ...label.marked, body: piece.text, offset: piece.base - line.start };
    contentLine(state, line, marked, input, label.owners);
  }
  for (const item of state.items.slice(first)) {
    if (label.list) item.inheritedOwners ??= state.member?.owners ?? null;
    item.priority ??= label.priority;
  }
}

function contentLine(
  state: WalkState,
  line: NoteLine,
  marked: Marked,
  input: WalkInput,
  owners: FieldText | null,
): void {
  if (state.section === 'ignored') return;
  const body: FieldText = { text: marked.body, base: line.start + marked.offset };
  if (state.section === 'objective') {
    const parent = innermostParent(state);
    if (parent && parent.objective !== null && line.indent > parent.indent) {
      const item = newItem('task', line, body, input.voices);
      addTask(state, item, line.indent);
      return;
    }
    closeParents(state, line.indent);
    state.parents.push({
      indent: line.indent,
      owners: null,
      objective: addObjective(state, line, body, input),
    });
    return;
  }
  const loose = isLoose(state.section);
  const prose = (!marked.bullet || isTalk(state.section)) && marked.check === null && loose;
  // A goal takes its line along only when nothing but a tie ("Para eso:") follows it: other sentences are read.
  const sentences = splitCells(body.text, SENTENCE_END, body.base);
  const readAlone = sentences.slice(1).some((sentence) => !TIE.test(sentence.text.trim()));
  if (!readAlone && proseObjective(state, line, body, input)) return;
  if (prose) {
    proseSentences(state, line, marked, input);
    return;
  }
  // "4) Plaza. … El objetivo es recuperar la plaza. Queda a cargo de …": the goal among an item's sentences.
  if (readAlone) sentences.some((sentence) => proseObjective(state, line, sentence, input));
  for (const action of joinedActions(body)) {
    const item = newItem('task', line, action, input.voices);
    item.owners = owners;
    item.impliedOwners = state.listOwner;
    item.source = marked.check !== null || !loose ? 'listed' : (LOOSE_SOURCE[state.section] ?? 'bullet');
    if (marked.emoji) item.priority = state.emojiPriority[marked.emoji.replace(/\uFE0F/g, '')] ?? null;
    item.done =
      input.locales.some((locale) => locale.finished.test(action.text)) || struckAction(action.text);
    addTask(state, item, line.indent);
  }
  if (marked.bullet) markListItem(state, line, marked);
}

const STRUCK = /~~[^~]+~~/g;

/** "Lucy: ~~send the minutes~~ sent": the action is struck through; only an owner or a word is left beside it. */
function struckAction(text: string): boolean {
  if (!text.includes('~~')) return false;
  const rest = text.replace(STRUCK, ' ').trim();
  return rest !== text.trim() && rest.split(/\s+/).length <= 3;
}

/** A list's first bullet may name the person the list is about; a line that is no bullet ends the list. */
function trackList(state: WalkState, marked: Marked, input: WalkInput): void {
  if (!marked.bullet) {
    state.inList = false;
    state.listOwner = null;
    return;
  }
  // In an action list every bullet names its own owner; the rule is for reports ("- Kian gives a demo").
  if (!state.inList && state.section !== 'task') {
    state.mentions ??= countMentions(input.lines);
    state.listOwner = listOwner(marked.body, state.mentions, input.locale);
  }
  state.inList = true;
}

/**
 * Who a chat message is for: the one its speaker last greeted ("Morning Sipho, ja so listen…"), else the other
 * speaker of two, or everyone in a group.
 */
function chatReader(state: WalkState, line: NoteLine, chat: ChatLine, input: WalkInput): string | null {
  const greeted = input.locale.greeting.exec(line.raw.slice(chat.prefixLength).trim())?.[1];
  if (greeted) state.greeted.set(chat.speaker, greeted);
  return state.greeted.get(chat.speaker) ?? otherSpeaker(speakersOf(state, input), chat.speaker);
}

function speakersOf(state: WalkState, input: WalkInput): string[] {
  state.speakers ??= chatSpeakers(input.lines);
  return state.speakers;
}

function walkLine(state: WalkState, line: NoteLine, input: WalkInput): void {
  if (line.blank) {
    state.table = null;
    state.listLine = null;
    if (state.objectiveScope === 'paragraph') state.objective = null;
    if (state.member?.listOnly || line.messageBreak) enterHeading(state, 'neutral');
    if (state.member?.level === null) state.member = null;
    // A list of goals ends at a blank line before plain text: a sign-off, "se levanta la sesión".
    const next = state.nextLine;
    if (state.section === 'objective' && state.inList && next && !next.blank && !readMarkers(next.raw).bullet)
      enterHeading(state, 'neutral');
    return;
  }
  const chat = readChatLine(line);
  const speaker = readSpeaker(line.raw);
  // Most lines keep the notes' own voices: only a chat or transcript line needs an input of its own.
  const lineInput = chat
    ? { ...input, voices: { writer: chat.speaker, reader: chatReader(state, line, chat, input) } }
    : speaker
      ? { ...input, voices: { ...input.voices, writer: speaker } }
      : input;
  const shifted: NoteLine = chat
    ? { ...line, raw: ' '.repeat(chat.prefixLength) + line.raw.slice(chat.prefixLength), indent: 0 }
    : line;
  if (readLegendLine(state, shifted.raw)) return;
  state.chatMessage = chat !== null;
  if (chat) state.listLine = null;
  if (tableRow(state, shifted, lineInput)) return;
  state.table = null;
  classifyLine(state, shifted, lineInput);
}

/** "1. CALL TO ORDER", "3. TREASURER'S REPORT": formal minutes number their section titles, set in capitals. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u;

function numberedTitle(line: NoteLine, marked: Marked): boolean {
  return NUMBERED.test(line.raw) && CAPITALS.test(marked.body) && marked.body.trim().split(/\s+/).length <= 6;
}

/**
 * "2. Sprint 3 goals" over its points: a numbered line naming a list of goals heads them, and the numbered lines
 * after it at its indent ("3. To-do list", "4. Other") are the next topics, not more goals.
 */
function numberedSection(state: WalkState, line: NoteLine, marked: Marked, input: WalkInput): boolean {
  if (!NUMBERED.test(line.raw)) return false;
  const goals = readHeading(marked.body, input.locales)?.kind === 'objective';
  const after = state.goalsIndent !== null && line.indent <= state.goalsIndent;
  if (!goals && !after) return false;
  enterHeading(state, goals ? 'objective' : 'neutral');
  state.sectionLevel = 0;
  state.goalsIndent = line.indent;
  return true;
}

function classifyLine(state: WalkState, line: NoteLine, input: WalkInput): void {
  const marked = readMarkers(line.raw);
  if (marked.bullet && numberedSection(state, line, marked, input)) return;
  const headingShaped = !marked.bullet || numberedTitle(line, marked);
  if (headingShaped && !marked.check && listDateHeading(state, line, marked, input)) return;
  const heading =
    !headingShaped || marked.check || TIE.test(marked.body.trim())
      ? null
      : readHeading(marked.body, input.locales);
  if (heading && heading.kind === 'neutral' && assignedListHeading(state, heading, input)) return;
  if (heading) {
    enterMemberBlock(state, heading, marked, input);
    const isOwnerHeading =
      heading.kind === 'neutral' && state.section === 'task' && /^#/.test(marked.body.trim());
    if (isOwnerHeading && ownerParent(state, marked, -1, input)) return;
    if (isSubheading(state, heading)) {
      state.parents = [];
      return;
    }
    enterHeading(state, heading.kind);
    state.sectionLevel = heading.level;
    return;
  }
  if (templateNote(state, marked, input)) return;
  if (arrowHeading(state, marked, input)) return;
  if (plainHeading(state, line, marked, input)) return;
  if (PLACEHOLDER.test(marked.body)) {
    state.placeholderLines.push(line.number);
    return;
  }
  if (objectiveLabelLine(state, line, marked, input)) return;
  if (fieldLine(state, marked, line, input)) return;
  const label = readActionLabel(marked, line.start, input.locales);
  if (!label && continuesItem(state, line, marked)) return;
  state.listLine = null;
  closeParents(state, line.indent);
  const parentItem = innermostParent(state)?.item;
  if (parentItem) parentItem.hasChildren = true;
  trackList(state, marked, input);
  if (isSkippable(marked, state.section, input)) {
    state.skippedLine = line.number;
    return;
  }
  if (
    state.section !== 'ignored' &&
    state.section !== 'objective' &&
    ownerParent(state, marked, line.indent, input)
  )
    return;
  if (state.section !== 'ignored' && arrowRow(state, line, marked, input)) return;
  if (label) labelledActions(state, line, label, input);
  else contentLine(state, line, marked, input, null);
}

/** How near the end an email's signature delimiter ("-- ") sits: the name, a role, a company, a phone. */
const SIGNATURE_REACH = 8;

/** Where an email's signature starts, after its "-- " line: the block under it holds no action. */
function signatureStart(lines: NoteLine[]): number {
  for (let index = lines.length - 1; index >= Math.max(0, lines.length - SIGNATURE_REACH); index--)
    if (/^--\s?$/.test(lines[index]?.raw ?? '')) return index;
  return lines.length;
}

export function walkLines(input: WalkInput): WalkOutput {
  const state: WalkState = {
    section: 'neutral',
    sectionLevel: 0,
    objective: null,
    objectiveScope: 'section',
    parents: [],
    table: null,
    objectiveCount: 0,
    emojiPriority: { ...DEFAULT_EMOJI_PRIORITY },
    items: [],
    placeholderLines: [],
    instruction: null,
    listLine: null,
    skippedLine: null,
    greeted: new Map(),
    listTitled: false,
    listIndent: 0,
    nextLine: null,
    inList: false,
    listOwner: null,
    mentions: null,
    locale: input.locale,
    template: false,
    listDue: null,
    member: null,
    speakers: null,
    chatMessage: false,
    afterBlank: true,
    goalsIndent: null,
  };
  const lines = input.lines.slice(0, signatureStart(input.lines));
  lines.forEach((line, index) => {
    state.nextLine = lines[index + 1] ?? null;
    if (line.number !== input.titleLine) walkLine(state, line, input);
    state.afterBlank = line.blank;
  });
  return { items: state.items, placeholderLines: state.placeholderLines };
}
