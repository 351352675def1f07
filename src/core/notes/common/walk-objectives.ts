// Objectives met on the walk: "Objetivo: ..." labels, "El objetivo es ..." sentences, states to reach by a date.
import type { NoteLine } from './lines';
import { anyLocalePattern, perLocales } from './per-locales';
import type { Marked } from './markers';
import type { FieldText } from './raw-item';
import { SENTENCE_END } from './sentence-end';
import { enterHeading, isLoose, newItem, type WalkInput, type WalkState } from './walk-state';

export const TIE = /^(para (eso|esto|conseguirlo|lograrlo)|to (get there|do that|achieve (it|this)))\b/i;
const LABEL_END = /:|\s[.-]/;
const OBJECTIVE_LABEL = /^O(\d{1,2})\b\s*[:.-]?\s*/;

export function addObjective(state: WalkState, line: NoteLine, body: FieldText, input: WalkInput): number {
  const label = OBJECTIVE_LABEL.exec(body.text);
  const skipped = label ? label[0].length : 0;
  const item = newItem(
    'objective',
    line,
    { text: body.text.slice(skipped), base: body.base + skipped },
    input.voices,
  );
  item.objective = label ? `O${label[1]}` : null;
  state.items.push(item);
  state.objectiveCount += 1;
  return state.objectiveCount - 1;
}

/** Any locale's gate words in one search: a piece is tested against every locale's, and most pieces hold none. */
const targetWord = perLocales((locales) => anyLocalePattern(locales, (locale) => locale.targetWord));
const objectiveWord = perLocales((locales) => anyLocalePattern(locales, (locale) => locale.objectiveWord));

/** In reports and decisions, a state to reach by a date with no one named doing it is a goal, not a task. */
function targetObjective(state: WalkState, line: NoteLine, piece: FieldText, input: WalkInput): boolean {
  if (!isLoose(state.section) || !targetWord(input.locales).test(piece.text)) return false;
  for (const locale of input.locales) {
    const target = locale.targetWord.test(piece.text) && locale.targetSentence.exec(piece.text)?.[1];
    if (!target) continue;
    addObjective(state, line, { text: target, base: piece.base + piece.text.indexOf(target) }, input);
    return true;
  }
  return false;
}

/** A goal quoted as the client said it ("wants to “grow the Instagram” — no number yet"): the quoted words. */
const QUOTED = /^["“]([^"”]{3,})["”]/;

function quotedGoal(goal: FieldText): FieldText {
  const quoted = QUOTED.exec(goal.text)?.[1];
  return quoted ? { text: quoted, base: goal.base + 1 } : goal;
}

export function proseObjective(
  state: WalkState,
  line: NoteLine,
  piece: FieldText,
  input: WalkInput,
): boolean {
  if (targetObjective(state, line, piece, input)) return true;
  // "… closes on 27/2. Objective for the season: nets refurbished before the first home game."
  for (const locale of LABEL_END.test(piece.text) ? input.locales : []) {
    const label = locale.objectiveLabel.exec(piece.text)?.[1];
    if (!label?.trim()) continue;
    addObjective(state, line, { text: label, base: piece.base + piece.text.lastIndexOf(label) }, input);
    return true;
  }
  const locales = objectiveWord(input.locales).test(piece.text) ? input.locales : [];
  for (const locale of locales) {
    const match = locale.objectiveWord.test(piece.text) && locale.objectiveSentence.exec(piece.text);
    if (!match) continue;
    const start = piece.text.indexOf(match[1] ?? '');
    const index = addObjective(
      state,
      line,
      quotedGoal({ text: match[1] ?? '', base: piece.base + start }),
      input,
    );
    const next = state.nextLine?.raw.trim() ?? '';
    if (
      TIE.test(piece.text.slice(start + (match[1] ?? '').length).replace(/^[.\s]+/, '')) ||
      TIE.test(next)
    ) {
      state.objective = index;
      state.objectiveScope = 'paragraph';
    }
    return true;
  }
  return false;
}

export function objectiveLabelLine(
  state: WalkState,
  line: NoteLine,
  marked: Marked,
  input: WalkInput,
): boolean {
  // Every label ends in a colon or a spaced dash or dot: most lines are passed over at once.
  if (!LABEL_END.test(marked.body)) return false;
  const text = marked.body.replace(/\*\*|__/g, (marker) => ' '.repeat(marker.length));
  for (const locale of input.locales) {
    const match = locale.objectiveLabel.exec(text.trim());
    if (!match || (match[1] ?? '').trim() === '') continue;
    const start = text.indexOf(match[1] ?? '');
    // "Objetivo del mes: terminar la losa para el 30/9. Avance general: 58%": the goal is its first sentence.
    const goal = (match[1] ?? '').split(SENTENCE_END)[0] ?? '';
    // The tasks under a goal serve it; a goal stated in a discussion leaves the discussion as it is.
    // A goal among a topic's bullets ("- Objetivo: ascensor nuevo antes del verano") leaves the list as it is.
    // An indented goal belongs to the item above it ("a. Pool resurfacing" over "Target: reopened by May 23").
    // A goal set apart by a blank line ("GOAL Q4: …", then the topics) heads nothing.
    const heads =
      !marked.bullet && !state.chatMessage && line.indent === 0 && state.nextLine?.blank === false;
    if (heads && (!isLoose(state.section) || state.section === 'neutral')) enterHeading(state, 'task');
    state.objective = addObjective(
      state,
      line,
      { text: goal, base: line.start + marked.offset + start },
      input,
    );
    state.objectiveScope = 'section';
    return true;
  }
  return false;
}
