// The sidebar's strings in Spanish and English: labels, hints, counts and messages the VA reads.
import type { Language, Priority } from '../types';

export type SmartLetter = 'specific' | 'measurable' | 'achievable' | 'realistic' | 'timeBound';

export type WeekdayName = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

export interface PreviewCounts {
  objectives: number;
  tasks: number;
  withoutOwner: number;
}

export interface SidebarStrings {
  notesTab: string;
  settingsTab: string;
  meetingDate: string;
  title: string;
  titlePlaceholder: string;
  notes: string;
  notesPlaceholder: string;
  previewHeading: string;
  emptyPreview: string;
  objectivesHeading: string;
  tasksHeading: string;
  counts: (counts: PreviewCounts) => string;
  smartLetters: Record<SmartLetter, string>;
  smartNames: Record<SmartLetter, string>;
  smartUnknown: string;
  coach: {
    /** The expandable section under each objective. */
    toggle: string;
    rewriteHeading: string;
    useRewrite: string;
    /** Under the objective's text box once the rewrite is in: the blanks are the VA's to fill. */
    fillBlanks: string;
    objectiveText: string;
    /** The checkbox that confirms A or R after asking the questions. */
    confirm: (letterName: string) => string;
  };
  /**
   * The playbook button and note, the same words as PLAYBOOK_STRINGS (a test keeps them equal): that
   * module also holds the default playbooks and the tab's messages, which the sidebar must not bundle.
   */
  playbook: { expandLabel: (stepCount: number) => string; countedFromMeeting: string };
  /** Takes back a playbook expansion. */
  undoExpand: string;
  include: string;
  taskText: string;
  owner: string;
  priority: string;
  priorities: Record<Priority | 'none', string>;
  dueDate: string;
  objective: string;
  noObjective: string;
  flags: {
    noOwner: string;
    unknownOwner: string;
    noDate: string;
    ambiguousDate: string;
    pastDate: string;
  };
  insert: string;
  inserting: string;
  showNewRows: string;
  nothingToInsert: string;
  loading: string;
  serverError: (message: string) => string;
  /** The parser could not be fetched: the next pause in typing asks again. */
  parserLoadError: (message: string) => string;
  loadError: (message: string) => string;
  shortWeekdays: string[];
  formatShortDate: (weekday: string, day: number, month: number) => string;
  settings: {
    language: string;
    languages: Record<Language, string>;
    peopleHeading: string;
    assistantName: string;
    assistantEmail: string;
    clientName: string;
    clientEmail: string;
    savePeople: string;
    peopleSaved: string;
    followUpHeading: string;
    enabled: string;
    weekday: string;
    weekdays: Record<WeekdayName, string>;
    hour: string;
    recipients: string;
    sendToClient: string;
    copyAssistant: string;
    sendToOwners: string;
    sendWhenEmpty: string;
    saveFollowUp: string;
    followUpSaved: string;
    healthHeading: string;
    trigger: string;
    installed: string;
    notInstalled: string;
    installedBy: string;
    nextRun: string;
    lastRun: string;
    lastResult: string;
    quotaLeft: string;
    never: string;
    refreshStatus: string;
    previewEmail: string;
    sendNow: string;
    noEmails: string;
    emailTo: string;
    emailCc: string;
    emailSubject: string;
    checkInstallation: string;
  };
}

const SMART_LETTERS_ES: Record<SmartLetter, string> = {
  specific: 'E',
  measurable: 'M',
  achievable: 'A',
  realistic: 'R',
  timeBound: 'T',
};

