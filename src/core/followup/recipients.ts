// Who gets a digest: the client (the VA in copy) with every task, and each owner with only theirs.
import type { FollowUpSettings } from '../../server/api';
import { FOLLOW_UP_STRINGS } from '../i18n/followup';
import type { PersonRecord, PersonRole, TaskRecord } from '../types';
import { normaliseText } from '../workbook/text';
import type { Recipient } from './types';
import type { DigestWindow } from './week';

/** One plain address: a comma or a display name in the People cell would smuggle in more recipients. */
const PLAIN_EMAIL = /^[^\s@,;<>"'()]+@[^\s@,;<>"'()]+\.[^\s@,;<>"'()]+$/;

/** Owners that name the whole team, not a person (labelling.md): their tasks reach everyone via the client digest. */
const TEAM_WIDE_OWNERS = new Set(['everyone', 'todos', 'equipo', 'el equipo', 'team', 'the team']);

function emailOf(person: PersonRecord): string | null {
  const email = person.email.trim().toLowerCase();
  return PLAIN_EMAIL.test(email) ? email : null;
}

function namesOf(person: PersonRecord): string[] {
  return [person.name, ...person.aliases].map(normaliseText).filter(Boolean);
}

/** The tasks an owner digest lists: any of the task's (normalised) owners is one of the person's names. */
export function ownsTask(ownerNames: string[], taskOwners: string[]): boolean {
  return taskOwners.some((owner) => ownerNames.includes(owner));
}

function peopleWithRole(people: PersonRecord[], role: PersonRole): PersonRecord[] {
  return people.filter((person) => person.role === role);
}

function emailsOf(people: PersonRecord[]): string[] {
  return people.map(emailOf).filter((email): email is string => email !== null);
}

function clientRecipients(people: PersonRecord[], settings: FollowUpSettings): Recipient[] {
  const clients = settings.sendToClient ? peopleWithRole(people, 'client') : [];
  const to = emailsOf(clients);
  const cc = settings.copyAssistant ? emailsOf(peopleWithRole(people, 'assistant')) : [];
  const recipients: Recipient[] = [];
  const names =
    clients.map((client) => client.name).join(', ') || FOLLOW_UP_STRINGS[settings.language].clientRole;
  // With no client address the VA still gets the copy they asked for, as its addressee.
  if (to.length + cc.length > 0)
    recipients.push({
      audience: 'client',
      name: names,
      to: to.length ? to : cc,
      cc: to.length ? cc : [],
      ownerNames: [],
    });
  const withoutEmail = clients.filter((client) => emailOf(client) === null);
  if (settings.sendToClient && clients.length === 0) withoutEmail.push(placeholderClient(settings));
  for (const client of withoutEmail)
    recipients.push({ audience: 'client', name: client.name, to: [], cc: [], ownerNames: [] });
  return recipients;
}

function placeholderClient(settings: FollowUpSettings): PersonRecord {
  return { name: FOLLOW_UP_STRINGS[settings.language].clientRole, aliases: [], email: '', role: 'client' };
}

/** Owners with something this week: an open task, or one done within the window. */
function activeOwners(tasks: TaskRecord[], window: DigestWindow): string[] {
  const owners = new Map<string, string>();
  for (const task of tasks) {
    const recentlyDone = task.completedOn !== null && task.completedOn >= window.doneSince;
    if (task.status === 'done' && !recentlyDone) continue;
    for (const owner of task.owners) {
      const normalised = normaliseText(owner);
      if (normalised && !TEAM_WIDE_OWNERS.has(normalised) && !owners.has(normalised))
        owners.set(normalised, owner);
    }
  }
  return [...owners.values()];
}

function ownerRecipients(people: PersonRecord[], tasks: TaskRecord[], window: DigestWindow): Recipient[] {
  const byPerson = new Map<PersonRecord | string, Recipient>();
  for (const owner of activeOwners(tasks, window)) {
    const normalised = normaliseText(owner);
    const person = people.find((candidate) => namesOf(candidate).includes(normalised));
    const email = person ? emailOf(person) : null;
    const identity = person ?? normalised;
    if (byPerson.has(identity)) continue;
    byPerson.set(identity, {
      audience: 'owner',
      name: person?.name ?? owner,
      to: email ? [email] : [],
      cc: [],
      ownerNames: person ? namesOf(person) : [normalised],
    });
  }
  return [...byPerson.values()];
}

/** Everyone this week's follow-up is for; an owner already reading the client's digest gets no second one. */
export function recipientsOf(
  people: PersonRecord[],
  tasks: TaskRecord[],
  settings: FollowUpSettings,
  window: DigestWindow,
): Recipient[] {
  const clients = clientRecipients(people, settings);
  if (!settings.sendToOwners) return clients;
  const readingAll = new Set(clients.flatMap((recipient) => [...recipient.to, ...recipient.cc]));
  const owners = ownerRecipients(people, tasks, window).filter(
    (recipient) => !recipient.to.some((email) => readingAll.has(email)),
  );
  return [...clients, ...owners];
}

/** The recipient's identity for dedupe keys and the log's "To" column. */
export function addressKey(recipient: Recipient): string {
  return recipient.to.length ? [...recipient.to].sort().join(',') : `(${normaliseText(recipient.name)})`;
}
