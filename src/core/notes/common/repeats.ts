// Folds an action written twice (a person's "next steps" and the task table, one line per member) into one task.
import type { NotesLocale } from '../locales';
import type { BuiltItem } from './build';

/**
 * How many lines apart two writings of one action may be: one meeting's notes. Comparing only that close keeps
 * the work linear in the length of the notes.
 */
const NEARBY_LINES = 400;

/** A task with the words it is compared by, worked out once. */
interface Compared {
  task: BuiltItem;
  key: string;
  words: Set<string>;
  /** The same words as a list, for the echo test that runs against every listed task nearby. */
  wordList: string[];
}

/** Plain ASCII has no accent to take off: most task texts skip the normalising. */
const NOT_ASCII = /\P{ASCII}/u;

export function actionKey(text: string): string {
  return (NOT_ASCII.test(text) ? text.normalize('NFD') : text)
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

/** The words that carry the action: not the language's most common ones. */
export function contentWords(key: string, locale: NotesLocale): Set<string> {
  return new Set(
    key
      .replace(locale.commonWords, ' ')
      .split(' ')
      .filter((word) => word.length > 2),
  );
}

function compared(task: BuiltItem, locale: NotesLocale): Compared {
  const key = actionKey(task.text);
  const words = contentWords(key, locale);
  return { task, key, words, wordList: [...words] };
}

function sameOwners(first: BuiltItem, second: BuiltItem): boolean {
  return (
    first.owners.length > 0 &&
    first.owners.length === second.owners.length &&
    first.owners.every((owner) => second.owners.includes(owner))
  );
}

/** One person's action written again in other words that hold all of the shorter writing's ("consultas al profesor"). */
function sameAction(first: Compared, second: Compared): boolean {
  if (first.key === second.key) return true;
  if (!sameOwners(first.task, second.task)) return false;
  const [shorter, longer] = [first.words, second.words].sort((a, b) => a.size - b.size) as [
    Set<string>,
    Set<string>,
  ];
  return shorter.size >= 2 && [...shorter].every((word) => longer.has(word));
}

/** Two writings agree when neither states a different date or priority from the other. */
function agree(first: BuiltItem, second: BuiltItem): boolean {
  const dates = first.due?.date && second.due?.date ? first.due.date === second.due.date : true;
  const priorities = first.priority && second.priority ? first.priority === second.priority : true;
  return dates && priorities;
}

function fold(first: BuiltItem, second: BuiltItem): BuiltItem {
  return {
    ...first,
    owners: [...new Set([...first.owners, ...second.owners])],
    ownerSpan: first.ownerSpan ?? second.ownerSpan,
    due: first.due?.date ? first.due : (second.due ?? first.due),
    priority: first.priority ?? second.priority,
    ownerGuessed: first.ownerGuessed && second.ownerGuessed,
  };
}

function nearby(first: BuiltItem, second: BuiltItem): boolean {
  return Math.abs(first.raw.line - second.raw.line) <= NEARBY_LINES;
}

/**
 * A loose line in a report ("Solucionar el tema de WTM") that says mostly what an action list says
 * ("Solucionar las cuentas de WTM") is that action mentioned before it was listed, not a second task.
 */
function echoes(loose: Compared, listed: Compared): boolean {
  let shared = 0;
  for (const word of loose.wordList) if (listed.words.has(word)) shared += 1;
  return shared >= 2 && shared * 3 >= loose.wordList.length * 2;
}

/** The listed tasks near a line, from a list in line order: the first index at or after `from`. */
function firstNearby(listed: Compared[], task: BuiltItem, from: number): number {
  let index = from;
  while (index < listed.length && (listed[index] as Compared).task.raw.line < task.raw.line - NEARBY_LINES)
    index += 1;
  return index;
}

function dropEchoes(tasks: Compared[]): BuiltItem[] {
  const listed = tasks.filter((item) => item.task.raw.source === 'listed');
  let start = 0;
  const kept: BuiltItem[] = [];
  for (const item of tasks) {
    start = firstNearby(listed, item.task, start);
    let echo = false;
    if (item.task.raw.source !== 'listed')
      for (let index = start; index < listed.length && !echo; index += 1) {
        const other = listed[index] as Compared;
        if (!nearby(item.task, other.task)) break;
        echo = echoes(item, other);
      }
    if (!echo) kept.push(item.task);
  }
  return kept;
}

/** The first kept writing from `nearest` on that the task repeats, trying each one. */
function firstSameAction(merged: Compared[], nearest: number, current: Compared): number {
  for (let position = nearest; position < merged.length; position += 1) {
    const kept = merged[position] as Compared;
    if (sameAction(kept, current) && agree(kept.task, current.task)) return position;
  }
  return -1;
}

/**
 * The same, for a task with no owner: it repeats only a writing of the same words, so only the places its key
 * was kept at (in order) are tried, not every task nearby.
 */
function firstSameKey(places: number[], nearest: number, merged: Compared[], task: BuiltItem): number {
  let found = -1;
  for (let at = places.length - 1; at >= 0; at -= 1) {
    const position = places[at] as number;
    if (position < nearest) break;
    if (agree((merged[position] as Compared).task, task)) found = position;
  }
  return found;
}

/**
 * The same action written more than once (word for word, or by the same people in more words) becomes one task
 * with everyone who took it, at its first place. Writings that disagree on the date or priority stay apart: they
 * are separate occasions.
 */
export function mergeRepeats(tasks: BuiltItem[], locale: NotesLocale): BuiltItem[] {
  const merged: Compared[] = [];
  const placesOfKey = new Map<string, number[]>();
  // Tasks come in line order, so the ones still near enough to merge with are the last few kept.
  let nearest = 0;
  for (const task of tasks) {
    const current = compared(task, locale);
    nearest = firstNearby(merged, task, nearest);
    const places = placesOfKey.get(current.key) ?? [];
    const index =
      task.owners.length === 0
        ? firstSameKey(places, nearest, merged, task)
        : firstSameAction(merged, nearest, current);
    if (index < 0) {
      places.push(merged.length);
      placesOfKey.set(current.key, places);
      merged.push(current);
    } else {
      const kept = merged[index] as Compared;
      merged[index] = { ...kept, task: fold(kept.task, task) };
    }
  }
  return dropEchoes(merged);
}
