// Who acts when the notes speak to someone, speak with the writer, or speak as the writer in other words.
import { parse, summary } from './helpers/parse';

const owned = (notes: string, language: 'es' | 'en' = 'es'): Array<[string, string[], string | null]> =>
  parse(notes, { language }).tasks.map((task) => [task.text, task.owners, task.due]);

describe('a summary email from a volunteer group, signed off by its writer', () => {
  const email = [
    'Asunto: Resumen reunión de coordinación 20/10',
    '',
    'Hola a todos,',
    '',
    'Marta se encarga de hablar con los supermercados del barrio antes de fin de mes.',
    'Pedro y yo hacemos los carteles la semana que viene.',
    'Lucía, te toca presentar la justificación de gastos antes del 15 de enero, ¿vale?',
    'Todos tenemos que leernos la propuesta de estatutos antes del día 20.',
    'La convocatoria formal la mando yo en dos semanas.',
    'Hace falta conseguir más voluntarios para los turnos de los sábados.',
    '',
    'Un abrazo,',
    'Javier',
  ].join('\n');

  it('gives "Pedro y yo" to both, "Lucía, te toca" to Lucía, "la mando yo" to the writer who signed', () => {
    expect(owned(email)).toEqual([
      ['hablar con los supermercados del barrio', ['Marta'], '2026-03-31'],
      ['hacemos los carteles', ['Pedro', 'Javier'], '2026-03-20'],
      ['presentar la justificación de gastos, ¿vale?', ['Lucía'], '2027-01-15'],
      ['leernos la propuesta de estatutos', ['everyone'], '2026-03-20'],
      ['La convocatoria formal la mando yo', ['Javier'], '2026-03-26'],
      ['conseguir más voluntarios para los turnos de los sábados', [], null],
    ]);
  });
});

describe("a VA's notes of a call with a client she calls usted", () => {
  const notes = [
    'Llamada con la Dra. Paola Restrepo – 12/03/2026',
    'Notas: Laura (asistente virtual)',
    '',
    'Lo que quedamos:',
    '- Le envío la propuesta de contenidos el lunes 16',
    '- Ella me confirma mañana los horarios de los sábados',
    '- Las pido al proveedor y se las mando el viernes',
    '- Me pidió cotizar un fotógrafo para fotos de perfil',
    '- Formulario de primera consulta ✔ listo, ya está en la web',
    '- Hay que actualizar la plantilla en Canva (prioridad alta, la actual tiene el logo viejo)',
  ].join('\n');

  it('reads "le envío" and "me pidió" as the note taker, "ella" as the client, and a ticked item as done', () => {
    expect(parse(notes, { language: 'es' }).tasks.map(summary)).toEqual([
      { text: 'Le envío la propuesta de contenidos', owners: ['Laura'], due: '2026-03-16', priority: null },
      {
        text: 'me confirma los horarios de los sábados',
        owners: ['Paola'],
        due: '2026-03-13',
        priority: null,
      },
      { text: 'Las pido al proveedor y se las mando', owners: ['Laura'], due: '2026-03-13', priority: null },
      { text: 'cotizar un fotógrafo para fotos de perfil', owners: ['Laura'], due: null, priority: null },
      {
        text: 'actualizar la plantilla en Canva (la actual tiene el logo viejo)',
        owners: [],
        due: null,
        priority: 'high',
      },
    ]);
  });

  it('does not read "lo nuevo" or a past participle after "lo" as the writer speaking', () => {
    const notes = [
      'Notas: Laura',
      '',
      'Próximos pasos:',
      '- Lo acordado con el banco',
      '- Lo nuevo del menú',
    ];
    expect(owned(notes.join('\n')).map(([, owners]) => owners)).toEqual([[], []]);
  });
});

