// Commitment tables, board checklists, client emails and voice-note chats, as VAs paste them.
import { parse, summary } from './helpers/parse';

describe('a commitments table with a status column', () => {
  const notes = [
    'Minuta reunión comercial',
    'Fecha: miércoles 2 de diciembre de 2026',
    '',
    '| Compromiso | Responsable | Fecha | Estado |',
    '|---|---|---|---|',
    '| Enviar cotización ajustada | Natalia Restrepo | 04/12/2026 | En curso |',
    '| Depurar base de clientes inactivos | Carlos Henao | 30/11/2026 | Cerrado |',
    '| Llamar a clientes con cartera vencida | Todos los comerciales | La próxima semana | Pendiente |',
    '| Renovar póliza de cumplimiento | | 9/12 | Pendiente – URGENTE |',
  ].join('\n');
  const tasks = parse(notes, { meetingDate: undefined }).tasks.map(summary);

  it('reads each open row as a task, and leaves the closed one out', () => {
    expect(tasks.map((task) => task.text)).toEqual([
      'Enviar cotización ajustada',
      'Llamar a clientes con cartera vencida',
      'Renovar póliza de cumplimiento',
    ]);
  });

  it('reads "todos los comerciales" as everyone and an urgent status as high priority', () => {
    expect(tasks[1]).toMatchObject({ owners: ['everyone'], due: '2026-12-11' });
    expect(tasks[2]).toMatchObject({ owners: [], due: '2026-12-09', priority: 'high' });
  });
});

describe('a table whose action column has a label of its own', () => {
  it('takes the first named column beside the owner column as the action', () => {
    const notes = [
      '| # | Detalle | Responsable | Fecha |',
      '|---|---|---|---|',
      '| 1 | Pedir el presupuesto | Ana | 20/03 |',
    ];
    expect(parse(notes.join('\n')).tasks.map(summary)).toEqual([
      { text: 'Pedir el presupuesto', owners: ['Ana'], due: '2026-03-20', priority: null },
    ]);
  });
});

describe('a line that only names the columns under it', () => {
  it('is no task', () => {
    const notes = ['Action items', 'Who — What — When', 'Priya — circulate the approved budget — Friday'];
    expect(parse(notes.join('\n')).tasks.map((task) => task.text)).toEqual(['circulate the approved budget']);
  });
});

describe("a client email with the client's list and the firm's list", () => {
  const email = [
    'Para: Javier Moreno',
    'Enviado el: lunes, 14 de diciembre de 2026 10:32',
    '',
    'Hola Javier:',
    '',
    'Como te comenté esta mañana por teléfono, te resumo lo que tenemos pendiente.',
    '',
    'Necesitamos que nos envíes:',
    '- Todas las facturas emitidas del trimestre, antes del 8 de enero.',
    '- Copia del contrato de renting de la furgoneta, cuando puedas.',
    '',
    'Por nuestra parte:',
    '- Presentaremos el modelo 303 antes del 20 de enero.',
    '',
    'Otras cosas:',
    '- Importante: tienes que renovar el certificado digital antes del 28 de diciembre.',
    '',
    'Un saludo,',
    'Rocío Castaño',
  ].join('\n');
  const tasks = parse(email, { meetingDate: undefined }).tasks.map(summary);

  it('gives the items asked of the reader to the reader, even when they are only the things to send', () => {
    expect(tasks.slice(0, 2)).toEqual([
      {
        text: 'Todas las facturas emitidas del trimestre',
        owners: ['Javier'],
        due: '2027-01-08',
        priority: null,
      },
      {
        text: 'Copia del contrato de renting de la furgoneta',
        owners: ['Javier'],
        due: null,
        priority: null,
      },
    ]);
  });

  it('reads "Importante:" as a priority and "tienes que" as the reader, never as a name', () => {
    expect(tasks).toContainEqual({
      text: 'renovar el certificado digital',
      owners: ['Javier'],
      due: '2026-12-28',
      priority: 'high',
    });
    expect(tasks.flatMap((task) => task.owners)).not.toContain('Como');
  });

  it("gives the firm's list to whoever signs, and the sign-off is no item of it", () => {
    expect(tasks).toContainEqual(
      expect.objectContaining({
        text: 'Presentar el modelo 303',
        owners: ['Rocío Castaño'],
        due: '2027-01-20',
      }),
    );
    expect(tasks.map((task) => task.text)).not.toContain('Un saludo');
  });
});

