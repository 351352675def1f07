// Chat exports that put the speaker over the message, and chat messages that must not act as headings.
import { parse } from './helpers/parse';

const owned = (notes: string): Array<[string, string[], string | null]> =>
  parse(notes, { language: 'es', meetingDate: undefined }).tasks.map((task) => [
    task.text,
    task.owners,
    task.due,
  ]);

describe('a Telegram export of a family organising a move', () => {
  const chat = [
    'Mudanza mami 📦',
    '',
    'Graciela, [12.04.26 20:41]',
    'Bueno chicos armemos lo de la mudanza. El camión ya está reservado para el sábado 25',
    '',
    'Rubén, [12.04.26 20:43]',
    'Perfecto. Yo me encargo de conseguir las cajas, las pido en el súper mañana',
    '',
    'Juli, [12.04.26 20:45]',
    'yo me encargo de dar de baja el cable de la casa vieja',
    '',
    'Graciela, [12.04.26 20:55]',
    'Alguien tiene que avisarle a la inmobiliaria que entregamos las llaves',
    '',
    'Rubén, [12.04.26 20:56]',
    'eso lo hago yo el lunes',
    '',
    'Nora, [12.04.26 21:02]',
    'Yo les llevo comida el día de la mudanza',
  ].join('\n');

  it('reads the meeting date from the stamps and gives each message to whoever wrote it', () => {
    expect(parse(chat, { language: 'es', meetingDate: undefined }).meetingDate).toBe('2026-04-12');
    expect(owned(chat)).toEqual([
      ['conseguir las cajas, las pido en el súper', ['Rubén'], '2026-04-13'],
      ['dar de baja el cable de la casa vieja', ['Juli'], null],
      ['avisarle a la inmobiliaria que entregamos las llaves', ['Rubén'], '2026-04-13'],
      ['les llevo comida el día de la mudanza', ['Nora'], null],
    ]);
  });
});

describe('a WhatsApp group where a message states the month goal', () => {
  const chat = [
    '[3/3/26, 09:02:11] Martín: Buen día equipo!! Repaso rápido de pendientes',
    '[3/3/26, 09:02:40] Martín: Objetivo de marzo: cerrar 12 cuentas nuevas',
    '[3/3/26, 09:03:15] Caro: Buen díaa ☀️',
    '[3/3/26, 09:08:34] Martín: genia',
    '[3/3/26, 09:10:02] Martín: Caro, llamá a Distribuidora Norte por la propuesta',
    '[3/3/26, 09:16:02] Martín: perfecto',
  ].join('\n');

  it('keeps the goal as an objective without turning the messages after it into tasks', () => {
    const parsed = parse(chat, { language: 'es', meetingDate: undefined });
    expect(parsed.objectives.map((objective) => objective.text)).toEqual(['cerrar 12 cuentas nuevas']);
    expect(owned(chat)).toEqual([['llamá a Distribuidora Norte por la propuesta', ['Caro'], null]]);
  });
});

describe('a Slack channel copied with the speaker and time over each message', () => {
  const slack = [
    '#producto-sync',
    'martes 8 de septiembre de 2026',
    '',
    'Daniela Ortiz  10:04 AM',
    'pendientes:',
    '1. migrar los webhooks a la cola nueva',
    '¿quién se avienta?',
    '',
    'Sofía Hernández  10:06 AM',
    'va, yo la 2. para el viernes la tengo',
    '',
    'Daniela Ortiz  10:07 AM',
    ':white_check_mark: gracias!',
    '',
    'Valeria Campos  10:31 AM',
    'necesito que alguien revise el contrato con el proveedor para el martes',
  ].join('\n');

  it('ends the list at the next message, asks no question as a task, and reads who speaks', () => {
    expect(owned(slack)).toEqual([
      ['migrar los webhooks a la cola nueva', [], null],
      ['revise el contrato con el proveedor', [], '2026-09-15'],
    ]);
  });
});

