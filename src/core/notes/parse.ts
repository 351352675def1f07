// Reads meeting notes into objectives and tasks: settles language and meeting date, walks the lines, builds items.
import { detectDayFirst, detectMeetingDate, type DueDateOptions } from '../dates';
import { smartFlags } from '../smart';
import type {
  Language,
  ParsedObjective,
  ParsedTask,
  ParseOptions,
  ParseResult,
  ParseWarning,
} from '../types';
import { buildObjective, type BuildContext, type BuiltItem } from './common/build';
import { nextMeetingDate } from './common/next-meeting';
import { buildTasks } from './common/later-sentences';
import { readVoices } from './common/context';
import { detectLanguage } from './common/language';
import { splitLines } from './common/lines';
import { capitaliseAttendees } from './common/lowercase-names';
import { resolveOwner } from './common/people';
import type { RawItem } from './common/raw-item';
import { mergeRepeats } from './common/repeats';
import { addStatusReports } from './common/status-reports';
import { applyChatReplies } from './common/chat-replies';
import { readTitle } from './common/title';
import { walkLines } from './common/walk';
import { dropTopicOwners } from './common/topic-owners';
import { taskWarnings, warning } from './common/warnings';
import { notesLocale } from './locales';

interface Setting {
  language: Language;
  dayFirst: boolean;
  meetingDate: string;
  meetingDateFound: boolean;
}

function settle(notes: string, options: ParseOptions): Setting {
  const language = options.language && options.language !== 'auto' ? options.language : detectLanguage(notes);
  const dayFirst = detectDayFirst(notes, language);
  const detected = options.meetingDate ?? detectMeetingDate(notes, language, dayFirst);
  return { language, dayFirst, meetingDate: detected ?? options.today, meetingDateFound: Boolean(detected) };
}

function objectiveIndex(ref: RawItem['objective'], labels: Map<string, number>): number | null {
  if (typeof ref === 'number' || ref === null) return ref;
  return labels.get(ref.toUpperCase()) ?? null;
}

function toObjective(built: BuiltItem, index: number, language: Language): ParsedObjective {
  const dueText = built.due?.text ?? null;
  return {
    id: `O${index + 1}`,
    text: built.text,
    due: built.due?.date ?? null,
    owners: [],
    smart: smartFlags({ text: built.text, dueText: built.due?.date ? dueText : null, language }),
    line: built.raw.line,
    dueSpan: built.due?.span ?? null,
    dueText,
  };
}

function toTask(
  built: BuiltItem,
  index: number,
  objective: number | null,
  options: ParseOptions,
): ParsedTask {
  const people = options.people ?? [];
  return {
    id: `T${index + 1}`,
    text: built.text,
    owners: [...new Set(built.owners.map((owner) => resolveOwner(owner, people)))],
    due: built.due?.date ?? null,
    priority: built.priority,
    objective: objective === null ? null : `O${objective + 1}`,
    line: built.raw.line,
    ownerSpan: built.ownerSpan,
    dueSpan: built.due?.span ?? null,
    dueText: built.due?.text ?? null,
  };
}

/** The parser without its safety net: tests call it so a crash on odd input shows up. */
export function parseNotesUnguarded(written: string, options: ParseOptions): ParseResult {
  const setting = settle(written, options);
  const locale = notesLocale(setting.language);
  const notes = capitaliseAttendees(written, locale);
  const lines = splitLines(notes);
  const other = notesLocale(setting.language === 'es' ? 'en' : 'es');
  const dates: DueDateOptions = {
    reference: setting.meetingDate,
    language: setting.language,
    dayFirst: setting.dayFirst,
  };
  const context: BuildContext = {
    locale,
    locales: [locale, other],
    dates,
    nextMeeting: nextMeetingDate(notes, locale, dates),
  };
  const title = readTitle(lines, context.locales);
  const walked = walkLines({
    lines,
    titleLine: title ? 1 : null,
    locale,
    locales: context.locales,
    voices: readVoices(notes, lines, locale, options.people ?? []),
    dates,
  });
  const builtObjectives = walked.items.filter((item) => item.kind === 'objective');
  const labels = new Map<string, number>();
  builtObjectives.forEach(
    (item, index) => typeof item.objective === 'string' && labels.set(item.objective, index),
  );
  const objectives = builtObjectives
    .map((item) => buildObjective(item, context))
    .filter((built): built is BuiltItem => built !== null)
    .map((built, index) => toObjective(built, index, setting.language));
  const built = walked.items
    .filter((item) => item.kind === 'task')
    .flatMap((item) => buildTasks(item, context));
  const answered = applyChatReplies(built, lines, context);
  const merged = mergeRepeats(dropTopicOwners(answered, notes, options.people ?? []), locale);
  const builtTasks = addStatusReports(merged, lines, context);
  const tasks = builtTasks.map((built, index) => {
    const objective = objectiveIndex(built.raw.objective, labels);
    return toTask(
      built,
      index,
      objective !== null && objective < objectives.length ? objective : null,
      options,
    );
  });
  const warnings: ParseWarning[] = [
    ...walked.placeholderLines.map((line) => warning(setting.language, 'placeholder', line)),
    ...tasks.flatMap((task, index) =>
      taskWarnings(task, builtTasks[index] as BuiltItem, setting.language, options.people),
    ),
  ];
  if (!setting.meetingDateFound) warnings.unshift(warning(setting.language, 'no-meeting-date', 1));
  return { meetingDate: setting.meetingDate, language: setting.language, objectives, tasks, warnings, title };
}
