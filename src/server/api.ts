// Request and result types of every function the sidebar calls; the sidebar imports these types only.
import type { Playbook, PlaybookProblem } from '../core/playbooks';
import type { IsoDate, Language, PersonRecord, Priority, SmartFlags } from '../core/types';

export interface ImportObjective {
  /** The preview's id ("O1"), used only to link tasks within this request. */
  id: string;
  text: string;
  due: IsoDate | null;
  owners: string[];
  smart: SmartFlags;
}

export interface ImportTask {
  id: string;
  text: string;
  owners: string[];
  due: IsoDate | null;
  priority: Priority | null;
  /** The preview id of its objective in this request, or null. */
  objective: string | null;
}

export interface ImportRequest {
  meeting: { date: IsoDate; title: string; notes: string };
  language: Language;
  objectives: ImportObjective[];
  tasks: ImportTask[];
}

export interface ImportResult {
  objectivesAdded: number;
  objectivesExisting: number;
  tasksAdded: number;
  tasksExisting: number;
  meetingAdded: boolean;
  /** Name of the Tasks tab and the 1-based rows the import added there, for "select the new rows". */
  tasksSheet: string;
  addedRows: number[];
  /** A sentence for the VA, in the request's language ("6 tareas agregadas, 2 ya estaban"). */
  message: string;
}

export interface Draft {
  meetingDate: IsoDate | null;
  title: string;
  notes: string;
}

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

export interface FollowUpSettings {
  enabled: boolean;
  weekday: Weekday;
  /** 0-23, in the spreadsheet's time zone. */
  hour: number;
  sendToClient: boolean;
  copyAssistant: boolean;
  sendToOwners: boolean;
  sendWhenEmpty: boolean;
  language: Language;
}

export interface FollowUpStatus {
  installed: boolean;
  installedBy: string | null;
  nextRun: string | null;
  lastRun: string | null;
  lastResult: string | null;
  quotaLeft: number;
}

export interface SidebarState {
  language: Language;
  timeZone: string;
  locale: string;
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  people: PersonRecord[];
  draft: Draft | null;
  followUp: FollowUpSettings;
  /** The Playbooks tab as the VA left it (the defaults before the first import), and rows it could not read. */
  playbooks: Playbook[];
  playbookProblems: PlaybookProblem[];
}

export interface EmailPreview {
  to: string;
  cc: string;
  subject: string;
  htmlBody: string;
  body: string;
}
