// The plain data shapes that cross every seam: parser output, sheet snapshot, dates as YYYY-MM-DD strings.

/** A calendar date as `YYYY-MM-DD`; never a `Date`, so it survives google.script.run and JSON. */
export type IsoDate = string;

export type Language = 'es' | 'en';

export type Priority = 'high' | 'medium' | 'low';

/** Half-open character range [start, end) into the text the parser read. */
export interface Span {
  start: number;
  end: number;
}

export type WarningCode =
  | 'no-owner'
  | 'no-date'
  | 'ambiguous-date'
  | 'past-date'
  | 'unknown-owner'
  | 'placeholder'
  | 'no-meeting-date'
  | 'empty-notes';

export interface ParseWarning {
  /** 1-based line of the input. */
  line: number;
  code: WarningCode;
  message: string;
  /** Id of the task or objective the warning is about, when there is one. */
  item?: string;
}

/** S, M and T are read from the text; A and R cannot be, so they start unknown (null). */
export interface SmartFlags {
  specific: boolean;
  measurable: boolean;
  achievable: boolean | null;
  realistic: boolean | null;
  timeBound: boolean;
}

export interface ParsedObjective {
  id: string;
  text: string;
  due: IsoDate | null;
  owners: string[];
  smart: SmartFlags;
  line: number;
  /** Where the deadline phrase was read, for the preview's highlight. */
  dueSpan?: Span | null;
  /** The deadline phrase as written ("antes del 30/06"). */
  dueText?: string | null;
}

export interface ParsedTask {
  id: string;
  text: string;
  owners: string[];
  due: IsoDate | null;
  priority: Priority | null;
  objective: string | null;
  line: number;
  ownerSpan?: Span | null;
  dueSpan?: Span | null;
  /** The deadline phrase as written ("el viernes"), so the preview can say "viernes → vie 13/03". */
  dueText?: string | null;
}

export interface ParseResult {
  meetingDate: IsoDate | null;
  language: Language;
  objectives: ParsedObjective[];
  tasks: ParsedTask[];
  warnings: ParseWarning[];
  /** A title read from the notes' first line, when it looks like one. */
  title?: string | null;
}

export interface ParseOptions {
  /** The meeting date; when absent the parser looks for one in the notes, then falls back to `today`. */
  meetingDate?: IsoDate | null;
  /** Today in the spreadsheet's time zone: the last fallback for the meeting date. */
  today: IsoDate;
  language?: Language | 'auto';
  /** People known from the People tab, so "yo", "la asistente", aliases map to names. */
  people?: PersonRecord[];
}

export type PersonRole = 'assistant' | 'client' | 'team';

export interface PersonRecord {
  name: string;
  aliases: string[];
  email: string;
  role: PersonRole;
}

export type TaskStatus = 'todo' | 'in-progress' | 'done' | 'blocked';

/** A task row as it stands in the sheet (the client may have edited any of it). */
export interface TaskRecord {
  key: string;
  id: string;
  text: string;
  objectiveId: string;
  owners: string[];
  priority: Priority | null;
  due: IsoDate | null;
  status: TaskStatus;
  completedOn: IsoDate | null;
  meetingDate: IsoDate | null;
  notes: string;
  /** 1-based sheet row, for links that select it. */
  row: number;
}

export interface ObjectiveRecord {
  key: string;
  id: string;
  text: string;
  smart: SmartFlags;
  due: IsoDate | null;
  owners: string[];
  meetingDate: IsoDate | null;
  row: number;
}

export interface MeetingRecord {
  date: IsoDate;
  title: string;
  notes: string;
  importedOn: IsoDate | null;
}

export interface FollowUpLogRecord {
  sentOn: IsoDate;
  to: string;
  overdue: number;
  dueThisWeek: number;
  done: number;
  result: string;
}

/** Everything the follow-up and the import plan need, read once from the tabs. */
export interface WorkbookSnapshot {
  objectives: ObjectiveRecord[];
  tasks: TaskRecord[];
  meetings: MeetingRecord[];
  people: PersonRecord[];
  followUpLog: FollowUpLogRecord[];
}