describe('a greeting with a title', () => {
  it('names the reader after the title: "Hola Dr. Rafael"', () => {
    const notes = [
      'Hola Dr. Rafael! Te dejo el resumen.',
      '',
      '- Tenés que firmar el contrato de la higienista.',
    ];
    expect(parse(notes.join('\n')).tasks.map((task) => task.owners)).toEqual([['Rafael']]);
  });
});

describe('a checklist copied from a task board', () => {
  const board = [
    'Spring Gala planning board (01/14/2027)',
    '',
    '☑ Sign contract with the ballroom [Venue] (Greg)',
    '☐ Get 3 catering quotes [Catering] [High Priority] @nina  Due: 1/29/2027',
    '☐ Book photographer [Vendors]  Due: 2/15',
    '☐ Press release [Marketing] [Low]',
  ].join('\n');
  const tasks = parse(board, { meetingDate: undefined, language: 'en' }).tasks.map(summary);

  it('reads open boxes as tasks and leaves ticked ones out', () => {
    expect(tasks.map((task) => task.text.replace(/\s*\[\w+\]$/, ''))).toEqual([
      'Get 3 catering quotes',
      'Book photographer',
      'Press release',
    ]);
  });

  it('reads a priority label in brackets, and takes the brackets with it', () => {
    expect(tasks[0]).toMatchObject({ owners: ['nina'], due: '2027-01-29', priority: 'high' });
    expect(tasks[2]).toMatchObject({ priority: 'low', text: 'Press release [Marketing]' });
  });
});

describe('voice notes transcribed into a chat export', () => {
  const chat = [
    '[13/11/2026, 07:44] Thandi Mokoena: 🎤 Voice message (transcribed)',
    "Oh and someone needs to phone Makro about the cake boxes. I'll do the quote for the school fun day myself.",
    '[13/11/2026, 07:45] Sipho Dlamini: ok',
    '[13/11/2026, 07:47] Thandi Mokoena: 🎤 Voice message (transcribed)',
    'Lerato must post the hamper pics on Insta, and please submit the VAT return by month-end.',
  ].join('\n');
  const tasks = parse(chat, { meetingDate: undefined, language: 'en' }).tasks.map(summary);

  it('gives the lines under a stamped message to whoever sent it', () => {
    expect(tasks).toContainEqual(
      expect.objectContaining({
        text: 'do the quote for the school fun day myself',
        owners: ['Thandi Mokoena'],
      }),
    );
  });

  it('reads a point after a spoken opener, and "must" as a commitment', () => {
    expect(tasks).toContainEqual(
      expect.objectContaining({ text: 'phone Makro about the cake boxes', owners: [] }),
    );
    expect(tasks).toContainEqual(expect.objectContaining({ owners: ['Lerato'] }));
  });

  it('reads "month-end" as the last day of the month', () => {
    expect(tasks.map((task) => task.due)).toContain('2026-11-30');
  });
});

describe("a VA's notes of what the client asked of them", () => {
  const notes = [
    'Llamada con Martín - jueves 5/11/26',
    'notas Cami',
    '',
    '- Objetivo que me pasó: llenar los 4 turnos libres de los martes antes de fin de mes',
    '',
    'Lo que me pidió:',
    '- agendame la supervisión con la Dra. Paz para el martes que viene',
    '- armar el posteo sobre ansiedad para IG',
  ].join('\n');
  const result = parse(notes, { meetingDate: undefined, language: 'es' });

  it('gives the asked items to whoever took the notes', () => {
    expect(result.tasks.map((task) => [task.text, task.owners])).toEqual([
      ['agendame la supervisión con la Dra. Paz', ['Cami']],
      ['armar el posteo sobre ansiedad para IG', ['Cami']],
    ]);
  });

  it('reads a goal label with a clause in it as a goal', () => {
    expect(result.objectives.map((objective) => [objective.text, objective.due])).toEqual([
      ['llenar los 4 turnos libres de los martes', '2026-11-30'],
    ]);
  });
});

