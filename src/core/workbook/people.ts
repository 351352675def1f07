// Plans the People tab's upsert by name (accents and case ignored) and the Follow-up log's appended rows.
import { SHEET_STRINGS } from '../i18n/sheet';
import type { FollowUpLogRecord, Language, PersonRecord } from '../types';
import type { TabLayout } from './layout';
import { rowReaders } from './records';
import { normaliseText } from './text';
import { appendWrite, rowsWrite, type RowCells, type TabWrite } from './writes';

function personCells(person: PersonRecord, language: Language): RowCells {
  return {
    name: person.name.trim(),
    aliases: person.aliases.join(', '),
    email: person.email.trim(),
    role: SHEET_STRINGS[language].roles[person.role],
  };
}

/** One write per person already listed (their rows may be anywhere after a sort) and one for the new ones. */
export function planPeople(layout: TabLayout, people: PersonRecord[], language: Language): TabWrite[] {
  const rowByName = new Map(
    rowReaders(layout).map((reader) => [normaliseText(reader.text('name')), reader.row]),
  );
  const writes: TabWrite[] = [];
  const newPeople = new Map<string, RowCells>();
  for (const person of people) {
    const name = normaliseText(person.name);
    if (!name) continue;
    const row = rowByName.get(name);
    if (row === undefined) newPeople.set(name, personCells(person, language));
    else writes.push(rowsWrite(layout, row, [personCells(person, language)], false));
  }
  const append = appendWrite(layout, [...newPeople.values()]);
  return append ? [...writes, append] : writes;
}

export function planFollowUpLog(layout: TabLayout, records: FollowUpLogRecord[]): TabWrite | null {
  return appendWrite(
    layout,
    records.map((record) => ({
      sentOn: record.sentOn,
      to: record.to,
      overdue: record.overdue,
      dueThisWeek: record.dueThisWeek,
      done: record.done,
      result: record.result,
    })),
  );
}
