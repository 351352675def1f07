// The flags a task card shows (no owner, unknown owner, no date, ambiguous or past date) and the warnings left to spell out.
import type { IsoDate, ParseWarning, PersonRecord } from '../core/types';
import { splitOwners, taskKey, type TaskRow } from './view-model';

export type TaskFlag = 'noOwner' | 'unknownOwner' | 'noDate' | 'ambiguousDate' | 'pastDate';

function knownNames(people: PersonRecord[]): Set<string> {
  const names = people.flatMap((person) => [person.name, ...person.aliases]);
  return new Set([...names.map(taskKey), 'everyone']);
}

/** The flags a row shows: unknown owners only when People has anyone to compare with. */
export function taskFlags(row: TaskRow, people: PersonRecord[], meetingDate: IsoDate | null): TaskFlag[] {
  const flags: TaskFlag[] = [];
  const owners = splitOwners(row.fields.owner);
  if (owners.length === 0) flags.push('noOwner');
  const known = knownNames(people);
  if (people.length > 0 && owners.some((owner) => !known.has(taskKey(owner)))) flags.push('unknownOwner');
  if (!row.fields.due) flags.push('noDate');
  const dueUnchanged = row.fields.due === row.task.due;
  if (dueUnchanged && row.warnings.some((warning) => warning.code === 'ambiguous-date'))
    flags.push('ambiguousDate');
  const pastByWarning = dueUnchanged && row.warnings.some((warning) => warning.code === 'past-date');
  const pastByDate = row.fields.due !== null && meetingDate !== null && row.fields.due < meetingDate;
  if (pastByWarning || pastByDate) flags.push('pastDate');
  return flags;
}

/** Warnings the row's flags already say; the others are shown as sentences under the row. */
const FLAGGED_CODES: ReadonlySet<ParseWarning['code']> = new Set([
  'no-owner',
  'no-date',
  'ambiguous-date',
  'past-date',
  'unknown-owner',
]);

export function unflaggedWarnings(warnings: ParseWarning[]): ParseWarning[] {
  return warnings.filter((warning) => !FLAGGED_CODES.has(warning.code));
}
