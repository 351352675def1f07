// Who "yo" and "vos" are in a VA's notes (the note taker, the person the call was with) and the owners they give.
import { parse, summary } from './helpers/parse';

describe("a VA's notes from a call with her client", () => {
  const notes = [
    'Call con Flor (Estudio Flor Martínez Deco) - lun 8/6/2026',
    'notas Meli',
    '',
    'Lo principal:',
    '* quiere llegar a 5.000 seguidores en IG para fin de año',
    '',
    'Redes',
    '- yo le escribo a la fotógrafa para coordinar la sesión - URGENTE, esta semana',
    '- armar calendario de posteos de julio -> yo, antes del 25',
    '- vos te encargás de revisar los precios con la inflación, para el viernes que viene',
    '- cargar los 12 productos nuevos: Meli + Caro (la pasante), en dos semanas',
    '- Flor le contesta a la señora del presupuesto de cortinas hoy sin falta',
  ].join('\n');
  const parsed = parse(notes, { meetingDate: '2026-06-08', language: 'es' });

  it('reads "yo" as whoever took the notes and "vos" as the person the call was with', () => {
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['le escribo a la fotógrafa para coordinar la sesión', ['Meli'], '2026-06-12'],
      ['armar calendario de posteos de julio', ['Meli'], '2026-06-25'],
      ['revisar los precios con la inflación', ['Flor'], '2026-06-12'],
      ['cargar los 12 productos nuevos', ['Meli', 'Caro'], '2026-06-22'],
      ['le contesta a la señora del presupuesto de cortinas sin falta', ['Flor'], '2026-06-08'],
    ]);
  });

  it('reads what the client wants to reach as an objective', () => {
    expect(parsed.objectives.map((objective) => [objective.text, objective.due])).toEqual([
      ['llegar a 5.000 seguidores en IG', '2026-12-31'],
    ]);
  });
});

describe('a group chat where people take and close items', () => {
  const chat = [
    '[12/3/26, 20:41] Sole Benítez: Hola! Resumo lo que hablamos hoy',
    '[12/3/26, 20:42] Sole Benítez: 1. Pablo pide los tablones y las sillas a la parroquia, antes del 20',
    '[12/3/26, 20:44] Sole Benítez: 4. Falta alguien para conseguir los premios de la rifa, es lo más urgente',
    '[12/3/26, 20:47] Pablo Ledesma: Ok 👍 lo de la parroquia ya lo tengo hablado',
    '[12/3/26, 20:49] Andrea Ruiz: Yo no puedo con el buffet, me toca guardia',
    '[12/3/26, 20:55] Andrea Ruiz: Los premios los consigo yo entonces',
  ].join('\n');

  it('gives an item to whoever takes it by its topic, drops what is settled, and "yo no puedo" commits no one', () => {
    expect(parse(chat, { meetingDate: '2026-03-12', language: 'es' }).tasks.map(summary)).toEqual([
      { text: 'conseguir los premios de la rifa', owners: ['Andrea Ruiz'], due: null, priority: 'high' },
    ]);
  });
});

describe("a VA's recap email with her list and the client's", () => {
  const email = [
    'Subject: Recap of today’s call',
    '',
    'Hi Mark,',
    '',
    'Big picture',
    'The goal for Q4 is 30 new patient bookings a month through the website by December 31.',
    '',
    'What I’ll do',
    '- Clean up the contact list in Mailchimp by Friday',
    '- I already fixed the broken booking link on the home page',
    '',
    'What I need from you',
    '- Approve the ad budget for Facebook, not urgent',
    '',
    'Best,',
    'Jess',
  ].join('\n');
  const parsed = parse(email, { language: 'en' });

  it('gives "What I’ll do" to the writer and "What I need from you" to the reader, leaving out what is done', () => {
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.priority])).toEqual([
      ['Clean up the contact list in Mailchimp', ['Jess'], null],
      ['Approve the ad budget for Facebook', ['Mark'], 'low'],
    ]);
  });

  it('reads "The goal for Q4 is…" as an objective', () => {
    expect(parsed.objectives.map((objective) => [objective.text, objective.due])).toEqual([
      ['30 new patient bookings a month through the website', '2026-12-31'],
    ]);
  });

  it('is read in Spanish too', () => {
    const spanish = [
      'Hola Flor!',
      '',
      'Lo que hago yo',
      '- armar el calendario de posteos',
      'Lo que necesito de vos',
      '- mandarme las fotos del proyecto Palermo, no es urgente',
      '',
      'Saludos,',
      'Meli',
    ].join('\n');
    expect(
      parse(spanish, { language: 'es' }).tasks.map((task) => [task.text, task.owners, task.priority]),
    ).toEqual([
      ['armar el calendario de posteos', ['Meli'], null],
      ['mandarme las fotos del proyecto Palermo', ['Flor'], 'low'],
    ]);
  });
});

