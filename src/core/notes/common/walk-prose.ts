// Prose and discussion bullets, read clause by clause: commitments, "Responsable:" and "ACTION:" closing a sentence.
import type { SectionKind } from './headings';
import { readActionLabel } from './action-label';
import { readLabelledFields, splitCells } from './cells';
import type { NoteLine } from './lines';
import type { Marked } from './markers';
import { readNameList } from './names';
import type { FieldText, RawItem } from './raw-item';
import { applyCells } from './rows';
import { proseObjective } from './walk-objectives';
import { SENTENCE_BREAK } from './sentence-end';
import { addTask, newItem, type WalkInput, type WalkState } from './walk-state';

// A topic before a name ("On fundraising, Grace will…") leads into the sentence like a connective.
const CONNECTIVE =
  /^(para (eso|esto|conseguirlo|lograrlo)|aparte|adem[aá]s|tambi[eé]n|por otro lado|por [uú]ltimo|finalmente|also|and|then|so|finally|lastly|y)(?![\p{L}])\s*,?\s*|^(?:on|regarding|as for|as to|en cuanto a|respecto (?:a|de)|con respecto a|sobre)\s+[^,;:.]{2,40},\s*(?=\p{Lu})/iu;
const INITIALS = /^[A-Z]{2}\b/;
export const LOOSE_SOURCE: Partial<Record<SectionKind, RawItem['source']>> = {
  neutral: 'bullet',
  discussion: 'discussion',
  decision: 'decision',
};
/**
 * Prose is read clause by clause: sentences, the independent clauses a semicolon joins, and in Spanish a new
 * subject after ", y" ("Paola se compromete a…, y Diego queda encargado de…"), and a consequence after "so" or "así
 * que" ("the guest pulled out so bec is going to reach out…").
 */
const CLAUSE_END = new RegExp(
  `${SENTENCE_BREAK}|;\\s+|,\\s+y\\s+(?=\\p{Lu})|,?\\s+(?=(?:[Ss]o|[Aa]s[ií] que)\\s+(?!(?:that|far|much|many|if|please)\\b)\\p{L})`,
  'u',
);

/**
 * Formal minutes close an action with who takes it: "GL to confirm the booking. ACTION: GL", "DC offered to write
 * the application. ACTION: DC, RM - draft by 13/2" (a date after the names is the deadline).
 */
function actionMark(previous: RawItem, line: NoteLine, piece: FieldText, input: WalkInput): boolean {
  const pieceMarked: Marked = {
    body: piece.text,
    offset: piece.base - line.start,
    bullet: false,
    check: null,
    struck: false,
    emoji: null,
  };
  const label = readActionLabel(pieceMarked, line.start, input.locales);
  if (!label || label.list) return false;
  const [names = '', note] = label.marked.body.split(/\s+[—–-]\s+/, 2);
  if (!readNameList(names.replace(/[.,;]+$/, ''), input.locale)) return false;
  const namesBase = line.start + label.marked.offset;
  previous.owners = { text: names, base: namesBase };
  if (note) previous.due = { text: note, base: namesBase + label.marked.body.indexOf(note) };
  previous.source = 'listed';
  return true;
}

/** The people a sentence opens with ("Marcy will coordinate…"), where the names sit in the notes. */
function namedSubject(piece: FieldText, input: WalkInput): FieldText | null {
  const match = input.locale.namedSubject.exec(piece.text);
  const names = match?.[1] ?? '';
  if (!match || !readNameList(names, input.locale)) return null;
  return { text: names, base: piece.base + match[0].indexOf(names) };
}

/**
 * "She'll have the sign-up sheet…" right after "Marcy will coordinate…": the pronoun's words go, and the one the
 * sentence before names owns it.
 */
function pronounOwned(piece: FieldText, before: FieldText | null, input: WalkInput): RawItem['owners'] {
  const pronoun = before ? input.locale.pronounCommitment.exec(piece.text) : null;
  const subject = pronoun && before ? namedSubject(before, input) : null;
  if (!pronoun || !subject) return null;
  const cut = pronoun[0].length;
  piece.text = piece.text.slice(cut);
  piece.base += cut;
  return subject;
}

export function proseSentences(state: WalkState, line: NoteLine, marked: Marked, input: WalkInput): void {
  const base = line.start + marked.offset;
  const pieces = splitCells(marked.body, CLAUSE_END, base);
  let previous: RawItem | null = null;
  let before: FieldText | null = null;
  // "Moción de Russo: enviar la intimación. Aprobada. Queda a cargo de secretaría": a motion is no action until
  // someone is put in charge of what it moves.
  let motion: FieldText | null = null;
  for (const piece of pieces) {
    const fields = previous || motion ? readLabelledFields(piece.text, piece.base, input.locales) : [];
    if (!previous && motion && fields.some((field) => field.column === 'owner'))
      previous = addSentence(state, line, motion, input);
    // "Comprar el material. Responsable: Javier." names the owner of the sentence before.
    if (previous && fields.length > 0) {
      applyCells(previous, fields, input.locales);
      continue;
    }
    if (previous && actionMark(previous, line, piece, input)) continue;
    if (proseObjective(state, line, piece, input)) continue;
    if (input.locales.some((locale) => locale.notAction.test(piece.text) || locale.done.test(piece.text))) {
      motion = MOTION_CONTENT.exec(piece.text) ? motionContent(piece) : motion;
      continue;
    }
    const said = { ...piece };
    const owners = pronounOwned(piece, before, input);
    previous = addSentence(state, line, piece, input);
    if (owners) previous.owners = owners;
    before = said;
    motion = null;
  }
}

/** What a motion moves: the words after its label ("Moción del Sr. Russo: enviar…"). */
const MOTION_CONTENT = /^[^:]{2,60}:\s+(?=\S)/;

function motionContent(piece: FieldText): FieldText {
  const label = MOTION_CONTENT.exec(piece.text)?.[0].length ?? 0;
  return { text: piece.text.slice(label), base: piece.base + label };
}

function addSentence(state: WalkState, line: NoteLine, piece: FieldText, input: WalkInput): RawItem {
  // Never a word in capitals: "SO agreed to…" is someone's initials.
  const connective = INITIALS.test(piece.text) ? 0 : (CONNECTIVE.exec(piece.text)?.[0].length ?? 0);
  const item = newItem(
    'task',
    line,
    { text: piece.text.slice(connective), base: piece.base + connective },
    input.voices,
  );
  item.source = state.section === 'neutral' ? 'prose' : (LOOSE_SOURCE[state.section] ?? 'prose');
  item.clause = /;\s*$/.test(line.raw.slice(0, piece.base - line.start));
  addTask(state, item, line.indent);
  return item;
}
