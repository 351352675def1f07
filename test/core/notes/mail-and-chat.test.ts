// Notes pasted from an email thread, a WhatsApp export or formal minutes: lists run into paragraphs, signatures.
import { parse, summary, taskTexts } from './helpers/parse';

describe('an email with its action list run into one paragraph', () => {
  const email = [
    'De: Camila Restrepo',
    'Asunto: Compromisos reunión viernes 24',
    '',
    'Hola equipo, les comparto los compromisos. Compromisos: 1) Andrés: confirmar el préstamo del salón comunal, ' +
      'a más tardar el miércoles. 2) Jorge: conseguir 30 bolsas de sustrato y las semillas. 3) Valentina: diseñar ' +
      'la pieza de convocatoria, el lunes. 4) Yo me encargo de enviar el informe de julio al donante antes del 31. ' +
      '5) Pendiente definir quién da la charla de compostaje.',
    '',
    'Saludos,',
    'Camila Restrepo',
    'Coordinadora de proyectos',
  ].join('\n');
  const tasks = parse(email, { meetingDate: '2026-07-24' }).tasks.map(summary);

  it('gives one task per numbered item, with its owner', () => {
    expect(tasks.map((task) => task.owners[0] ?? null)).toEqual([
      'Andrés',
      'Jorge',
      'Valentina',
      'Camila Restrepo',
      null,
    ]);
  });

  it('reads "yo" as the person who signs under the sign-off, and "pendiente" as an open action', () => {
    expect(tasks[3]).toMatchObject({ due: '2026-07-31' });
    expect(tasks[4]?.text).toBe('definir quién da la charla de compostaje');
  });

  it('takes no header line for a task', () => {
    expect(tasks.some((task) => /Compromisos reunión/.test(task.text))).toBe(false);
  });
});

describe('an "Actions:" paragraph', () => {
  it('gives one task per sentence, and "I" is who signs "Thanks! Tom"', () => {
    const email = [
      'Actions: Helen - book the bouncy castle. Mark to sort the float from the bank. ' +
        "I'll do the council form. Sarah will ask Mrs Okafor if the choir can perform.",
      '',
      'Thanks! Tom',
    ].join('\n');
    expect(parse(email).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['book the bouncy castle', ['Helen']],
      ['sort the float from the bank', ['Mark']],
      ['do the council form', ['Tom']],
      ['ask Mrs Okafor if the choir can perform', ['Sarah']],
    ]);
  });
});

describe('formal minutes with numbered sections over paragraphs', () => {
  it('reads the paragraph under "2. Treasurer\'s report" sentence by sentence', () => {
    const minutes = [
      "2. Treasurer's report",
      'Balance £8,412. Subs income is down on last year. RM to send the subs reminder email to all lapsed members.',
      '',
      '3. Ground and facilities',
      'The clubhouse boiler is making noises again. SP to get two quotes.',
    ].join('\n');
    expect(parse(minutes).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['send the subs reminder email to all lapsed members', ['RM']],
      ['get two quotes', ['SP']],
    ]);
  });
});

describe('formal minutes that close an action with "ACTION:"', () => {
  const minutes = [
    'Committee minutes',
    '',
    '3. Ground and facilities',
    'The square needs scarifying. Agreed to go ahead; GL to confirm the booking. ACTION: GL',
    'DC offered to write the application, with RM providing the accounts. ACTION: DC, RM - draft by 13/2',
    '',
    'Everyone: stock take Sunday after close',
  ].join('\n');
  const tasks = parse(minutes, { meetingDate: '2026-01-21' }).tasks.map(summary);

  it('gives the sentence before to the people named, with the date after them', () => {
    expect(tasks.slice(0, 2)).toEqual([
      { text: 'confirm the booking', owners: ['GL'], due: null, priority: null },
      expect.objectContaining({ owners: ['DC', 'RM'], due: '2026-02-13' }),
    ]);
  });

  it('reads a "Name: action" line of its own as that person\'s task', () => {
    expect(tasks[2]).toMatchObject({
      text: 'stock take after close',
      owners: ['everyone'],
      due: '2026-01-25',
    });
  });
});