describe('notes that name people the way wikis and lowercase notes do', () => {
  it('takes a full-name mention as the owner and leaves the surname out of the task', () => {
    const notes = ['Sprint retro', '', 'Action items', '@Priya Nair set up a flaky-test dashboard by Friday'];
    expect(owned(notes.join('\n'), 'en')).toEqual([
      ['set up a flaky-test dashboard', ['Priya Nair'], '2026-03-13'],
    ]);
  });

  it('reads the note taker from "kim\'s notes" and gives "-> me" to her', () => {
    const notes = [
      'call w/ dana - thu 3/12/26',
      "(kim's notes)",
      '',
      'admin',
      '- update the show notes template -> me',
    ];
    expect(owned(notes.join('\n'), 'en')).toEqual([['update the show notes template', ['Kim'], null]]);
  });

  it.each([
    [
      'en',
      '(my notes - Kayla)',
      '- update the show notes template -> me',
      'update the show notes template',
      'Kayla',
    ],
    ['es', '(mis notas - Laura)', '- actualizar la plantilla -> yo', 'actualizar la plantilla', 'Laura'],
  ] as const)('reads the note taker from "%s %s"', (language, header, line, text, writer) => {
    const notes = ['call w/ dana - thu 3/12/26', header, '', 'admin', line];
    expect(owned(notes.join('\n'), language)).toEqual([[text, [writer], null]]);
  });

  it('gives the lists of a follow-up email to the reader, the writer, or both', () => {
    const notes = [
      'De: Valentina Restrepo',
      'Para: Andrés Gómez',
      '',
      'Hola Andrés,',
      '',
      'PENDIENTES TUYOS',
      '1. Firmar el contrato con la tostadora',
      'PENDIENTES MÍOS',
      '1. Programar los posts de julio',
      'PENDIENTES DE LOS DOS',
      '- Revisar juntos los números del semestre',
    ];
    expect(owned(notes.join('\n'), 'es')).toEqual([
      ['Firmar el contrato con la tostadora', ['Andrés'], null],
      ['Programar los posts de julio', ['Valentina Restrepo'], null],
      ['Revisar juntos los números del semestre', ['Valentina Restrepo', 'Andrés'], null],
    ]);
  });

  it('gives "Sam, can you…" to Sam', () => {
    const notes = ['Catch-up', '', 'Sam, can you send the venue contract before Monday?'];
    expect(owned(notes.join('\n'), 'en')).toEqual([['send the venue contract', ['Sam'], '2026-03-16']]);
  });

  it('closes an item ticked with a remark after the tick', () => {
    const notes = [
      'Action items',
      '- Tom rotate the on-call schedule ✅ (done in the meeting)',
      '- Ana: book the room',
    ];
    expect(owned(notes.join('\n'), 'en').map(([text]) => text)).toEqual(['book the room']);
  });
});

describe("a manager's recap email signed on the line after the sign-off", () => {
  const email = [
    'Subject: Weekly sync recap',
    '',
    'Hi all, quick recap of today:',
    '- Can someone call the linen company about the missing napkins?',
    '- Spring menu: Chef and Dani to finalize the new dishes by end of the month.',
    "- I'll order the new patio umbrellas tomorrow.",
    '',
    'Thanks everyone, see you Wednesday!',
    'Carla',
  ].join('\n');

  it('asks no one in particular, reads the owners after a topic, and gives "I\'ll" to Carla', () => {
    expect(owned(email, 'en')).toEqual([
      ['call the linen company about the missing napkins?', [], null],
      ['Spring menu: finalize the new dishes', ['Chef', 'Dani'], '2026-03-31'],
      ['order the new patio umbrellas', ['Carla'], '2026-03-13'],
    ]);
  });
});

describe('commitments reported in the third person', () => {
  it.each([
    ['en', "For the fair: Gloria said she'll run the seed swap table.", 'Gloria'],
    ['en', 'The sign is falling apart; Lou thinks he can repaint it.', 'Lou'],
    ['en', 'SO agreed to look into registering with FareShare.', 'SO'],
    ['es', 'Marta dijo que se encarga de llamar al técnico.', 'Marta'],
  ] as const)('%s "%s" is a task for %s', (language, sentence, owner) => {
    expect(owned(['Notes', '', sentence].join('\n'), language).map(([, owners]) => owners)).toEqual([
      [owner],
    ]);
  });
});

describe("a VA's recap that says whose list is whose", () => {
  const recap = [
    'Resumen llamada semanal – Ale Villaseñor Coaching',
    'Lunes 9/03/2026 · Meet',
    '',
    '¡Hola Ale! Te dejo el resumen de lo que vimos hoy 😊',
    '',
    'Lo que me toca a mí (Fer):',
    '• Te mando el calendario de contenido para el jueves 12',
    '',
    'Lo que te toca a ti:',
    '• Grabas el video de bienvenida antes del viernes',
  ].join('\n');

  it('takes the writer from the heading, the reader from the greeting, and the summary line as no task', () => {
    expect(
      parse(recap, { language: 'es', meetingDate: undefined }).tasks.map((task) => [task.text, task.owners]),
    ).toEqual([
      ['Te mando el calendario de contenido', ['Fer']],
      ['Grabas el video de bienvenida', ['Ale']],
    ]);
  });
});

