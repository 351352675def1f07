// The state the line walk carries from line to line, and the steps every kind of line shares.
import type { DueDateOptions } from '../../dates';
import type { Voices } from './context';
import type { SectionKind } from './headings';
import { completeInstruction, openInstruction, type OpenInstruction } from './instruction';
import type { NoteLine } from './lines';
import type { Priority } from '../../types';
import type { NotesLocale } from '../locales';
import type { FieldText, RawItem } from './raw-item';
import type { TableShape } from './rows';

export interface WalkInput {
  lines: NoteLine[];
  locale: NotesLocale;
  /** Both languages, the document's first: headings and labels are often in the other. */
  locales: NotesLocale[];
  voices: Voices;
  /** The line read as the title, which is no item. */
  titleLine: number | null;
  /** How dates are read, to tell a heading that is only a date ("HOY", "This week") from other headings. */
  dates: DueDateOptions;
}

export interface WalkOutput {
  items: RawItem[];
  placeholderLines: number[];
}

export interface Parent {
  indent: number;
  owners: string[] | null;
  objective: number | null;
  /** The candidate item written on the parent line, if the parent is one. */
  item?: RawItem;
}

export interface WalkState {
  section: SectionKind;
  /** Markdown level of the heading that opened the section (0 when not markdown). */
  sectionLevel: number;
  objective: number | null;
  /** 'section': until the next heading; 'paragraph': until the next blank line. */
  objectiveScope: 'section' | 'paragraph';
  parents: Parent[];
  table: TableShape | null;
  objectiveCount: number;
  emojiPriority: Record<string, Priority>;
  items: RawItem[];
  placeholderLines: number[];
  instruction: OpenInstruction | null;
  /** Whether the last content line was a bullet, and the person the current list is about. */
  inList: boolean;
  listOwner: string[] | null;
  /** Capitalised words and how often the notes use them, counted when a list first needs them. */
  mentions: Map<string, number> | null;
  /** The last line of a bulleted item so far: an unmarked line right after it continues it (markdown lazy lines). */
  listLine: number | null;
  /** The last item left out (ticked, struck): the field lines under it ("Owner: … ETA: done") are its own. */
  skippedLine: number | null;
  /** Whom each chat speaker last greeted by name: their messages are for that person. */
  greeted: Map<string, string>;
  /** Whether that item reads like a title (few words, no closing punctuation), and how far it is indented. */
  listTitled: boolean;
  listIndent: number;
  /** The line after the one being read, for lines that announce what follows. */
  nextLine: NoteLine | null;
  locale: NotesLocale;
  /**
   * The person a block is about ("### Luca", "**Priya**", or "Priya" alone over "Updates" and "Next steps"): owner
   * of the block's actions that name no one. A Markdown heading's block runs to the next heading as high; any
   * other's (level null) to the next blank line. `listOnly`: the block is a list of actions ("client →") and its end
   * ends the list's section too.
   */
  member: { owners: string[]; level: number | null; listOnly?: boolean } | null;
  /** The indent of a numbered goals heading ("2. Sprint 3 goals"): its numbered siblings are topics. */
  goalsIndent: number | null;
  /** Who speaks in a chat export, read once at its first message. */
  speakers: string[] | null;
  /** The line being read is a chat message: one speaker's words, never a heading over the messages after it. */
  chatMessage: boolean;
  /** The line before the one being read was blank (or there was none). */
  afterBlank: boolean;
  /** The date a list's heading gives all its items ("Tasks due 3/20"), until the next heading. */
  listDue: FieldText | null;
  /** Inside a template's note to whoever fills it in, until the next heading. */
  template: boolean;
}

export function newItem(kind: RawItem['kind'], line: NoteLine, body: FieldText, voices: Voices): RawItem {
  return {
    kind,
    line: line.number,
    draft: { text: body.text, base: body.base },
    owners: null,
    inheritedOwners: null,
    impliedOwners: null,
    due: null,
    listDue: null,
    priority: null,
    objective: null,
    source: 'listed',
    writer: voices.writer,
    reader: voices.reader,
    done: false,
    lead: null,
    hasChildren: false,
    nested: line.indent > 0,
    clause: false,
  };
}

export function closeParents(state: WalkState, indent: number): void {
  while (state.parents.length > 0 && (state.parents[state.parents.length - 1] as Parent).indent >= indent) {
    state.parents.pop();
  }
}

export function innermostParent(state: WalkState): Parent | null {
  return state.parents[state.parents.length - 1] ?? null;
}

export function enterHeading(state: WalkState, kind: SectionKind): void {
  state.section = kind;
  state.objective = null;
  state.goalsIndent = null;
  state.parents = [];
  state.table = null;
  state.inList = false;
  state.listOwner = null;
  state.template = false;
  state.listDue = null;
}

/** The item goes from the walk's items: it is among the last ones, so the search runs from the end. */
function dropItem(state: WalkState, item: RawItem): void {
  const index = state.items.lastIndexOf(item);
  if (index >= 0) state.items.splice(index, 1);
}

export function addTask(state: WalkState, item: RawItem, indent: number): void {
  const parent = innermostParent(state);
  item.inheritedOwners = parent?.owners ?? state.member?.owners ?? null;
  item.listDue = state.listDue;
  item.objective = item.objective ?? parent?.objective ?? state.objective;
  const umbrella = completeInstruction(state.instruction, item, state.locale);
  if (umbrella) dropItem(state, umbrella);
  if (!item.lead) state.instruction = openInstruction(item);
  state.items.push(item);
  state.parents.push({ indent, owners: null, objective: item.objective as number | null, item });
}

/** Sections whose lines need evidence of a commitment to count as tasks. */
export function isLoose(section: SectionKind): boolean {
  return section === 'neutral' || section === 'discussion' || section === 'decision';
}
