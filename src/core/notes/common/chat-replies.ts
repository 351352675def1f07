// Chat replies that settle an item: "Lo del contador lo hago yo el martes" takes it on, "banner is live ✅" closes it.
import { dueInField, type BuildContext, type BuiltItem } from './build';
import { splitCells } from './cells';
import { readChatLine } from './context';
import type { NoteLine } from './lines';
import { actionKey, contentWords, taskWords, type TaskWords } from './repeats';
import { SENTENCE_END } from './sentence-end';

interface Reply {
  /** Taking the item on, or saying it is done. */
  kind: 'take' | 'done';
  speaker: string;
  line: number;
  /** The line of the message before, by someone else: what a reply naming no item answers. */
  answered: number | null;
  topic: string | null;
  /** The message, and where it starts in the notes, for its date. */
  text: string;
  base: number;
  /** A later sentence of its message takes what the message asked before it ("…renovar el seguro. Lo veo yo"). */
  later: boolean;
}

function readReply(text: string, context: BuildContext): Pick<Reply, 'kind' | 'topic'> | null {
  const message = text.trim();
  const taken = context.locale.takesItem.exec(message);
  if (taken) return { kind: 'take', topic: taken.groups?.topic ?? taken.groups?.object ?? null };
  const done = context.locales.some((locale) => locale.done.test(message) || locale.finished.test(message));
  return done ? { kind: 'done', topic: message } : null;
}

type MessageReply = Omit<Reply, 'speaker' | 'line' | 'answered'>;

/**
 * The message, or the first of its later sentences that takes an item on: "Sí, ya confirmé. Lo del Kobo me encargo
 * yo" takes the Kobo item; "Hay que renovar el seguro. Lo veo yo" takes what the message itself asked.
 */
function readMessage(text: string, base: number, context: BuildContext): MessageReply | null {
  const whole = readReply(text, context);
  if (whole) return { ...whole, text, base, later: false };
  for (const sentence of splitCells(text, SENTENCE_END, base).slice(1)) {
    const reply = readReply(sentence.text, context);
    if (reply?.kind === 'take') return { ...reply, text: sentence.text, base: sentence.base, later: true };
  }
  return null;
}

/** "Lo del cemento quién puede?": the item a question asks someone to take, which the answer to it takes. */
function askedTopic(message: { raw: string } | null, context: BuildContext): string | null {
  return (message && context.locale.whoTakes.exec(message.raw)?.[1]) ?? null;
}

function readReplies(lines: NoteLine[], context: BuildContext): Reply[] {
  const replies: Reply[] = [];
  let previous: { speaker: string; line: number; raw: string } | null = null;
  for (const line of lines) {
    const chat = readChatLine(line);
    if (!chat) continue;
    const text = line.raw.slice(chat.prefixLength);
    const reply = readMessage(text, line.start + chat.prefixLength, context);
    const other = previous && previous.speaker !== chat.speaker ? previous : null;
    if (reply) {
      const topic =
        reply.topic ?? (reply.kind === 'take' && !reply.later ? askedTopic(other, context) : null);
      const answered = reply.later ? line.number : (other?.line ?? null);
      replies.push({ ...reply, topic, speaker: chat.speaker, line: line.number, answered });
    }
    previous = { speaker: chat.speaker, line: line.number, raw: line.raw };
  }
  return replies;
}

/**
 * The words that name the item a reply is about: all of a taking reply's topic ("contador"), only the first of a
 * done message, its subject ("banner is live already ✅"; "lo de sacar la torta de la carta" is about the cake).
 */
function topicWords(reply: Reply, topic: string, context: BuildContext): string[] {
  const words = [...contentWords(actionKey(topic), context.locale)];
  return reply.kind === 'done' ? words.slice(0, 1) : words;
}

/** How far back a reply may reach: one conversation. Looking no further keeps the work linear in the chat's length. */
const NEARBY_LINES = 200;

/** Where each line's tasks are, and which are gone: replies are settled in one pass over the list. */
interface Ledger {
  tasks: BuiltItem[];
  byLine: Map<number, number[]>;
  gone: Set<number>;
  words: TaskWords;
}

/** The latest item before the reply on its topic, or the one item of the message it answers. */
function settledIndex(ledger: Ledger, reply: Reply, context: BuildContext): number {
  const { tasks, gone, words } = ledger;
  if (reply.topic) {
    const topic = topicWords(reply, reply.topic, context);
    for (let index = tasks.length - 1; index >= 0; index--) {
      const task = tasks[index] as BuiltItem;
      if (task.raw.line < reply.line - NEARBY_LINES) break;
      if (task.raw.line >= reply.line || gone.has(index)) continue;
      if (topic.some((word) => words(task).has(word))) return index;
    }
    return -1;
  }
  const answered = (ledger.byLine.get(reply.answered ?? -1) ?? []).filter(
    (index) => !gone.has(index) && !(reply.later && (tasks[index] as BuiltItem).raw.draft.base >= reply.base),
  );
  return answered.length === 1 ? (answered[0] as number) : -1;
}

function taken(task: BuiltItem, reply: Reply, context: BuildContext): BuiltItem {
  const due = dueInField({ text: reply.text, base: reply.base }, context);
  return { ...task, owners: [reply.speaker], ownerSpan: null, ownerGuessed: false, due: due ?? task.due };
}

function ledgerOf(tasks: BuiltItem[], context: BuildContext): Ledger {
  const byLine = new Map<number, number[]>();
  tasks.forEach((task, index) => byLine.set(task.raw.line, [...(byLine.get(task.raw.line) ?? []), index]));
  return { tasks: [...tasks], byLine, gone: new Set(), words: taskWords(context.locale) };
}

/**
 * A reply taking an item on makes its writer the owner, with the reply's date; the reply itself is no task of its
 * own, it is the same work. A reply saying an item is done, and asking nothing itself, closes that item.
 */
export function applyChatReplies(tasks: BuiltItem[], lines: NoteLine[], context: BuildContext): BuiltItem[] {
  const replies = readReplies(lines, context);
  if (replies.length === 0) return tasks;
  const ledger = ledgerOf(tasks, context);
  for (const reply of replies) {
    if (reply.kind === 'done' && ledger.byLine.has(reply.line)) continue;
    const index = settledIndex(ledger, reply, context);
    const task = ledger.tasks[index];
    if (!task) continue;
    if (reply.kind === 'done') ledger.gone.add(index);
    else {
      ledger.tasks[index] = taken(task, reply, context);
      for (const own of ledger.byLine.get(reply.line) ?? []) if (own !== index) ledger.gone.add(own);
    }
  }
  return ledger.tasks.filter((_, index) => !ledger.gone.has(index));
}
