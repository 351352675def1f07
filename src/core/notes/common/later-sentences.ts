// A loose bullet that asks nothing as a whole may still hold an action in a later sentence.
import { buildTask, type BuildContext, type BuiltItem } from './build';
import { splitCells } from './cells';
import type { FieldText, RawItem } from './raw-item';
import { SENTENCE_END } from './sentence-end';

/**
 * A sentence's end, a comma before a capital ("new dishwasher starts mon, JT train him…"), or a semicolon ("Still
 * needs wiper blades; Dale will pick them up").
 */
const LATER_PART = new RegExp(`${SENTENCE_END.source}|,\\s+(?=\\p{Lu})|;\\s+`, 'u');
/** In a listed agreement only a semicolon parts it: "Operativo de limpieza el domingo; el secretario pedirá…". */
const LISTED_PART = /;\s+/;

/**
 * "ACTION: Claire to chase the council again." after a report: the label makes it an action, and names its owners
 * when they are in brackets ("Action (Dr Shah + Sr Morris): pilot the template").
 */
const ACTION_LEAD = /^(?:action(?:\s+items?)?|ap|ai|to-?do|acci[oó]n)\s*(?:\(([^()]{2,60})\))?\s*:\s*/i;

/** "Goal: secure $85,000 by the end of the year.": a goal among the sentences is read as one by the walk. */
function statesGoal(text: string, context: BuildContext): boolean {
  const plain = text.trim();
  return context.locales.some(
    (locale) => locale.objectiveLabel.test(plain) || locale.objectiveSentence.test(plain),
  );
}

function laterItem(item: RawItem, sentence: FieldText): RawItem {
  const lead = ACTION_LEAD.exec(sentence.text);
  const label = lead?.[0].length ?? 0;
  const draft = { text: sentence.text.slice(label), base: sentence.base + label };
  const named = lead?.[1];
  const owners = named ? { text: named, base: sentence.base + sentence.text.indexOf(named) } : item.owners;
  return { ...item, draft, owners, source: label > 0 ? 'listed' : item.source };
}

/** A sentence that asks the readers for something ("Please get your availability to him"). */
function asksReaders(text: string, context: BuildContext): boolean {
  const plain = text.trimStart();
  return context.locales.some((locale) => locale.request.test(plain));
}

/** A later sentence that is an action of its own: one asking the readers, or a pronoun committing ("She'll …"). */
function laterAction(
  item: RawItem,
  sentence: FieldText,
  whole: BuiltItem,
  context: BuildContext,
): RawItem | null {
  if (asksReaders(sentence.text, context)) return laterItem(item, sentence);
  const pronoun = context.locale.pronounCommitment.exec(sentence.text);
  if (!pronoun || whole.owners.length === 0) return null;
  const cut = pronoun[0].length;
  const rest = { text: sentence.text.slice(cut), base: sentence.base + cut };
  return { ...laterItem(item, rest), owners: null, inheritedOwners: whole.owners };
}

/**
 * "Marco will post the schedule by the 25th. Please get your availability to him.", "Marcy will coordinate the
 * visits. She'll have the sign-up sheet by Sunday.": a later sentence asking the readers, or committing the one
 * named before, is an action of its own beside the one the item commits to.
 */
function withLaterActions(whole: BuiltItem, item: RawItem, context: BuildContext): BuiltItem[] {
  const later = splitCells(item.draft.text, SENTENCE_END, item.draft.base)
    .slice(1)
    .map((sentence) => ({ sentence, action: laterAction(item, sentence, whole, context) }))
    .filter((part): part is { sentence: FieldText; action: RawItem } => part.action !== null);
  const first = later[0];
  if (!first) return [whole];
  const headText = item.draft.text.slice(0, first.sentence.base - item.draft.base);
  const head = { ...item, draft: { text: headText, base: item.draft.base } };
  const built = [head, ...later.map((part) => part.action)].map((part) => buildTask(part, context));
  return built.every((task) => task !== null) ? (built as BuiltItem[]) : [whole];
}

/**
 * "El 2ºD debe 4 trimestres. El administrador manda burofax": a report, then an action. The bullet is read whole
 * first ("Llamar al banco. Preguntar por el préstamo." stays one task); only when it asks nothing as a whole are its
 * later sentences read one by one.
 */
export function buildTasks(item: RawItem, context: BuildContext): BuiltItem[] {
  const listed = item.source === 'listed';
  if ((item.source !== 'bullet' && !listed) || item.done) {
    const built = buildTask(item, context);
    return built ? [built] : [];
  }
  const whole = buildTask({ ...item, draft: { ...item.draft } }, context);
  // A listed agreement is an action as a whole; only one that names nobody gives way to a later part that does.
  const settled = listed ? whole?.owners.length !== 0 : whole !== null;
  if (whole && settled && !whole.ownerGuessed) return withLaterActions(whole, item, context);
  const later = splitCells(item.draft.text, listed ? LISTED_PART : LATER_PART, item.draft.base)
    .slice(1)
    .filter((sentence) => !statesGoal(sentence.text, context))
    .flatMap((sentence) => buildTask(laterItem(item, sentence), context) ?? []);
  // "DJ: still deciding between two. Emily + Josh to decide and text me": a topic only looks like an owner; a later
  // sentence that names who acts is the action.
  if (!whole) return later;
  const committed = later.filter((task) => task.owners.length > 0 && !task.ownerGuessed);
  return committed.length > 0 ? committed : [whole];
}
