// Section titles with a period or a phrase around the usual word, and retrospective sections that hold no tasks.
import { parse } from './helpers/parse';

describe('goal sections named with their period or as a phrase', () => {
  it.each([
    ['es', '## Objetivos Q3', '- Llegar a 5.000 seguidores en IG'],
    ['es', 'OBJETIVOS 2026', '- Mejorar la comunicación con los apoderados'],
    ['es', 'Lo que la doctora quiere lograr:', '* Tener más presencia en Instagram'],
    ['en', 'Goals for the next couple months:', '1) Keep food cost under 30% every week'],
    ['en', 'Goals 2026', '- Open a second location'],
  ] as const)('%s "%s" holds objectives, not tasks', (language, heading, item) => {
    const parsed = parse(['Reunión', '', heading, item].join('\n'), { language });
    expect(parsed.objectives.map((objective) => objective.text)).toEqual([item.replace(/^\S+\s/, '')]);
    expect(parsed.tasks).toEqual([]);
  });
});

describe('a sprint retrospective', () => {
  const notes = [
    'Sprint 42 Retrospective',
    '',
    'What went well',
    '\tVault migration landed with zero downtime',
    '',
    'What could be improved',
    '\tEstimation sessions drag on',
    '',
    'Action items',
    '\t@Dev Patel ask platform team about the CI runner quota',
    '',
    'Team agreements',
    '\tTimebox estimation to 10 min per ticket',
  ].join('\n');

  it('reads only the action items as tasks', () => {
    expect(parse(notes, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['ask platform team about the CI runner quota', ['Dev Patel']],
    ]);
  });
});

describe('"Lo que quedamos" over what each side does', () => {
  it('reads its items as tasks and the next call as no task', () => {
    const notes = [
      'Llamada con Flor',
      'Notas: Meli',
      '',
      'Lo que quedamos:',
      '- Le paso el reporte de enero',
      '- Próxima llamada: martes 17, 9 a.m.',
    ];
    expect(parse(notes.join('\n'), { language: 'es' }).tasks.map((task) => [task.text, task.owners])).toEqual(
      [['Le paso el reporte de enero', ['Meli']]],
    );
  });
});

describe('numbered agreements with their fields on lines of their own', () => {
  const notes = [
    'MINUTA DE REUNIÓN',
    'Fecha: 17/03/2026',
    '',
    'ACUERDOS',
    '',
    '1. Presentar la declaración anual de los 6 clientes pendientes.',
    '   Responsable: C.P. Roberto Ávila',
    '   Fecha compromiso: 31/03/2026',
    '',
    '2. Actualizar CONTPAQi a la versión 2026.',
    '   Responsable: Luis (sistemas)',
    '   Fecha de cierre: viernes 20 de marzo',
  ].join('\n');

  it('reads "Fecha compromiso" as the due date and leaves honorifics and roles out of the owner', () => {
    const parsed = parse(notes, { language: 'es', meetingDate: undefined });
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['Presentar la declaración anual de los 6 clientes pendientes', ['Roberto Ávila'], '2026-03-31'],
      ['Actualizar CONTPAQi a la versión 2026', ['Luis'], '2026-03-20'],
    ]);
  });
});

describe('a table written with bars only between its cells', () => {
  const notes = [
    'Reunión de Consejo – Fecha: 21/08/2026',
    '',
    'Tema | Responsable | Fecha',
    'Balance 2025: presentar en INAES | Julio | antes del 31',
    'Renovar seguro de la camioneta | Julio | LISTO',
    'Pedir 3 presupuestos de pintura | Gastón y Nico | la semana que viene',
    '',
    'Otros temas: precio 10 | 20 según el proveedor',
  ].join('\n');

  it('reads each row under the header, drops the row marked done, and leaves a bar elsewhere as text', () => {
    const parsed = parse(notes, { language: 'es', meetingDate: undefined });
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['Balance 2025: presentar en INAES', ['Julio'], '2026-08-31'],
      ['Pedir 3 presupuestos de pintura', ['Gastón', 'Nico'], '2026-08-28'],
    ]);
  });
});

describe('a list titled in lower case after the action items', () => {
  it('ends the action items: the points under "misc" are no tasks', () => {
    const notes = [
      'call w/ dana',
      '',
      'Action items:',
      '- send the feb invoice',
      '',
      'misc',
      '- dana out 3/20-3/27 (vacation)',
    ];
    expect(parse(notes.join('\n'), { language: 'en' }).tasks.map((task) => task.text)).toEqual([
      'send the feb invoice',
    ]);
  });
});

describe("a support team's checklist with the owner before the date", () => {
  const notes = [
    'REUNIÓN SEMANAL – EQUIPO DE SOPORTE',
    'Fecha: 28/09/2026',
    '',
    'Indicadores de la semana pasada:',
    '- SLA primera respuesta: 86% (meta 90%) ❌',
    '',
    'Objetivo general: que el cliente sienta que lo atendemos rápido.',
    '',
    'Pendientes:',
    '[ ] 🔴 Revisar los tickets escalados a N2 -> Diego – hoy',
    '[ ] 🟡 Armar 5 macros nuevas – Renzo y Milagros – el jueves 1/10',
  ].join('\n');
  const parsed = parse(notes, { language: 'es', meetingDate: undefined });

  it('reads the owner one dash before the date, the indicators as no task, and a general goal', () => {
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['Revisar los tickets escalados a N2', ['Diego'], '2026-09-28'],
      ['Armar 5 macros nuevas', ['Renzo', 'Milagros'], '2026-10-01'],
    ]);
    expect(parsed.objectives.map((objective) => objective.text)).toEqual([
      'que el cliente sienta que lo atendemos rápido',
    ]);
  });
});
