// Folds an action written twice (a person's "next steps" and the task table, one line per member) into one task.
import type { NotesLocale } from '../locales';
import type { BuiltItem } from './build';
import { perWord } from './word-memo';

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

/** Plain ASCII has no accent to take off: most task texts skip the normalising and the stripping. */
const NOT_ASCII = /\P{ASCII}/u;
const GAP = /[^\p{L}\d]+/gu;
/** The same gaps in plain ASCII once in lower case, where the only letters are a to z: a cheaper search. */
const ASCII_GAP = /[^a-z\d]+/g;

export function actionKey(text: string): string {
  const ascii = !NOT_ASCII.test(text);
  const plain = ascii ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .toLowerCase()
    .replace(ascii ? ASCII_GAP : GAP, ' ')
    .trim();
}

/** A word of a key in plain ASCII: the common words' pattern finds one only as the whole word. */
const ASCII_WORD = /^[a-z\d]+$/;
/** Whether a plain word is one of the language's most common ones. */
const isCommon = perWord((word, locale) => word.replace(locale.commonWords, '') === '');

/**
 * The words that carry the action: not the language's most common ones. A key's words are apart by one space,
 * which the common words' pattern never spans, so each word is read on its own.
 */
export function contentWords(key: string, locale: NotesLocale): Set<string> {
  const words = new Set<string>();
  for (const word of key.split(' ')) {
    if (word.length <= 2) continue;
    if (!ASCII_WORD.test(word)) {
      for (const part of word.replace(locale.commonWords, ' ').split(' '))
        if (part.length > 2) words.add(part);
    } else if (!isCommon(word, locale)) words.add(word);
  }
  return words;
}

/** A task's content words, worked out once per task however many readings look at it. */
export type TaskWords = (task: BuiltItem) => Set<string>;

export function taskWords(locale: NotesLocale): TaskWords {
  const known = new Map<BuiltItem, Set<string>>();
  return (task) => {
    let words = known.get(task);
    if (!words) {
      words = contentWords(actionKey(task.text), locale);
      known.set(task, words);
    }
    return words;
  };
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
  const firstShorter = first.words.size <= second.words.size;
  const shorter = firstShorter ? first.words : second.words;
  const longer = firstShorter ? second.words : first.words;
  // The word count is at hand, the owners take a search: it is tested first.
  if (shorter.size < 2 || !sameOwners(first.task, second.task)) return false;
  for (const word of shorter) if (!longer.has(word)) return false;
  return true;
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

/** How many of a loose line's words a listed task must hold to echo it: at least two, and two thirds of them. */
function echoThreshold(words: number): number {
  return Math.max(2, Math.ceil((words * 2) / 3));
}

/**
 * A loose line in a report ("Solucionar el tema de WTM") that says mostly what an action list says
 * ("Solucionar las cuentas de WTM") is that action mentioned before it was listed, not a second task.
 */
function echoes(loose: Compared, listed: Compared, threshold: number): boolean {
  // A listed task holding fewer words than needed cannot share enough of them.
  if (listed.words.size < threshold) return false;
  let shared = 0;
  let unread = loose.wordList.length;
  for (const word of loose.wordList) {
    if (listed.words.has(word)) shared += 1;
    unread -= 1;
    if (shared >= threshold) return true;
    // The words left cannot reach the threshold any more.
    if (shared + unread < threshold) return false;
  }
  return false;
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
    const threshold = echoThreshold(item.wordList.length);
    // A line of fewer words than the threshold echoes nothing: the list is not searched.
    if (item.task.raw.source !== 'listed' && item.wordList.length >= threshold)
      for (let index = start; index < listed.length && !echo; index += 1) {
        const other = listed[index] as Compared;
        if (!nearby(item.task, other.task)) break;
        echo = echoes(item, other, threshold);
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