describe("a VA's onboarding notes with lists for each side", () => {
  const notes = [
    'Client onboarding call - Rachel Moore (coaching)',
    'Date: Jan 15, 2026   |   VA: Megan   |   45 min',
    '',
    'Client to send:',
    '- brand kit + fonts by Monday',
    '',
    "I'll set up:",
    '- shared Asana board with her weekly tasks - tomorrow',
    '',
    'Both of us: map out the launch timeline in two weeks',
  ].join('\n');

  it('gives "Client to send:" to the client, "I’ll set up:" to the VA, and "Both of us" to everyone', () => {
    const parsed = parse(notes, { language: 'en', meetingDate: undefined });
    expect(parsed.tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['brand kit + fonts', ['Rachel'], '2026-01-19'],
      ['shared Asana board with her weekly tasks', ['Megan'], '2026-01-16'],
      ['map out the launch timeline', ['everyone'], '2026-01-29'],
    ]);
  });
});

describe('manager notes typed on a phone', () => {
  const notes = [
    'mgr mtg tues 2/3/26',
    'me (DL), MR, JT',
    '',
    '- walk in cooler temp was 43 again this am. JT call the repair guy asap!!!',
    '- need to order flowers + candles for vday, DL',
    '- new dishwasher starts mon, JT train him on closing checklist',
  ].join('\n');

  it('reads initials before an imperative, or after the last comma, as the owner', () => {
    expect(parse(notes, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['call the repair guy', ['JT']],
      ['order flowers + candles for vday', ['DL']],
      ['train him on closing checklist', ['JT']],
    ]);
  });
});

describe('who "I" is in a header line, and first-person actions when nobody says', () => {
  it('reads "me: Jess" as the writer', () => {
    const notes =
      'Call notes - Denise Carter - 03/17/2026\nme: Jess\n\n- price drop approved. I’ll update the listing today';
    expect(parse(notes, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['update the listing', ['Jess']],
    ]);
  });

  it('keeps "I’ll …" a task with no owner when the notes never say who wrote them', () => {
    const notes = 'Call notes\n\n- price drop approved. I’ll update the listing today';
    expect(parse(notes, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['update the listing', []],
    ]);
  });

  it('takes initials before a noun ("QA sign-off") or a capitalised word before a verb for no one', () => {
    const notes = 'Release\n\n- [ ] QA sign-off -> Dmitri\n- [ ] Full build on staging';
    expect(parse(notes, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['QA sign-off', ['Dmitri']],
      ['Full build on staging', []],
    ]);
  });
});

describe('who acts, read from the verb or the agreement', () => {
  it('reads "le paso…" as the note taker and "me mandás…" as the person the notes are for', () => {
    const notes = [
      'Notas call semanal – Lic. Fernanda Bentancor',
      'yo: Cami (VA)',
      '',
      '- le paso a Fer la lista de pacientes con pago atrasado',
      '- me mandás 4 temas para los posteos de mayo',
      '- pasar los contactos a Google Contacts (yo)',
      '',
      'Cualquier ajuste me cuenta.',
    ].join('\n');
    expect(parse(notes, { language: 'es' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['le paso a Fer la lista de pacientes con pago atrasado', ['Cami']],
      ['me mandás 4 temas para los posteos de mayo', ['Fernanda']],
      ['pasar los contactos a Google Contacts', ['Cami']],
    ]);
  });

  it('reads "se acuerda que la tesorera publique…" and "falta reservar…" as actions', () => {
    const notes = [
      'Acta junta de vecinos',
      '',
      'Se acuerda que la tesorera publique el estado de cuentas en el diario mural.',
      'Se acuerda que la entrada sea libre.',
      'Falta además reservar la sala del centro vecinal.',
    ].join('\n');
    expect(parse(notes, { language: 'es' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['publique el estado de cuentas en el diario mural', ['la tesorera']],
      ['reservar la sala del centro vecinal', []],
    ]);
  });

  it('reads "was asked to" and "someone also needs to" in English prose', () => {
    const notes = [
      'Volunteer call summary',
      '',
      'Tanya was asked to log the volunteer hours in the tracker. Someone also needs to update the handbook.',
    ].join('\n');
    expect(parse(notes, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['log the volunteer hours in the tracker', ['Tanya']],
      ['update the handbook', []],
    ]);
  });
});

describe('Spanish prose with two commitments, tuteo, and chat noise', () => {
  it('reads each commitment of a sentence, "queda encargado de" included', () => {
    const notes = [
      'Resumen de la reunión de la fundación',
      '',
      'Paola se compromete a tener lista la rendición del trimestre, y Diego queda encargado de revisarla antes de enviarla.',
    ].join('\n');
    expect(parse(notes, { language: 'es' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['tener lista la rendición del trimestre', ['Paola']],
      ['revisarla antes de enviarla', ['Diego']],
    ]);
  });

  it('reads "me confirmas…" as the person the notes are for, and leaves omitted audio out', () => {
    const notes = [
      'Hola Daniela!',
      '',
      '- me confirmas si el sábado abres o no',
      '- audio omitido',
      '',
      'Saludos,',
      'Ana',
    ].join('\n');
    expect(parse(notes, { language: 'es' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['me confirmas si abres o no', ['Daniela']],
    ]);
  });
});
