// Everything a person reads about playbooks, in Spanish and English: the tab, the preview label, problems and the default playbooks.
import type { Playbook } from '../playbooks/types';
import type { Language } from '../types';

export interface PlaybookProblemStrings {
  missingColumns: (headers: string) => string;
  noPlaybook: string;
  missingStep: string;
  missingDays: string;
  badDays: (value: string) => string;
  daysTooFar: (value: string) => string;
  unreadableCell: (header: string) => string;
  noSteps: (name: string) => string;
}

export interface PlaybookStrings {
  tabName: string;
  /** The Playbooks tab's columns, in the order the tab is created with. */
  headers: [name: string, triggers: string, step: string, days: string, owner: string];
  /** The preview's offer on a task that matches a playbook; `stepCount` counts the task itself. */
  expandLabel: (stepCount: number) => string;
  /** Said beside an expansion of a task with no due date, whose steps are dated from the meeting. */
  countedFromMeeting: string;
  problems: PlaybookProblemStrings;
  defaults: Playbook[];
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const ES_DEFAULTS: Playbook[] = [
  {
    name: 'Newsletter',
    language: 'es',
    triggers: ['newsletter', 'boletín', 'mailing', 'campaña de email'],
    steps: [
      { text: 'Confirmar el acceso a la cuenta del autoresponder', offsetDays: -7, owner: null },
      { text: 'Preparar o actualizar la plantilla', offsetDays: -6, owner: null },
      { text: 'Escribir el contenido', offsetDays: -5, owner: null },
      { text: 'Editar el contenido', offsetDays: -3, owner: null },
      { text: 'Corregir ortografía, links e imágenes', offsetDays: -2, owner: null },
      { text: 'Programar el envío y mandar un correo de prueba', offsetDays: -1, owner: null },
      { text: 'Evaluar las estadísticas de aperturas y clics', offsetDays: 3, owner: null },
    ],
  },
  {
    name: 'Webinar',
    language: 'es',
    triggers: ['webinar', 'seminario web', 'seminario online', 'taller online', 'clase en vivo'],
    steps: [
      { text: 'Confirmar tema, fecha y oradores', offsetDays: -21, owner: null },
      { text: 'Crear el evento y la página de inscripción', offsetDays: -14, owner: null },
      { text: 'Anunciar el evento por mail y redes', offsetDays: -10, owner: null },
      { text: 'Preparar y revisar la presentación', offsetDays: -3, owner: null },
      { text: 'Hacer la prueba técnica de audio, video y pantalla compartida', offsetDays: -1, owner: null },
      { text: 'Enviar el recordatorio a los inscriptos', offsetDays: -1, owner: null },
      { text: 'Enviar la grabación y los materiales a los asistentes', offsetDays: 1, owner: null },
      { text: 'Revisar la asistencia y las respuestas de la encuesta', offsetDays: 3, owner: null },
    ],
  },
  {
    name: 'Posteo en redes',
    language: 'es',
    triggers: [
      'posteo',
      'post',
      'post en Instagram',
      'post en LinkedIn',
      'publicación en redes',
      'reel',
      'carrusel',
    ],
    steps: [
      { text: 'Definir el tema y el objetivo de la publicación', offsetDays: -5, owner: null },
      { text: 'Redactar el texto y los hashtags', offsetDays: -3, owner: null },
      { text: 'Diseñar la imagen o el video', offsetDays: -3, owner: null },
      { text: 'Enviar al cliente para aprobar', offsetDays: -2, owner: null },
      { text: 'Programar la publicación', offsetDays: -1, owner: null },
      { text: 'Responder comentarios y mensajes', offsetDays: 1, owner: null },
      { text: 'Revisar alcance e interacción', offsetDays: 7, owner: null },
    ],
  },
  {
    name: 'Facturación',
    language: 'es',
    triggers: ['facturas', 'facturar', 'facturación', 'cobranza'],
    steps: [
      { text: 'Juntar las horas y los gastos del período', offsetDays: -3, owner: null },
      { text: 'Revisar tarifas y datos fiscales de cada cliente', offsetDays: -2, owner: null },
      { text: 'Preparar los comprobantes y revisarlos', offsetDays: -1, owner: null },
      { text: 'Controlar los pagos recibidos', offsetDays: 7, owner: null },
      { text: 'Mandar un recordatorio de pago a quienes no pagaron', offsetDays: 8, owner: null },
    ],
  },
  {
    name: 'Cliente nuevo',
    language: 'es',
    triggers: ['onboarding', 'cliente nuevo', 'nuevo cliente', 'alta de cliente'],
    steps: [
      { text: 'Enviar el contrato y el formulario de bienvenida', offsetDays: -3, owner: null },
      { text: 'Crear la carpeta compartida y pedir los accesos', offsetDays: -1, owner: null },
      { text: 'Enviar el resumen de la reunión inicial y los próximos pasos', offsetDays: 1, owner: null },
      { text: 'Revisar que los accesos y las primeras entregas funcionen', offsetDays: 7, owner: null },
      { text: 'Reunión de revisión del primer mes', offsetDays: 30, owner: null },
    ],
  },
];

const EN_DEFAULTS: Playbook[] = [
  {
    name: 'Newsletter',
    language: 'en',
    triggers: ['newsletter', 'email campaign', 'mailing', 'email blast'],
    steps: [
      { text: 'Confirm access to the autoresponder account', offsetDays: -7, owner: null },
      { text: 'Set up or update the template', offsetDays: -6, owner: null },
      { text: 'Write the content', offsetDays: -5, owner: null },
      { text: 'Edit the content', offsetDays: -3, owner: null },
      { text: 'Proofread spelling, links and images', offsetDays: -2, owner: null },
      { text: 'Schedule the send and send a test email', offsetDays: -1, owner: null },
      { text: 'Evaluate open and click statistics', offsetDays: 3, owner: null },
    ],
  },
  {
    name: 'Webinar',
    language: 'en',
    triggers: ['webinar', 'web seminar', 'online seminar', 'online workshop', 'live class'],
    steps: [
      { text: 'Confirm topic, date and speakers', offsetDays: -21, owner: null },
      { text: 'Create the event and the registration page', offsetDays: -14, owner: null },
      { text: 'Announce the event by email and social media', offsetDays: -10, owner: null },
      { text: 'Prepare and review the slides', offsetDays: -3, owner: null },
      { text: 'Run the audio, video and screen-sharing test', offsetDays: -1, owner: null },
      { text: 'Send the reminder to registrants', offsetDays: -1, owner: null },
      { text: 'Send the recording and materials to attendees', offsetDays: 1, owner: null },
      { text: 'Review attendance and survey answers', offsetDays: 3, owner: null },
    ],
  },
  {
    name: 'Social post',
    language: 'en',
    // A bare "post" is left out: in English it is as often the verb ("post the recording").
    triggers: [
      'social post',
      'social media post',
      'Instagram post',
      'LinkedIn post',
      'post on Instagram',
      'reel',
      'carousel',
    ],
    steps: [
      { text: 'Define the topic and goal of the post', offsetDays: -5, owner: null },
      { text: 'Write the caption and hashtags', offsetDays: -3, owner: null },
      { text: 'Design the image or video', offsetDays: -3, owner: null },
      { text: 'Send to the client for approval', offsetDays: -2, owner: null },
      { text: 'Schedule the publication', offsetDays: -1, owner: null },
      { text: 'Reply to comments and messages', offsetDays: 1, owner: null },
      { text: 'Review reach and engagement', offsetDays: 7, owner: null },
    ],
  },
  {
    name: 'Invoice run',
    language: 'en',
    triggers: ['invoices', 'invoicing', 'invoice run'],
    steps: [
      { text: 'Gather the hours and expenses of the period', offsetDays: -3, owner: null },
      { text: "Check each client's rates and billing details", offsetDays: -2, owner: null },
      { text: 'Prepare the documents and double-check them', offsetDays: -1, owner: null },
      { text: 'Check the payments received', offsetDays: 7, owner: null },
      { text: 'Send a payment reminder to those who have not paid', offsetDays: 8, owner: null },
    ],
  },
  {
    name: 'New client onboarding',
    language: 'en',
    triggers: ['onboarding', 'onboard', 'new client', 'client onboarding'],
    steps: [
      { text: 'Send the contract and the welcome form', offsetDays: -3, owner: null },
      { text: 'Create the shared folder and request access', offsetDays: -1, owner: null },
      { text: 'Send the kickoff summary and next steps', offsetDays: 1, owner: null },
      { text: 'Check that access and first deliverables work', offsetDays: 7, owner: null },
      { text: 'First-month review meeting', offsetDays: 30, owner: null },
    ],
  },
];

const ES: PlaybookStrings = {
  tabName: 'Playbooks',
  headers: ['Playbook', 'Palabras clave', 'Paso', 'Días', 'Responsable'],
  expandLabel: (stepCount) => `Expandir en ${plural(stepCount, 'paso', 'pasos')}`,
  countedFromMeeting:
    'La tarea no tenía fecha límite: los pasos arrancan el día de la reunión y la tarea queda fechada al final de su preparación.',
  problems: {
    missingColumns: (headers) => `Faltan columnas en la pestaña: ${headers}.`,
    noPlaybook:
      'Este paso no tiene playbook: escribí el nombre en la columna Playbook de esta fila o de una de arriba.',
    missingStep: 'Falta el paso: escribí qué hay que hacer en la columna Paso.',
    missingDays:
      'Faltan los días: escribí un número, negativo antes de la fecha de la tarea (-3) o positivo después (2).',
    badDays: (value) =>
      `No entiendo «${value}» como días: escribí un número entero, negativo antes de la fecha de la tarea (-3) o positivo después (2).`,
    daysTooFar: (value) => `«${value}» días es más de un año: usá un número entre -365 y 365.`,
    unreadableCell: (header) => `No se puede leer la celda de ${header}: escribí texto.`,
    noSteps: (name) => `El playbook «${name}» no tiene pasos: agregá filas debajo con Paso y Días.`,
  },
  defaults: ES_DEFAULTS,
};

const EN: PlaybookStrings = {
  tabName: 'Playbooks',
  headers: ['Playbook', 'Trigger words', 'Step', 'Days', 'Owner'],
  expandLabel: (stepCount) => `Expand into ${plural(stepCount, 'step', 'steps')}`,
  countedFromMeeting:
    'The task had no due date: the steps start on the meeting date and the task is dated where its preparation ends.',
  problems: {
    missingColumns: (headers) => `The tab is missing columns: ${headers}.`,
    noPlaybook:
      'This step has no playbook: write its name in the Playbook column of this row or a row above.',
    missingStep: 'The step is missing: write what has to be done in the Step column.',
    missingDays:
      'The days are missing: write a number, negative before the task is due (-3) or positive after (2).',
    badDays: (value) =>
      `"${value}" is not a number of days: write a whole number, negative before the task is due (-3) or positive after (2).`,
    daysTooFar: (value) => `"${value}" days is more than a year: use a number between -365 and 365.`,
    unreadableCell: (header) => `The ${header} cell cannot be read: type text in it.`,
    noSteps: (name) => `The playbook "${name}" has no steps: add rows below it with a Step and Days.`,
  },
  defaults: EN_DEFAULTS,
};

export const PLAYBOOK_STRINGS: Record<Language, PlaybookStrings> = { es: ES, en: EN };