describe('an Android WhatsApp export', () => {
  const chat = [
    '18/3/26 19:02 - Caro: Chicos, resumen de lo que hablamos hoy',
    '18/3/26 19:04 - Caro: Nico vos te encargás de armar la promo 3x2 en plantines, mañana a más tardar',
    '18/3/26 19:05 - Caro: Yo llamo al del riego por goteo el lunes',
    '18/3/26 19:09 - Caro: Nico pedí presupuesto a los dos herreros, esta semana',
    '18/3/26 19:15 - Caro: Y entre todos hay que reorganizar el invernadero antes del 1 de abril',
    '18/3/26 19:23 - Juli: Dale',
  ].join('\n');
  const tasks = parse(chat, { meetingDate: '2026-03-18' }).tasks.map(summary);

  it('reads who speaks on each line, the voseo and the whole team', () => {
    expect(tasks.map((task) => [task.owners, task.due])).toEqual([
      [['Nico'], '2026-03-19'],
      [['Caro'], '2026-03-23'],
      [['Nico'], '2026-03-20'],
      [['everyone'], '2026-04-01'],
    ]);
  });

  it('dates the meeting by the chat’s stamps and titles it by the first message', () => {
    const found = parse(chat, { meetingDate: undefined });
    expect([found.meetingDate, found.title]).toEqual([
      '2026-03-18',
      'Chicos, resumen de lo que hablamos hoy',
    ]);
  });

  it('takes no reply like "Dale" for a task', () => {
    expect(taskTexts(chat, { meetingDate: '2026-03-18' })).not.toContain('Dale');
  });
});

describe('a chat reply that takes an item on', () => {
  const chat = [
    '[7/5/26, 18:40] Vale: Resumen de la llamada',
    '[7/5/26, 18:41] Vale: 1) Yo armo el menú de cafetería en Canva para el lunes',
    '[7/5/26, 18:43] Vale: 2) Llamar al contador por la factura del horno nuevo',
    '[7/5/26, 18:44] Vale: 3) Pasar las facturas a la planilla',
    '[7/5/26, 18:51] Sergio: Dale, genial. Lo del contador lo hago yo el martes',
    '[7/5/26, 18:53] Sergio: Otra cosa: que Martina y Lucas hagan inventario de harina el sábado',
    '[7/5/26, 18:55] Vale: Ok, lo de la planilla ya lo hizo Martina',
  ].join('\n');
  const tasks = parse(chat, { meetingDate: '2026-05-07' }).tasks.map(summary);

  it('gives the item it names to whoever replies, with the reply’s date; an item reported done goes', () => {
    expect(tasks.slice(0, 2).map((task) => [task.text, task.owners, task.due])).toEqual([
      ['armo el menú de cafetería en Canva', ['Vale'], '2026-05-11'],
      ['Llamar al contador por la factura del horno nuevo', ['Sergio'], '2026-05-12'],
    ]);
    expect(tasks.map((task) => task.text)).not.toContain('Pasar las facturas a la planilla');
  });

  it('reads "que Martina y Lucas hagan…" as a request naming who does it', () => {
    expect(tasks[2]).toEqual({
      text: 'hagan inventario de harina',
      owners: ['Martina', 'Lucas'],
      due: '2026-05-09',
      priority: null,
    });
    expect(tasks).toHaveLength(3);
  });

  it('takes the item of the message it answers when it names none', () => {
    const answered = [
      '18/3/26 19:20 - Caro: Me olvidaba de algo',
      '18/3/26 19:21 - Caro: Juli actualizá la lista de precios del mostrador',
      '18/3/26 19:23 - Juli: Dale mañana la hago',
    ].join('\n');
    expect(parse(answered, { meetingDate: '2026-03-18' }).tasks.map(summary)).toEqual([
      {
        text: 'actualizá la lista de precios del mostrador',
        owners: ['Juli'],
        due: '2026-03-19',
        priority: null,
      },
    ]);
  });

  it('is read in English too', () => {
    const english = [
      '[3/5/26, 09:09] Dana: Quick one',
      '[3/5/26, 09:10] Dana: We need to renew the domain',
      "[3/5/26, 09:12] Leo: Sure, I'll do it tomorrow",
    ].join('\n');
    expect(parse(english, { meetingDate: '2026-03-05', language: 'en' }).tasks.map(summary)).toEqual([
      { text: 'renew the domain', owners: ['Leo'], due: '2026-03-06', priority: null },
    ]);
  });
});