describe("an account manager's shorthand after a call", () => {
  const notes = [
    'Brightwater Dental call 9/22/26',
    'me (Megan), Rob from our side, Jen on theirs',
    '',
    'goal for Q4: get to 4.5 stars by Dec 31',
    "we'll draft the review request sequence, Rob owns that, due 10/2",
    'I need to send them the revised retainer proposal tomorrow',
    'holiday hours banner - low pri',
    'sent them the Sept report during the call',
    'they decided NOT to do the radio spot this year',
  ].join('\n');
  const tasks = parse(notes, { meetingDate: undefined, language: 'en' }).tasks.map(summary);

  it('reads who owns each point: a closing hand-over, and "I" as the "me" of the attendee line', () => {
    expect(tasks.slice(0, 2)).toEqual([
      { text: "we'll draft the review request sequence", owners: ['Rob'], due: '2026-10-02', priority: null },
      {
        text: 'send them the revised retainer proposal',
        owners: ['Megan'],
        due: '2026-09-23',
        priority: null,
      },
    ]);
  });

  it('reads "low pri", and leaves out what was already done or decided', () => {
    expect(tasks.slice(2)).toEqual([
      { text: 'holiday hours banner', owners: [], due: null, priority: 'low' },
    ]);
  });
});

describe('Spanish points that hand over or report', () => {
  const notes = [
    'Notas 14/12/2026',
    '',
    'Pendientes:',
    '- El resumen anual se presenta antes del 30 de enero; esto lo lleva Manolo.',
    '- Mandé el presupuesto al proveedor.',
    '- Matías ofreció conseguir la tierra, hay que confirmarlo.',
  ].join('\n');
  const tasks = parse(notes, { meetingDate: undefined, language: 'es' }).tasks.map(summary);

  it('gives a point to whoever "lo lleva", leaves out what was already sent, keeps an offer to do', () => {
    expect(tasks.map((task) => [task.text, task.owners])).toEqual([
      ['El resumen anual se presenta', ['Manolo']],
      ['ofreció conseguir la tierra, hay que confirmarlo', ['Matías']],
    ]);
  });
});

describe('a point already sent, after a report', () => {
  it('is done', () => {
    const notes = [
      'Notas 10/3/2026',
      '',
      '- El SAT publicó nuevas reglas; Laura comparte el resumen por correo (ya enviado).',
    ];
    expect(parse(notes.join('\n'), { language: 'es' }).tasks).toEqual([]);
  });
});

describe('a retro checklist with fields under each item', () => {
  const retro = [
    'Sprint 42 retro, 03/12/2026',
    '',
    'Action items',
    '☐ Investigate why ticket estimates are off',
    '    Owner: @ana.r   ETA: end of month   Priority: Low',
    '☑ Move retro to Thursday mornings',
    '    Owner: Jordan Lee   ETA: done',
    '☐ Follow up with Legal on the PCI questionnaire',
    '    Owner: Jordan Lee   ETA: Tues',
  ].join('\n');
  const tasks = parse(retro, { meetingDate: undefined, language: 'en' }).tasks.map(summary);

  it('keeps the fields of a ticked item with it, reads "@" owners and a weekday alone in its field', () => {
    expect(tasks).toEqual([
      {
        text: 'Investigate why ticket estimates are off',
        owners: ['ana.r'],
        due: '2026-03-31',
        priority: 'low',
      },
      {
        text: 'Follow up with Legal on the PCI questionnaire',
        owners: ['Jordan Lee'],
        due: '2026-03-17',
        priority: null,
      },
    ]);
  });
});

