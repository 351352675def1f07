// A person's report on work under way ("Darren still working on discussions: …") completes their terse item on it.
import type { NotesLocale } from '../locales';
import { dueInField, type BuildContext, type BuiltItem } from './build';
import type { NoteLine } from './lines';
import { readNameList } from './names';
import type { FieldText } from './raw-item';
import { actionKey, contentWords } from './repeats';

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

/** The report is about the item: they share a word that carries meaning ("ToS", "discussions"). */
function sameTopic(task: BuiltItem, report: StatusReport, locale: NotesLocale): boolean {
  const taskWords = contentWords(actionKey(task.text), locale);
  return [...contentWords(actionKey(report.detail.text), locale)].some((word) => taskWords.has(word));
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

/**
 * Each report completes at most one task: the first of the same people on the same topic written elsewhere. A
 * task read from the report itself ("Lucía sigue trabajando en…") is then that same work, and goes.
 */
export function addStatusReports(tasks: BuiltItem[], lines: NoteLine[], context: BuildContext): BuiltItem[] {
  const reports = lines.flatMap((line) => readReport(line, context.locale) ?? []);
  if (reports.length === 0) return tasks;
  let result = [...tasks];
  for (const report of reports) {
    const index = result.findIndex(
      (task) =>
        task.raw.line !== report.line && sameOwners(task, report) && sameTopic(task, report, context.locale),
    );
    const task = result[index];
    if (!task) continue;
    result[index] = completed(task, report, context);
    result = result.filter((other) => other.raw.line !== report.line || !sameOwners(other, report));
  }
  return result;
}
