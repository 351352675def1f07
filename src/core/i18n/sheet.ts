// The spreadsheet's strings in Spanish and English: tab names, headers, dropdown values and messages.
import type { Language, PersonRole, Priority, TaskStatus } from '../types';

export type TabId = 'objectives' | 'tasks' | 'meetings' | 'people' | 'followUp';

export type ColumnId =
  | 'id'
  | 'objective'
  | 'specific'
  | 'measurable'
  | 'achievable'
  | 'realistic'
  | 'timeBound'
  | 'due'
  | 'owner'
  | 'progress'
  | 'meeting'
  | 'key'
  | 'task'
  | 'priority'
  | 'status'
  | 'completedOn'
  | 'notes'
  | 'date'
  | 'title'
  | 'objectives'
  | 'tasks'
  | 'importedOn'
  | 'name'
  | 'aliases'
  | 'email'
  | 'role'
  | 'sentOn'
  | 'to'
  | 'overdue'
  | 'dueThisWeek'
  | 'done'
  | 'result';

export interface SheetMessages {
  objectivesAdded: (count: number) => string;
  tasksAdded: (count: number) => string;
  alreadyInSheet: (count: number) => string;
  meetingSaved: string;
  meetingAlreadySaved: string;
  notesTruncated: (kept: number) => string;
  damagedLayout: (tab: string, problems: string) => string;
  duplicateColumn: (header: string) => string;
  unreadableHeader: string;
  repairedTab: (tab: string) => string;
  repairedColumn: (tab: string, header: string) => string;
  repairedHeader: (tab: string) => string;
  renamedDuplicate: (tab: string, header: string) => string;
  smartMissing: { specific: string; measurable: string; timeBound: string };
}