const SMART_LETTERS_EN: Record<SmartLetter, string> = {
  specific: 'S',
  measurable: 'M',
  achievable: 'A',
  realistic: 'R',
  timeBound: 'T',
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const ES: SidebarStrings = {
  notesTab: 'Notas',
  settingsTab: 'Ajustes',
  meetingDate: 'Fecha de la reunión',
  title: 'Título',
  titlePlaceholder: 'Reunión semanal con el cliente',
  notes: 'Notas de la reunión',
  notesPlaceholder:
    'Pegá o escribí las notas, por ejemplo:\n\nObjetivos\n- Llegar a 2000 suscriptores antes del 30/06\n\nTareas\n- Sofi: diseñar la plantilla para el viernes — prioridad alta\n- Laura: pasar los textos antes del 20/3',
  previewHeading: 'Vista previa',
  emptyPreview: 'Cuando escribas las notas, acá vas a ver los objetivos y las tareas.',
  objectivesHeading: 'Objetivos',
  tasksHeading: 'Tareas',
  counts: ({ objectives, tasks, withoutOwner }) =>
    [
      plural(objectives, 'objetivo', 'objetivos'),
      plural(tasks, 'tarea', 'tareas'),
      ...(withoutOwner > 0 ? [`${withoutOwner} sin responsable`] : []),
    ].join(', '),
  smartLetters: SMART_LETTERS_ES,
  smartNames: {
    specific: 'Específico',
    measurable: 'Medible',
    achievable: 'Alcanzable',
    realistic: 'Relevante',
    timeBound: 'Con plazo',
  },
  smartUnknown: 'sin confirmar',
  coach: {
    toggle: 'Cómo mejorarlo',
    rewriteHeading: 'Redacción propuesta',
    useRewrite: 'Usar esta redacción',
    fillBlanks: 'Completá los ___ con lo que diga el cliente.',
    objectiveText: 'Texto del objetivo',
    confirm: (letterName) => `Confirmado con el cliente: ${letterName.toLowerCase()}`,
  },
  playbook: {
    expandLabel: (stepCount) => `Expandir en ${plural(stepCount, 'paso', 'pasos')}`,
    countedFromMeeting:
      'La tarea no tenía fecha límite: los pasos arrancan el día de la reunión y la tarea queda fechada al final de su preparación.',
  },
  undoExpand: 'Deshacer',
  include: 'Incluir',
  taskText: 'Tarea',
  owner: 'Responsable',
  priority: 'Prioridad',
  priorities: { high: 'Alta', medium: 'Media', low: 'Baja', none: 'Sin prioridad' },
  dueDate: 'Vence',
  objective: 'Objetivo',
  noObjective: 'Sin objetivo',
  flags: {
    noOwner: 'Sin responsable',
    unknownOwner: 'No está en Personas',
    noDate: 'Sin fecha',
    ambiguousDate: 'Fecha ambigua: revisala',
    pastDate: 'La fecha ya pasó',
  },
  insert: 'Agregar a la hoja',
  inserting: 'Agregando…',
  showNewRows: 'Ver filas nuevas',
  nothingToInsert: 'No hay tareas ni objetivos marcados para agregar.',
  loading: 'Cargando…',
  serverError: (message) => `No se pudo completar: ${message}. Tus notas siguen acá.`,
  parserLoadError: (message) =>
    `No se pudo cargar la vista previa (${message}). Seguí escribiendo para reintentar; tus notas siguen acá.`,
  loadError: (message) =>
    `No se pudo leer la hoja: ${message}. Podés seguir escribiendo: tus notas se guardan.`,
  shortWeekdays: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
  formatShortDate: (weekday, day, month) => `${weekday} ${pad2(day)}/${pad2(month)}`,
  settings: {
    language: 'Idioma',
    languages: { es: 'Español', en: 'English' },
    peopleHeading: 'Personas',
    assistantName: 'Tu nombre (asistente)',
    assistantEmail: 'Tu email',
    clientName: 'Nombre del cliente',
    clientEmail: 'Email del cliente',
    savePeople: 'Guardar personas',
    peopleSaved: 'Personas guardadas en la pestaña Personas.',
    followUpHeading: 'Seguimiento semanal',
    enabled: 'Enviar el seguimiento cada semana',
    weekday: 'Día',
    weekdays: {
      MONDAY: 'lunes',
      TUESDAY: 'martes',
      WEDNESDAY: 'miércoles',
      THURSDAY: 'jueves',
      FRIDAY: 'viernes',
      SATURDAY: 'sábado',
      SUNDAY: 'domingo',
    },
    hour: 'Hora',
    recipients: 'Destinatarios',
    sendToClient: 'Al cliente',
    copyAssistant: 'Con copia a mí',
    sendToOwners: 'A cada responsable',
    sendWhenEmpty: 'Enviar aunque no haya novedades',
    saveFollowUp: 'Guardar seguimiento',
    followUpSaved: 'Seguimiento guardado.',
    healthHeading: 'Estado',
    trigger: 'Envío automático',
    installed: 'Activo',
    notInstalled: 'No instalado',
    installedBy: 'Instalado por',
    nextRun: 'Próximo envío',
    lastRun: 'Último envío',
    lastResult: 'Resultado',
    quotaLeft: 'Emails disponibles hoy',
    never: 'nunca',
    refreshStatus: 'Actualizar estado',
    previewEmail: 'Ver email',
    sendNow: 'Enviar ahora',
    noEmails: 'No hay emails para enviar esta semana.',
    emailTo: 'Para',
    emailCc: 'CC',
    emailSubject: 'Asunto',
    checkInstallation: 'Comprobar instalación',
  },
};

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const EN: SidebarStrings = {
  notesTab: 'Notes',
  settingsTab: 'Settings',
  meetingDate: 'Meeting date',
  title: 'Title',
  titlePlaceholder: 'Weekly client meeting',
  notes: 'Meeting notes',
  notesPlaceholder:
    'Paste or type the notes, for example:\n\nGoals\n- Reach 2,000 subscribers by June 30\n\nAction items\n- Sam: design the template by Friday — high priority\n- Laura: send the copy by 3/20',
  previewHeading: 'Preview',
  emptyPreview: 'Objectives and tasks will show here as you type the notes.',
  objectivesHeading: 'Objectives',
  tasksHeading: 'Tasks',
  counts: ({ objectives, tasks, withoutOwner }) =>
    [
      plural(objectives, 'objective', 'objectives'),
      plural(tasks, 'task', 'tasks'),
      ...(withoutOwner > 0 ? [`${withoutOwner} without owner`] : []),
    ].join(', '),
  smartLetters: SMART_LETTERS_EN,
  smartNames: {
    specific: 'Specific',
    measurable: 'Measurable',
    achievable: 'Achievable',
    realistic: 'Relevant',
    timeBound: 'Time-bound',
  },
  smartUnknown: 'not confirmed',
  coach: {
    toggle: 'How to improve it',
    rewriteHeading: 'Suggested wording',
    useRewrite: 'Use this wording',
    fillBlanks: 'Fill in the ___ with what the client says.',
    objectiveText: 'Objective text',
    confirm: (letterName) => `Confirmed with the client: ${letterName.toLowerCase()}`,
  },
  playbook: {
    expandLabel: (stepCount) => `Expand into ${plural(stepCount, 'step', 'steps')}`,
    countedFromMeeting:
      'The task had no due date: the steps start on the meeting date and the task is dated where its preparation ends.',
  },
  undoExpand: 'Undo',
  include: 'Include',
  taskText: 'Task',
  owner: 'Owner',
  priority: 'Priority',
  priorities: { high: 'High', medium: 'Medium', low: 'Low', none: 'No priority' },
  dueDate: 'Due',
  objective: 'Objective',
  noObjective: 'No objective',
  flags: {
    noOwner: 'No owner',
    unknownOwner: 'Not in People',
    noDate: 'No date',
    ambiguousDate: 'Ambiguous date: check it',
    pastDate: 'Date already passed',
  },
  insert: 'Add to sheet',
  inserting: 'Adding…',
  showNewRows: 'Show new rows',
  nothingToInsert: 'No tasks or objectives are ticked to add.',
  loading: 'Loading…',
  serverError: (message) => `Could not finish: ${message}. Your notes are still here.`,
  parserLoadError: (message) =>
    `The preview could not load (${message}). Keep typing to try again; your notes are still here.`,
  loadError: (message) => `Could not read the sheet: ${message}. You can keep typing: your notes are kept.`,
  shortWeekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  formatShortDate: (weekday, day, month) => `${weekday} ${EN_MONTHS[month - 1] ?? ''} ${day}`,
  settings: {
    language: 'Language',
    languages: { es: 'Español', en: 'English' },
    peopleHeading: 'People',
    assistantName: 'Your name (assistant)',
    assistantEmail: 'Your email',
    clientName: "Client's name",
    clientEmail: "Client's email",
    savePeople: 'Save people',
    peopleSaved: 'People saved to the People tab.',
    followUpHeading: 'Weekly follow-up',
    enabled: 'Send the follow-up every week',
    weekday: 'Day',
    weekdays: {
      MONDAY: 'Monday',
      TUESDAY: 'Tuesday',
      WEDNESDAY: 'Wednesday',
      THURSDAY: 'Thursday',
      FRIDAY: 'Friday',
      SATURDAY: 'Saturday',
      SUNDAY: 'Sunday',
    },
    hour: 'Hour',
    recipients: 'Recipients',
    sendToClient: 'The client',
    copyAssistant: 'Copy me',
    sendToOwners: 'Each owner',
    sendWhenEmpty: 'Send even when there is no news',
    saveFollowUp: 'Save follow-up',
    followUpSaved: 'Follow-up saved.',
    healthHeading: 'Status',
    trigger: 'Automatic sending',
    installed: 'Active',
    notInstalled: 'Not installed',
    installedBy: 'Installed by',
    nextRun: 'Next run',
    lastRun: 'Last run',
    lastResult: 'Result',
    quotaLeft: 'Emails left today',
    never: 'never',
    refreshStatus: 'Refresh status',
    previewEmail: 'Preview email',
    sendNow: 'Send now',
    noEmails: 'No emails to send this week.',
    emailTo: 'To',
    emailCc: 'Cc',
    emailSubject: 'Subject',
    checkInstallation: 'Check installation',
  },
};

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

export const SIDEBAR_STRINGS: Record<Language, SidebarStrings> = { es: ES, en: EN };
