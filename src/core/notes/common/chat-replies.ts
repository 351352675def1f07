// A chat reply that takes an item on ("Lo del contador lo hago yo el martes") makes its writer the owner, with its date.
import { findDueDate } from '../../dates';
import type { BuildContext, BuiltItem } from './build';
import { readChatLine } from './context';
import type { NoteLine } from './lines';
import { actionKey, contentWords } from './repeats';

interface Reply {
  speaker: string;
  line: number;
  /** The line of the message before, by someone else: what a reply naming no item answers. */
  answered: number | null;
  topic: string | null;
  /** The message, and where it starts in the notes, for its date. */
  text: string;
  base: number;
}

function readReplies(lines: NoteLine[], context: BuildContext): Reply[] {
  const replies: Reply[] = [];
  let previous: { speaker: string; line: number } | null = null;
  for (const line of lines) {
    const chat = readChatLine(line.raw);
    if (!chat) continue;
    const text = line.raw.slice(chat.prefixLength);
    const taken = context.locale.takesItem.exec(text.trim());
    if (taken) {
      const answered = previous && previous.speaker !== chat.speaker ? previous.line : null;
      const topic = taken.groups?.topic ?? null;
      replies.push({
        speaker: chat.speaker,
        line: line.number,
        answered,
        topic,
        text,
        base: line.start + chat.prefixLength,
      });
    }
    previous = { speaker: chat.speaker, line: line.number };
  }
  return replies;
}

/** The latest item before the reply on its topic ("contador"), or the one item of the message it answers. */
function takenIndex(tasks: BuiltItem[], reply: Reply, context: BuildContext): number {
  if (reply.topic) {
    const words = contentWords(actionKey(reply.topic), context.locale);
    for (let index = tasks.length - 1; index >= 0; index--) {
      const task = tasks[index] as BuiltItem;
      if (task.raw.line >= reply.line) continue;
      const taskWords = contentWords(actionKey(task.text), context.locale);
      if ([...words].some((word) => taskWords.has(word))) return index;
    }
    return -1;
  }
  const answered = tasks.flatMap((task, index) => (task.raw.line === reply.answered ? [index] : []));
  return answered.length === 1 ? (answered[0] as number) : -1;
}

function taken(task: BuiltItem, reply: Reply, context: BuildContext): BuiltItem {
  const found = findDueDate(reply.text, context.dates);
  const due = found && {
    ...found,
    span: { start: found.span.start + reply.base, end: found.span.end + reply.base },
  };
  return { ...task, owners: [reply.speaker], ownerSpan: null, ownerGuessed: false, due: due ?? task.due };
}

/** The reply itself is no task of its own: it is the same work as the item it takes. */
export function applyChatReplies(tasks: BuiltItem[], lines: NoteLine[], context: BuildContext): BuiltItem[] {
  const replies = readReplies(lines, context);
  if (replies.length === 0) return tasks;
  let result = [...tasks];
  for (const reply of replies) {
    const index = takenIndex(result, reply, context);
    const task = result[index];
    if (!task) continue;
    result[index] = taken(task, reply, context);
    result = result.filter((other) => other.raw.line !== reply.line);
  }
  return result;
}