export interface SheetStrings {
  tabs: Record<TabId, string>;
  /** Headers by tab, since "Objetivo"/"Notas" mean different columns on different tabs. */
  headers: Record<TabId, Partial<Record<ColumnId, string>>>;
  statuses: Record<TaskStatus, string>;
  priorities: Record<Priority, string>;
  roles: Record<PersonRole, string>;
  messages: SheetMessages;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const SHEET_STRINGS: Record<Language, SheetStrings> = {
  es: {
    tabs: {
      objectives: 'Objetivos',
      tasks: 'Tareas',
      meetings: 'Reuniones',
      people: 'Personas',
      followUp: 'Seguimiento',
    },
    headers: {
      objectives: {
        id: 'ID',
        objective: 'Objetivo',
        specific: 'S',
        measurable: 'M',
        achievable: 'A',
        realistic: 'R',
        timeBound: 'T',
        due: 'Fecha límite',
        owner: 'Responsable',
        progress: 'Avance',
        meeting: 'Reunión',
        key: 'Clave',
      },
      tasks: {
        id: 'ID',
        task: 'Tarea',
        objective: 'Objetivo',
        owner: 'Responsable',
        priority: 'Prioridad',
        due: 'Fecha límite',
        status: 'Estado',
        completedOn: 'Completada el',
        meeting: 'Reunión',
        notes: 'Notas',
        key: 'Clave',
      },
      meetings: {
        date: 'Fecha',
        title: 'Título',
        notes: 'Notas',
        objectives: 'Objetivos',
        tasks: 'Tareas',
        importedOn: 'Importado el',
        key: 'Clave',
      },
      people: { name: 'Nombre', aliases: 'Alias', email: 'Email', role: 'Rol' },
      followUp: {
        sentOn: 'Enviado el',
        to: 'Para',
        overdue: 'Vencidas',
        dueThisWeek: 'Esta semana',
        done: 'Completadas',
        result: 'Resultado',
      },
    },
    statuses: { todo: 'Pendiente', 'in-progress': 'En curso', done: 'Hecha', blocked: 'Bloqueada' },
    priorities: { high: 'Alta', medium: 'Media', low: 'Baja' },
    roles: { assistant: 'Asistente', client: 'Cliente', team: 'Equipo' },
    messages: {
      objectivesAdded: (count) => plural(count, 'objetivo agregado', 'objetivos agregados'),
      tasksAdded: (count) => plural(count, 'tarea agregada', 'tareas agregadas'),
      alreadyInSheet: (count) => `${count} ya ${count === 1 ? 'estaba' : 'estaban'} en la hoja`,
      meetingSaved: 'reunión guardada',
      meetingAlreadySaved: 'la reunión ya estaba guardada',
      notesTruncated: (kept) =>
        `(notas recortadas a los primeros ${kept} caracteres: una celda no admite más)`,
      damagedLayout: (tab, problems) =>
        `La pestaña "${tab}" está dañada (${problems}). No se importó nada: usá minuta › Reparar hoja y volvé a importar.`,
      duplicateColumn: (header) => `la columna "${header}" aparece dos veces`,
      unreadableHeader: 'no se reconoce la fila de encabezados',
      repairedTab: (tab) => `Pestaña "${tab}" creada`,
      repairedColumn: (tab, header) => `Columna "${header}" agregada en "${tab}"`,
      repairedHeader: (tab) => `Fila de encabezados agregada en "${tab}"`,
      renamedDuplicate: (tab, header) => `Columna repetida "${header}" renombrada en "${tab}"`,
      smartMissing: {
        specific: 'Decí qué se va a lograr, con un verbo concreto, para que sea específico.',
        measurable: 'Agregá un número para que sea medible.',
        timeBound: 'Agregá una fecha límite para que tenga plazo.',
      },
    },
  },
  en: {
    tabs: {
      objectives: 'Objectives',
      tasks: 'Tasks',
      meetings: 'Meetings',
      people: 'People',
      followUp: 'Follow-up log',
    },
    headers: {
      objectives: {
        id: 'ID',
        objective: 'Objective',
        specific: 'S',
        measurable: 'M',
        achievable: 'A',
        realistic: 'R',
        timeBound: 'T',
        due: 'Due date',
        owner: 'Owner',
        progress: 'Progress',
        meeting: 'Meeting',
        key: 'Key',
      },
      tasks: {
        id: 'ID',
        task: 'Task',
        objective: 'Objective',
        owner: 'Owner',
        priority: 'Priority',
        due: 'Due date',
        status: 'Status',
        completedOn: 'Completed on',
        meeting: 'Meeting',
        notes: 'Notes',
        key: 'Key',
      },
      meetings: {
        date: 'Date',
        title: 'Title',
        notes: 'Notes',
        objectives: 'Objectives',
        tasks: 'Tasks',
        importedOn: 'Imported on',
        key: 'Key',
      },
      people: { name: 'Name', aliases: 'Aliases', email: 'Email', role: 'Role' },
      followUp: {
        sentOn: 'Sent on',
        to: 'To',
        overdue: 'Overdue',
        dueThisWeek: 'This week',
        done: 'Completed',
        result: 'Result',
      },
    },
    statuses: { todo: 'To do', 'in-progress': 'In progress', done: 'Done', blocked: 'Blocked' },
    priorities: { high: 'High', medium: 'Medium', low: 'Low' },
    roles: { assistant: 'Assistant', client: 'Client', team: 'Team' },
    messages: {
      objectivesAdded: (count) => plural(count, 'objective added', 'objectives added'),
      tasksAdded: (count) => plural(count, 'task added', 'tasks added'),
      alreadyInSheet: (count) => `${count} already in the sheet`,
      meetingSaved: 'meeting saved',
      meetingAlreadySaved: 'the meeting was already saved',
      notesTruncated: (kept) => `(notes cut to their first ${kept} characters: a cell holds no more)`,
      damagedLayout: (tab, problems) =>
        `The "${tab}" tab is damaged (${problems}). Nothing was imported: use minuta › Repair sheet, then import again.`,
      duplicateColumn: (header) => `the "${header}" column appears twice`,
      unreadableHeader: 'the header row is not recognised',
      repairedTab: (tab) => `Tab "${tab}" created`,
      repairedColumn: (tab, header) => `Column "${header}" added to "${tab}"`,
      repairedHeader: (tab) => `Header row added to "${tab}"`,
      renamedDuplicate: (tab, header) => `Repeated column "${header}" renamed in "${tab}"`,
      smartMissing: {
        specific: 'Say what will be achieved, with a concrete verb, to make it specific.',
        measurable: 'Add a number to make it measurable.',
        timeBound: 'Add a deadline to make it time-bound.',
      },
    },
  },
};