describe("a photographer's shorthand kickoff notes", () => {
  const notes = [
    'kickoff call - Harlow & Finch Bakery',
    '7/17/26, zoom',
    'w/ Nora Finch (owner)',
    '',
    'client →',
    '- send brand guidelines + logo files — by EOW',
    '',
    'me →',
    '- moodboard draft — by Wed',
    '',
    'guests',
    '- email 5 guests from the list -> me by next wed',
  ].join('\n');

  it('gives each arrow-headed list to the client or the writer, and "-> me by next wed" to the writer', () => {
    expect(owned(notes, 'en')).toEqual([
      ['send brand guidelines + logo files', ['Nora'], '2026-03-13'],
      ['moodboard draft', ['me'], '2026-03-18'],
      ['email 5 guests from the list', ['me'], '2026-03-18'],
    ]);
  });
});

describe("an agency's recap email with next steps for each side", () => {
  const email = [
    'From: Hannah Whitfield <hannah@brightlinecreative.com>',
    'To: Greg Olsen <greg@olsenoutdoor.com>; Priya Shah <priya@olsenoutdoor.com>',
    'Date: Thu, Apr 16, 2026 at 4:12 PM',
    '',
    'Hi Greg and Priya,',
    '',
    'Us (Brightline)',
    '- Tyler will send revised ad concepts by Wednesday',
    "- I'll put together the Q2 reporting deck",
    '- Set up UTM tracking for the newsletter links',
    '',
    'You (Olsen Outdoor)',
    '- Priya: send over product shots for the new kayak colors',
    '- Share access to the Shopify analytics with Tyler',
    '',
    'Next check-in: Thursday, April 30 at 2pm ET.',
    '',
    'Best,',
    'Hannah',
    '',
    '--',
    'Hannah Whitfield | Account Director',
  ].join('\n');

  it('gives each side its list, the writer from the From line, and reads nothing in the signature', () => {
    expect(parse(email, { language: 'en', meetingDate: undefined }).tasks.map((task) => task.owners)).toEqual(
      [['Tyler'], ['Hannah Whitfield'], ['Brightline'], ['Priya'], ['Olsen Outdoor']],
    );
  });
});

describe('lists headed "Customer will…" and "We will…"', () => {
  it('reads the ellipsis heading like a colon and gives its items to the side it names', () => {
    const notes = [
      'QBR recap',
      '',
      'Customer will…',
      '- sign the updated DPA',
      '',
      'We will…',
      '- open a P1 ticket with engineering (Marcus)',
    ];
    expect(owned(notes.join('\n'), 'en').map(([text, owners]) => [text, owners])).toEqual([
      ['sign the updated DPA', ['Customer']],
      ['open a ticket with engineering', ['Marcus']],
    ]);
  });
});

describe("a wedding planner's call notes signed with a dash", () => {
  it('gives "TO DO (me)" to the planner who signs, and reads a plural noun as no name', () => {
    const notes = [
      'Call notes — Emily & Josh',
      '',
      'Action items',
      '- Invitations need to go to the printer by end of August',
      '',
      'TO DO (me)',
      '- book shuttle for guests from the Hampton Inn',
      '',
      '— Rachel, Bloom & Vow Events',
    ];
    expect(owned(notes.join('\n'), 'en').map(([text, owners]) => [text, owners])).toEqual([
      ['Invitations need to go to the printer', []],
      ['book shuttle for guests from the Hampton Inn', ['Rachel']],
    ]);
  });
});

describe('a first-person verb at the start of an item', () => {
  it('is the writer speaking ("Respondo hoy mismo…"), where a name with its verb is that person ("Pablo revisa…")', () => {
    const notes = [
      'Notas: Laura (asistente)',
      '',
      'Lo que quedamos:',
      '- Respondo hoy mismo los comentarios del post',
      '- Pablo revisa el presupuesto',
    ];
    expect(owned(notes.join('\n')).map(([, owners]) => owners)).toEqual([['Laura'], ['Pablo']]);
  });
});

describe('a topic before a report and then who acts', () => {
  it('reads the later sentence that names who acts, not the topic as an owner', () => {
    const notes = [
      'VENDORS',
      '- DJ: still deciding between Spin Sisters and DJ Marco. Emily + Josh to decide and text me.',
    ];
    expect(owned(notes.join('\n'), 'en').map(([text, owners]) => [text, owners])).toEqual([
      ['decide and text me', ['Emily', 'Josh']],
    ]);
  });
});
