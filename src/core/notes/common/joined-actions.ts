// Splits one written item into the separate actions it joins, each keeping the complement they share.
import { splitCells } from './cells';
import type { FieldText } from './raw-item';

/** Where one item joins separate actions: "Prepare PR && Review PR", "Staff: change x; SCI members: take y". */
const ACTION_JOINT = /\s+&&\s+|;\s+(?=\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,3}:\s)/u;
const WORD = /[\p{L}\d]+/gu;

/**
 * "Prepare PR && Review PR for Goals": the next action names the first one's object again ("PR") and goes on
 * ("for Goals"), so that rest belongs to the first action too. The draft skips the words between with spaces,
 * so its offsets still point into the notes.
 */
function withSharedComplement(action: FieldText, next: FieldText): FieldText {
  const object = /([\p{L}\d]+)\W*$/u.exec(action.text)?.[1]?.toLowerCase();
  const repeated = [...next.text.matchAll(WORD)].slice(1, 3).find((word) => word[0].toLowerCase() === object);
  if (!repeated) return action;
  const tailStart = (repeated.index ?? 0) + repeated[0].length;
  const tail = next.text.slice(tailStart);
  if (!/\p{L}/u.test(tail)) return action;
  const gap = next.base + tailStart - (action.base + action.text.length);
  return { text: action.text + ' '.repeat(gap) + tail, base: action.base };
}

export function joinedActions(body: FieldText): FieldText[] {
  const actions = splitCells(body.text, ACTION_JOINT, body.base);
  return actions.map((action, index) => {
    const next = actions[index + 1];
    return next ? withSharedComplement(action, next) : action;
  });
}