describe('what was done, told in the first person or by the client', () => {
  it('is no task, even with an owner', () => {
    const chat = [
      '[16/11/26, 20:17] Mariana Gómez: 3. Hay que conseguir quién preste bocina y micrófono',
      '[16/11/26, 20:30] Daniela: Yo ya compré el papel crepé 🎉',
      '[16/11/26, 20:31] Mariana Gómez: Y yo mando la lista de canciones',
    ];
    expect(parse(chat.join('\n'), { language: 'es' }).tasks.map((task) => task.text)).toEqual([
      'conseguir quién preste bocina y micrófono',
      'mando la lista de canciones',
    ]);
    const notes = [
      'Call notes 6/5/26',
      '',
      'Action items',
      '- client approved logo direction B',
      '- Carla asked if we can do TikTok',
      '- Rob to send the files',
    ];
    expect(parse(notes.join('\n'), { language: 'en' }).tasks.map((task) => task.text)).toEqual([
      'send the files',
    ]);
  });
});

describe('tracker shorthand in a follow-up list', () => {
  it('reads tags, end-of-day deadlines, reminders to the team, and leaves undecided topics out', () => {
    const notes = [
      'Team sync 2026-03-10',
      '',
      'Follow-ups:',
      '- [Action] Priya - send the deck',
      '- Bob: update the pricing page by COB Thursday',
      '- Reminder to everyone: submit timesheets by EOD',
      '- Décor: TBD',
    ].join('\n');
    expect(parse(notes, { meetingDate: undefined, language: 'en' }).tasks.map(summary)).toEqual([
      { text: 'send the deck', owners: ['Priya'], due: null, priority: null },
      { text: 'update the pricing page', owners: ['Bob'], due: '2026-03-12', priority: null },
      { text: 'submit timesheets', owners: ['everyone'], due: '2026-03-10', priority: null },
    ]);
  });

  it('does the same in Spanish, with an abbreviated weekday after "vence el"', () => {
    const notes = [
      'Reunión 10/03/2026',
      '',
      'Pendientes:',
      '- POR HACER: llamar a Ana por el alquiler',
      '- Priya: mandar el deck (vence el vie)',
      '- Recordatorio para todos: cargar las horas hoy',
      '- Decoración: a definir',
    ].join('\n');
    expect(parse(notes, { meetingDate: undefined, language: 'es' }).tasks.map(summary)).toEqual([
      { text: 'llamar a Ana por el alquiler', owners: [], due: null, priority: null },
      { text: 'mandar el deck', owners: ['Priya'], due: '2026-03-13', priority: null },
      { text: 'cargar las horas', owners: ['everyone'], due: '2026-03-10', priority: null },
    ]);
  });
});

describe('a comment after the action', () => {
  it('is cut from the text when it runs on, and kept when short', () => {
    const notes = [
      'Notas 5/11/2026',
      '',
      'Pendientes:',
      '- conseguir otra bocina, la que tenemos ya no sirve para nada',
      '- responder los mails de la web, hay como 6 sin contestar desde el lunes pasado',
      '- pedir el certificado al casero, que suele tardar',
    ].join('\n');
    expect(parse(notes, { meetingDate: undefined, language: 'es' }).tasks.map((task) => task.text)).toEqual([
      'conseguir otra bocina',
      'responder los mails de la web',
      'pedir el certificado al casero, que suele tardar',
    ]);
  });
});

describe('an English comment after the action', () => {
  it('is cut from the text when it runs on', () => {
    const notes = [
      'Call notes 9/22/26',
      '',
      'To do:',
      '- landing page for the promo - they want it live before Halloween, check with the dev',
      '- contact the ice cream van man again, as he needs four weeks notice for the fair',
    ].join('\n');
    expect(parse(notes, { meetingDate: undefined, language: 'en' }).tasks.map((task) => task.text)).toEqual([
      'landing page for the promo',
      'contact the ice cream van man again',
    ]);
  });
});
