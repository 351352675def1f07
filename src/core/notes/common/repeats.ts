// Folds an action written twice (a person's "next steps" and the task table, one line per member) into one task.
import type { NotesLocale } from '../locales';
import type { BuiltItem } from './build';

function actionKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

/** The words that carry the action: not the language's most common ones. */
function contentWords(key: string, locale: NotesLocale): Set<string> {
  return new Set(
    key
      .replace(locale.commonWords, ' ')
      .split(' ')
      .filter((word) => word.length > 2),
  );
}

/** One person's action written again in other words that hold all of the shorter writing's ("consultas al profesor"). */
function sameAction(first: BuiltItem, second: BuiltItem, locale: NotesLocale): boolean {
  const firstKey = actionKey(first.text);
  const secondKey = actionKey(second.text);
  if (firstKey === secondKey) return true;
  const sameOwners =
    first.owners.length > 0 &&
    first.owners.length === second.owners.length &&
    first.owners.every((owner) => second.owners.includes(owner));
  if (!sameOwners) return false;
  const [shorter, longer] = [contentWords(firstKey, locale), contentWords(secondKey, locale)].sort(
    (a, b) => a.size - b.size,
  ) as [Set<string>, Set<string>];
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

/**
 * The same action written more than once (word for word, or by the same people in more words) becomes one task with everyone who took it, at its first place.
 * Writings that disagree on the date or priority stay apart: they are separate occasions.
 */
export function mergeRepeats(tasks: BuiltItem[], locale: NotesLocale): BuiltItem[] {
  const merged: BuiltItem[] = [];
  for (const task of tasks) {
    const index = merged.findIndex((kept) => sameAction(kept, task, locale) && agree(kept, task));
    if (index < 0) merged.push(task);
    else merged[index] = fold(merged[index] as BuiltItem, task);
  }
  return dropEchoes(merged, locale);
}

/**
 * A loose line in a report ("Solucionar el tema de WTM") that says mostly what an action list says
 * ("Solucionar las cuentas de WTM") is that action mentioned before it was listed, not a second task.
 */
function dropEchoes(tasks: BuiltItem[], locale: NotesLocale): BuiltItem[] {
  const listed = tasks
    .filter((task) => task.raw.source === 'listed')
    .map((task) => contentWords(actionKey(task.text), locale));
  return tasks.filter((task) => {
    if (task.raw.source === 'listed') return true;
    const words = [...contentWords(actionKey(task.text), locale)];
    return !listed.some((other) => {
      const shared = words.filter((word) => other.has(word)).length;
      return shared >= 2 && shared * 3 >= words.length * 2;
    });
  });
}