describe('a Slack thread where someone offers to take an item for later', () => {
  const slack = [
    '#producto-pagos',
    'jueves, 19 de febrero de 2026',
    '',
    'Andrea Villanueva  10:34',
    '1. hay que hablar con legal sobre los términos de la domiciliación, nadie lo ha tomado',
    '',
    'Emiliano Cruz  10:52',
    'yo puedo tomar lo de legal, pero hasta la semana que entra',
  ].join('\n');

  it('gives the item to whoever says "yo puedo tomar lo de…", by the week they name', () => {
    expect(owned(slack)).toEqual([
      ['hablar con legal sobre los términos de la domiciliación', ['Emiliano Cruz'], '2026-02-27'],
    ]);
  });
});

describe("a neighbours' WhatsApp group answering who takes an item", () => {
  const chat = [
    '12/03/26 19:02 - Carmen 2ºA: Buenas vecinos!! Resumen de lo que hablamos hoy',
    '12/03/26 19:05 - Carmen 2ºA: 2) Hay que pedir presupuesto para pintar la escalera. ¿Quién se encarga?',
    '12/03/26 19:07 - Luis Bajo C: yo me ocupo, conozco a un pintor del barrio. Os digo algo antes del viernes',
    '12/03/26 19:16 - Carmen 2ºA: Sí, eso es URGENTE',
    '12/03/26 19:21 - Carmen 2ºA: 5) Objetivo para este año: bajar el gasto de luz de zonas comunes un 20%',
  ].join('\n');
  const parsed = parse(chat, { language: 'es', meetingDate: undefined });

  it('gives the item to whoever answers "yo me ocupo", and reads "Sí" as no name', () => {
    expect(parsed.tasks.map((task) => [task.owners, task.due])).toEqual([[['Luis Bajo C'], '2026-03-13']]);
  });

  it('reads "Objetivo para este año:" as a goal', () => {
    expect(parsed.objectives.map((objective) => objective.text)).toEqual([
      'bajar el gasto de luz de zonas comunes un 20%',
    ]);
  });
});

describe('a chat reply that takes on a job it names itself', () => {
  it('reads "dale. lo de desarmar las camas lo hago el finde" as the speaker\'s task', () => {
    const chat = [
      'Mudanza',
      '',
      'Tomi, [12.04.26 20:50]',
      'dale. lo de desarmar las camas lo hago el finde',
    ].join('\n');
    expect(owned(chat).map(([text, owners]) => [text, owners])).toEqual([
      ['dale. lo de desarmar las camas lo hago', ['Tomi']],
    ]);
  });
});

describe('a team chat where replies take the items of a list', () => {
  const chat = [
    'Rubén Benítez, [12.10.26 18:06]',
    'Tareas:',
    '1. Comprar 15 bolsas de cemento, urgente',
    '2. Actualizar el registro de beneficiarios en el Kobo',
    '',
    'Fátima Ortiz, [12.10.26 18:14]',
    'Sí, ya confirmé con el intendente ayer. Lo del Kobo yo me encargo pero en dos semanas',
    '',
    'Rubén Benítez, [12.10.26 18:15]',
    'Perfecto. Lo del cemento quién puede?',
    '',
    'Derlis Ayala, [12.10.26 18:21]',
    'Yo me encargo mañana, paso por el corralón a primera hora',
    '',
    'Rubén Benítez, [12.10.26 19:02]',
    'Ah me olvidaba: hay que renovar el seguro de la camioneta antes de fin de mes. Lo veo yo con la aseguradora.',
  ].join('\n');

  it('gives each item to whoever takes it: in a later sentence, in answer to "quién puede?", in the same message', () => {
    expect(owned(chat)).toEqual([
      ['Comprar 15 bolsas de cemento', ['Derlis Ayala'], '2026-10-13'],
      ['Actualizar el registro de beneficiarios en el Kobo', ['Fátima Ortiz'], '2026-10-26'],
      ['renovar el seguro de la camioneta', ['Rubén Benítez'], '2026-10-31'],
    ]);
  });
});
