// The weekly follow-up email's strings and its log and status sentences, in Spanish and English.
import type { Language } from '../types';

export interface FollowUpSectionTitles {
  overdue: string;
  dueSoon: string;
  doneRecently: string;
  blocked: string;
  objectives: string;
  controls: string;
}

export interface FollowUpStrings {
  subject: (spreadsheetName: string, weekStart: string) => string;
  heading: string;
  /** "Semana del lun 23 nov · Plan de Ana": the line under the heading. */
  intro: (weekStart: string, spreadsheetName: string) => string;
  ownerIntro: (name: string) => string;
  sections: FollowUpSectionTitles;
  nothingThisWeek: string;
  more: (count: number) => string;
  dueOn: (date: string) => string;
  wasDueOn: (date: string) => string;
  doneOn: (date: string) => string;
  noOwner: string;
  noDate: string;
  noTasks: string;
  progress: (done: number, total: number) => string;
  openSheet: string;
  priorities: { high: string; medium: string; low: string };
  weekdays: string[];
  months: string[];
  formatDate: (weekday: string, day: number, month: string) => string;
  /** Who a recipient is when People names no one for the role. */
  clientRole: string;
  log: FollowUpLogStrings;
}

export interface FollowUpLogStrings {
  /** Every sent row starts with this word, in either language, so a log row can be read back as "sent". */
  sent: string;
  sentLine: (week: string, cc: string) => string;
  queued: (week: string) => string;
  noEmail: string;
  empty: string;
  alreadySent: (week: string) => string;
  disabled: string;
  replaced: (week: string, by: string) => string;
  failed: (week: string, message: string) => string;
  runFailed: (message: string) => string;
  summary: (counts: { sent: number; queued: number; skipped: number; failed: number }) => string;
}

const count = (value: number, one: string, many: string): string => `${value} ${value === 1 ? one : many}`;

const ES: FollowUpStrings = {
  subject: (name, weekStart) => `Seguimiento semanal · ${name} · semana del ${weekStart}`,
  heading: 'Seguimiento semanal',
  intro: (weekStart, name) => `Semana del ${weekStart} · ${name}`,
  ownerIntro: (name) => `Tus tareas, ${name}`,
  sections: {
    overdue: 'Vencidas',
    dueSoon: 'Vencen en los próximos 7 días',
    doneRecently: 'Completadas en los últimos 7 días',
    blocked: 'Bloqueadas',
    objectives: 'Objetivos',
    controls: 'Sin responsable o sin fecha',
  },
  nothingThisWeek: 'Nada vencido, por vencer ni completado esta semana.',
  more: (value) => `y ${value} más: mirá la planilla`,
  dueOn: (date) => `vence ${date}`,
  wasDueOn: (date) => `venció ${date}`,
  doneOn: (date) => `completada ${date}`,
  noOwner: 'sin responsable',
  noDate: 'sin fecha',
  noTasks: 'sin tareas',
  progress: (done, total) => `${done} de ${total} tareas hechas`,
  openSheet: 'Abrir la planilla',
  priorities: { high: 'prioridad alta', medium: 'prioridad media', low: 'prioridad baja' },
  weekdays: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  formatDate: (weekday, day, month) => `${weekday} ${day} ${month}`,
  clientRole: 'Cliente',
  log: {
    sent: 'Enviado',
    sentLine: (week, cc) => `Enviado · ${week}${cc ? ` · cc: ${cc}` : ''}`,
    queued: (week) => `En cola · ${week} · sin cuota de email hoy: sale en la próxima ejecución`,
    noEmail: 'Omitido · no tiene email en Personas',
    empty: 'Omitido · no hay nada que contar esta semana',
    alreadySent: (week) => `Omitido · ya se envió el de ${week}`,
    disabled: 'Omitido · el seguimiento está apagado',
    replaced: (week, by) => `Reemplazado · el de ${week} en cola sale como ${by}`,
    failed: (week, message) => `Error · ${week} · ${message} · se reintenta en la próxima ejecución`,
    runFailed: (message) => `Error · el seguimiento no pudo ejecutarse: ${message}`,
    summary: ({ sent, queued, skipped, failed }) =>
      [
        count(sent, 'enviado', 'enviados'),
        `${queued} en cola`,
        count(skipped, 'omitido', 'omitidos'),
        ...(failed ? [`${failed} con error`] : []),
      ].join(', '),
  },
};

const EN: FollowUpStrings = {
  subject: (name, weekStart) => `Weekly follow-up · ${name} · week of ${weekStart}`,
  heading: 'Weekly follow-up',
  intro: (weekStart, name) => `Week of ${weekStart} · ${name}`,
  ownerIntro: (name) => `Your tasks, ${name}`,
  sections: {
    overdue: 'Overdue',
    dueSoon: 'Due in the next 7 days',
    doneRecently: 'Done in the last 7 days',
    blocked: 'Blocked',
    objectives: 'Objectives',
    controls: 'Missing an owner or a date',
  },
  nothingThisWeek: 'Nothing overdue, due or done this week.',
  more: (value) => `and ${value} more: see the sheet`,
  dueOn: (date) => `due ${date}`,
  wasDueOn: (date) => `was due ${date}`,
  doneOn: (date) => `done ${date}`,
  noOwner: 'no owner',
  noDate: 'no date',
  noTasks: 'no tasks',
  progress: (done, total) => `${done} of ${total} tasks done`,
  openSheet: 'Open the sheet',
  priorities: { high: 'high priority', medium: 'medium priority', low: 'low priority' },
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  formatDate: (weekday, day, month) => `${weekday}, ${month} ${day}`,
  clientRole: 'Client',
  log: {
    sent: 'Sent',
    sentLine: (week, cc) => `Sent · ${week}${cc ? ` · cc: ${cc}` : ''}`,
    queued: (week) => `Queued · ${week} · no email quota left today: goes at the next run`,
    noEmail: 'Skipped · no email in People',
    empty: 'Skipped · nothing to report this week',
    alreadySent: (week) => `Skipped · ${week} was already sent`,
    disabled: 'Skipped · the follow-up is turned off',
    replaced: (week, by) => `Replaced · the queued ${week} goes as ${by}`,
    failed: (week, message) => `Error · ${week} · ${message} · retried at the next run`,
    runFailed: (message) => `Error · the follow-up could not run: ${message}`,
    summary: ({ sent, queued, skipped, failed }) =>
      [
        `${sent} sent`,
        `${queued} queued`,
        `${skipped} skipped`,
        ...(failed ? [`${failed} failed`] : []),
      ].join(', '),
  },
};

export const FOLLOW_UP_STRINGS: Record<Language, FollowUpStrings> = { es: ES, en: EN };
