// A person's report on work under way ("Darren still working on discussions: …") completes their terse item on it.
import type { NotesLocale } from '../locales';
import { dueInField, type BuildContext, type BuiltItem } from './build';
import type { NoteLine } from './lines';
import { readNameList } from './names';
import type { FieldText } from './raw-item';
import { actionKey, contentWords, taskWords, type TaskWords } from './repeats';

interface StatusReport {
  owners: string[];
  line: number;
  /** What the person is working on, and where it starts in the notes. */
  detail: FieldText;
}

const LEAD = /^\s*(?:[-*•+]|\d{1,2}[.)])?\s*/;

function readReport(line: NoteLine, locale: NotesLocale): StatusReport | null {
  const working = locale.workingOn.exec(line.raw);
  if (!working) return null;
  const lead = LEAD.exec(line.raw)?.[0].length ?? 0;
  const owners = readNameList(line.raw.slice(lead, working.index), locale);
  const start = working.index + working[0].length;
  const text = line.raw.slice(start).replace(/[\s.]+$/, '');
  return owners && text ? { owners, line: line.number, detail: { text, base: line.start + start } } : null;
}

function sameOwners(task: BuiltItem, report: StatusReport): boolean {
  return (
    task.owners.length === report.owners.length && report.owners.every((owner) => task.owners.includes(owner))
  );
}

/**
 * "Darren - Discussions" plus "discussions: will hopefully get through the rest in the next 2 weeks" reads
 * "Discussions: will hopefully get through the rest", due in two weeks; other details go in brackets.
 */
function completed(task: BuiltItem, report: StatusReport, context: BuildContext): BuiltItem {
  const due = task.due ? null : dueInField(report.detail, context);
  const { text: written, base } = report.detail;
  const detail = (
    due ? written.slice(0, due.span.start - base) + written.slice(due.span.end - base) : written
  )
    .replace(/\s+/g, ' ')
    .trim();
  // The report names the topic again, perhaps after an article ("el catálogo: falta…"): it goes on from there.
  const at = detail.toLowerCase().indexOf(task.text.toLowerCase());
  const repeated = at >= 0 && /^(?:\p{L}{1,3}\s+)?$/u.test(detail.slice(0, at));
  const text = repeated ? task.text + detail.slice(at + task.text.length) : `${task.text} (${detail})`;
  return { ...task, text, due: due ?? task.due };
}

/** Where each task stands, by every person it names and by its line: a report looks only at its people's tasks. */
interface TaskIndex {
  byOwner: Map<string, number[]>;
  byLine: Map<number, number[]>;
}

function addTo<Key>(index: Map<Key, number[]>, key: Key, position: number): void {
  const positions = index.get(key);
  if (positions) positions.push(position);
  else index.set(key, [position]);
}

function indexTasks(tasks: BuiltItem[]): TaskIndex {
  const index: TaskIndex = { byOwner: new Map(), byLine: new Map() };
  tasks.forEach((task, position) => {
    for (const owner of new Set(task.owners)) addTo(index.byOwner, owner, position);
    addTo(index.byLine, task.raw.line, position);
  });
  return index;
}

/**
 * The first task of the report's people on its topic, written on another line. A task of the same people names
 * the report's first person, so only that person's tasks are looked at, in order.
 */
function reportedTask(
  tasks: (BuiltItem | null)[],
  index: TaskIndex,
  report: StatusReport,
  context: { locale: NotesLocale; wordsOf: TaskWords },
): number {
  const reportWords = [...contentWords(actionKey(report.detail.text), context.locale)];
  for (const position of index.byOwner.get(report.owners[0] ?? '') ?? []) {
    const task = tasks[position];
    if (!task || task.raw.line === report.line || !sameOwners(task, report)) continue;
    const words = context.wordsOf(task);
    if (reportWords.some((word) => words.has(word))) return position;
  }
  return -1;
}

/**
 * Each report completes at most one task: the first of the same people on the same topic written elsewhere. A
 * task read from the report itself ("Lucía sigue trabajando en…") is then that same work, and goes.
 */
export function addStatusReports(tasks: BuiltItem[], lines: NoteLine[], context: BuildContext): BuiltItem[] {
  const reports = lines.flatMap((line) => readReport(line, context.locale) ?? []);
  if (reports.length === 0) return tasks;
  // Tasks that go are set to null rather than taken out, so every position in the index stays right.
  const result: (BuiltItem | null)[] = [...tasks];
  const index = indexTasks(tasks);
  const topics = { locale: context.locale, wordsOf: taskWords(context.locale) };
  for (const report of reports) {
    const position = reportedTask(result, index, report, topics);
    const task = result[position];
    if (!task) continue;
    result[position] = completed(task, report, context);
    for (const onLine of index.byLine.get(report.line) ?? []) {
      const other = result[onLine];
      if (other && sameOwners(other, report)) result[onLine] = null;
    }
  }
  return result.filter((task): task is BuiltItem => task !== null);
}
