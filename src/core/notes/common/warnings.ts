// Warnings the sidebar shows next to an item: missing owner or date, doubtful dates, owners not in People.
import type { Language, ParsedTask, ParseWarning, PersonRecord, WarningCode } from '../../types';
import type { BuiltItem } from './build';
import { EVERYONE } from './names';

const MESSAGES: Record<Language, Record<WarningCode, string>> = {
  es: {
    'no-owner': 'La tarea no tiene responsable.',
    'no-date': 'La tarea no tiene fecha.',
    'ambiguous-date': 'La fecha puede leerse de dos maneras; revisala.',
    'past-date': 'La fecha ya pasó; no se asignó vencimiento.',
    'unknown-owner': 'El responsable no está en la pestaña Personas.',
    placeholder: 'Línea de plantilla sin completar; se ignoró.',
    'no-meeting-date': 'Las notas no dicen la fecha de la reunión; se usó la de hoy.',
    'empty-notes': 'Las notas están vacías.',
  },
  en: {
    'no-owner': 'The task has no owner.',
    'no-date': 'The task has no due date.',
    'ambiguous-date': 'The date can be read two ways; check it.',
    'past-date': 'The date is in the past; no due date was set.',
    'unknown-owner': 'The owner is not in the People tab.',
    placeholder: 'Unfilled template line; ignored.',
    'no-meeting-date': 'The notes do not state the meeting date; today was used.',
    'empty-notes': 'The notes are empty.',
  },
};

export function warning(language: Language, code: WarningCode, line: number, item?: string): ParseWarning {
  return item === undefined
    ? { line, code, message: MESSAGES[language][code] }
    : { line, code, message: MESSAGES[language][code], item };
}

function isKnown(owner: string, people: PersonRecord[]): boolean {
  const folded = owner.toLowerCase();
  return (
    owner === EVERYONE ||
    people.some((person) => [person.name, ...person.aliases].some((name) => name.toLowerCase() === folded))
  );
}

export function taskWarnings(
  task: ParsedTask,
  built: BuiltItem,
  language: Language,
  people: PersonRecord[] | undefined,
): ParseWarning[] {
  const found: WarningCode[] = [];
  if (task.owners.length === 0) found.push('no-owner');
  if (built.due?.past) found.push('past-date');
  else if (!task.due) found.push('no-date');
  if (built.due?.ambiguous) found.push('ambiguous-date');
  if (people && people.length > 0 && task.owners.some((owner) => !isKnown(owner, people)))
    found.push('unknown-owner');
  return found.map((code) => warning(language, code, task.line, task.id));
}