describe('a group chat that settles its items', () => {
  const chat = [
    '[9/3/2026 10:02 AM] Nina Patel: ok quick recap of the huddle',
    '[9/3/2026 10:03 AM] Nina Patel: 2) Greg to get the final quote from the movers by Monday',
    '[9/3/2026 10:04 AM] Nina Patel: 3) Rachel - update the shipping cutoff banner on the store EOD',
    '[9/3/2026 10:04 AM] Nina Patel: 4) we need a backup label printer, nobody owns this yet',
    "[9/3/2026 10:09 AM] Sam Okafor: yep I'll take the movers quote",
    '[9/3/2026 10:11 AM] Rachel Lim: banner is live already ✅',
    '[9/3/2026 10:15 AM] Greg Holloway: I can do the label printer though, will order one this week',
    '[9/3/2026 10:41 AM] Nina Patel: reminder: submit your PTO for October',
    '[9/3/2026 10:42 AM] Nina Patel: and pls label your boxes at some point',
  ].join('\n');
  const tasks = parse(chat, { meetingDate: '2026-09-03', language: 'en' }).tasks.map(summary);

  it('hands an item to whoever takes it, drops the one reported done, and asks the whole group the rest', () => {
    expect(tasks.map((task) => [task.text, task.owners, task.due])).toEqual([
      ['get the final quote from the movers', ['Sam Okafor'], '2026-09-07'],
      ['a backup label printer', ['Greg Holloway'], '2026-09-04'],
      ['submit your PTO for October', [], null],
      ['label your boxes at some point', ['everyone'], null],
    ]);
  });
});

describe('a recap email to the whole team', () => {
  const email = [
    'Sent: Monday, April 13, 2026 4:12 PM',
    'Subject: Weekly sync recap',
    '',
    "Hi all, quick recap of today's sync:",
    '',
    '- Marco will post the May schedule by the 25th. Please get your availability to him.',
    '- Can someone call the linen company about the missing napkins? Third week in a row.',
  ].join('\n');
  const tasks = parse(email, { meetingDate: undefined, language: 'en' }).tasks.map(summary);

  it("splits a request to the readers from the writer's point, and gives it to everyone greeted", () => {
    expect(tasks.slice(0, 2)).toEqual([
      { text: 'post the May schedule', owners: ['Marco'], due: '2026-04-25', priority: null },
      { text: 'get your availability to him', owners: ['everyone'], due: null, priority: null },
    ]);
  });

  it('reads "third week in a row" as a count, no date', () => {
    expect(tasks[2]?.due).toBeNull();
  });
});

describe('a commitment after an introductory phrase', () => {
  it('is read from the name after the comma', () => {
    const en = 'Notes 10/3/2026\n\nTo get there, Marcus will reach out to the new sign-ups by Friday.';
    expect(parse(en, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['reach out to the new sign-ups', ['Marcus']],
    ]);
    const es = 'Notas 10/3/2026\n\nMientras tanto, Lucía va a llamar al proveedor el lunes.';
    expect(parse(es, { language: 'es' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['llamar al proveedor', ['Lucía']],
    ]);
  });
});

describe('a group chat where one speaker greets another', () => {
  it('reads "I need you to…" as a request to the one greeted, in later messages too', () => {
    const chat = [
      '[13/11/2026, 07:41] Thandi: 🎤 Voice message',
      '[13/11/2026, 07:42] Thandi: Morning Sipho, just a couple of things before I forget',
      '[13/11/2026, 07:43] Sipho: 👍 ok',
      '[13/11/2026, 07:44] Lerato: morning!',
      '[13/11/2026, 07:45] Thandi: I need you to be there on Wednesday to let Pieter in',
    ].join('\n');
    expect(
      parse(chat, { meetingDate: undefined, language: 'en' }).tasks.map((task) => [task.text, task.owners]),
    ).toEqual([['be there to let Pieter in', ['Sipho']]]);
  });
});
