// Who owns a task, in every way notes name people, in Spanish and English.
import type { PersonRecord } from '../../../src/core/types';
import { parse, summary } from './helpers/parse';

function ownersOf(line: string, heading = 'Tareas'): string[][] {
  return parse(`${heading}\n${line}`).tasks.map((task) => task.owners);
}

describe('owners', () => {
  it.each([
    ['- Ana: enviar el presupuesto', ['Ana']],
    ['- Ana - enviar el presupuesto', ['Ana']],
    ['- Jenna — call the caterer', ['Jenna']],
    ['- enviar el presupuesto (Ana)', ['Ana']],
    ['- enviar el presupuesto -> Ana', ['Ana']],
    ['- enviar el presupuesto @ana', ['ana']],
    ['- Ana y Luis: revisar los planos', ['Ana', 'Luis']],
    ['- revisar los planos (Ana/Luis)', ['Ana', 'Luis']],
    ['- Mica, Flor y Gustavo: revisar los planos', ['Mica', 'Flor', 'Gustavo']],
    ['- revisar los planos, Responsable: Ana', ['Ana']],
    ['- revisar los planos a cargo de Ana', ['Ana']],
    ['- Todos: responder los mensajes', ['everyone']],
    ['- Everyone — share the package', ['everyone']],
    ['- Tom to set up the reminders', ['Tom']],
    ['- Priya will record the video', ['Priya']],
    ['- The whole team to taste-test the stout', ['everyone']],
    ['- Lic. Herrera: grabar el video', ['Herrera']],
    ['- El Presidente hablará con la Municipalidad', ['El Presidente']],
    ['- Armar las respuestas rápidas para el lunes. Yo.', ['Yo']],
    ['- Comprar pan, yo', ['yo']],
    ['- Armar los banners del Hot Sale — el viernes', []],
    ['- **Patrick** preparará el diagrama', ['Patrick']],
    ['- Revisar el presupuesto', []],
    ['- Update the pricing page', []],
  ])('%s -> %j', (line, owners) => {
    expect(ownersOf(line)).toEqual([owners]);
  });

  it('reads first-person owners as the writer named in the notes', () => {
    const notes =
      'Hola Juan, te paso lo que hablamos:\n- Yo me encargo de los textos.\n- Vos me mandás los renders.\n\nAbrazo,\nMeli';
    expect(parse(notes).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['los textos', ['Meli']],
      ['me mandás los renders', ['Juan']],
    ]);
  });

  it('reads "yo (Irene)" and "I\'ll" as the writer', () => {
    expect(parse('Notas.\nYo (Irene) me encargo de configurar Booksy.').tasks[0]?.owners).toEqual(['Irene']);
    const english = "Present: Rachel (owner), Jenna (VA)\n\nAction items\n1. I'll draft the newsletter";
    expect(parse(english).tasks[0]?.owners).toEqual(['Jenna']);
  });

  describe('with the People tab', () => {
    const people: PersonRecord[] = [
      { name: 'Sofía Pérez', aliases: ['Sofi'], email: 'sofi@example.com', role: 'assistant' },
      { name: 'Laura Gómez', aliases: ['Laura'], email: 'laura@example.com', role: 'client' },
    ];

    it('maps aliases and "yo" to the People names', () => {
      const result = parse(
        'Tareas\n- Sofi: armar la plantilla\n- Yo armo el informe\n- Laura: pasar los textos',
        { people },
      );
      expect(result.tasks.map((task) => task.owners)).toEqual([
        ['Sofía Pérez'],
        ['Sofía Pérez'],
        ['Laura Gómez'],
      ]);
    });

    it('warns about an owner who is not in People, and only then', () => {
      const result = parse('Tareas\n- Marcos: llamar al banco\n- Sofi: armar la plantilla', { people });
      const unknown = result.warnings.filter((warning) => warning.code === 'unknown-owner');
      expect(unknown.map((warning) => warning.line)).toEqual([2]);
      expect(
        parse('Tareas\n- Marcos: llamar al banco').warnings.map((warning) => warning.code),
      ).not.toContain('unknown-owner');
    });
  });

  it('gives the owner span so the preview can highlight it', () => {
    const notes = 'Tareas\n- Ana: enviar el presupuesto';
    const span = parse(notes).tasks[0]?.ownerSpan;
    expect(span && notes.slice(span.start, span.end)).toMatch(/^Ana:\s*$/);
  });
});

describe('owners written after the action or near it', () => {
  it.each([
    ['- capacitar a la muchacha nueva en caja - todos, esta semana', ['everyone'], '2026-03-13'],
    [
      '- Pedido de la boda (sábado 13): confirmar sabores con la novia -> Ana, antes del lunes',
      ['Ana'],
      '2026-03-16',
    ],
    ['- Comprar el material de decoración. Responsable: Javier. Prioridad baja.', ['Javier'], null],
  ])('reads "%s"', (line, owners, due) => {
    const task = parse(`Pendientes\n${line}`).tasks[0];
    expect([task?.owners, task?.due]).toEqual([owners, due]);
  });
});

describe('words that look like owners and are not', () => {
  it.each([
    ['- [ ] Ping @oliverb about the Homebrew formula update', 'Action items'],
    ['- Someone needs to contact the ice cream van man', 'Action items'],
    ['* Shout-outs to our Outreachy projects: the proxy and the authenticator', 'Action items'],
    ['- Pedido de la boda Hernández para el sábado', 'Pendientes'],
    ['- Down to 3 open blockers before the release', 'Action items'],
  ])('"%s" has no owner', (line, heading) => {
    expect(ownersOf(line, heading)).toEqual([[]]);
  });

  it('is nobody when a task table says TBD', () => {
    const table = '| Task | Owner | Due |\n| --- | --- | --- |\n| Write the follow-up email | TBD | 9/25 |';
    expect(ownersOf(table, '## Action items')).toEqual([[]]);
  });

  it('is no commitment when a name reports rather than commits ("Vicent informa de que…")', () => {
    const notes =
      'Vicent informa de que el saldo es de 2.340 €. Vicent enviará un recordatorio antes del día 20.';
    expect(parse(`Acta\n${notes}`).tasks.map((task) => [task.text, task.due])).toEqual([
      ['enviar un recordatorio', '2026-03-20'],
    ]);
  });
});

describe('lists under people', () => {
  const notes = [
    'Team catch-up',
    'Claire (me), Jess, Tom',
    '',
    'General',
    '- tulip delivery moves to Thursdays from now on',
    '',
    'Jess',
    ' - chase the wholesaler about the ranunculus',
    'Tom',
    ' - take the van in for its MOT',
    'Me',
    ' - ring the accountant re VAT return',
  ].join('\n');
  const tasks = parse(notes).tasks.map((task) => [task.text, task.owners]);

  it('gives each name’s list to that person, "Me" to the writer named in the attendees', () => {
    expect(tasks).toEqual([
      ['chase the wholesaler about the ranunculus', ['Jess']],
      ['take the van in for its MOT', ['Tom']],
      ['ring the accountant re VAT return', ['Claire']],
    ]);
  });
});

describe('a name alone over an indented list', () => {
  it('owns the list even when the notes name that person nowhere else; a section word does not', () => {
    const notes =
      'Reunión semanal\n\nMarcos\n  - revisar el stock del depósito\n\nVarios\n  - llega la mercadería el jueves';
    expect(parse(notes).tasks.map((task) => [task.owners, task.text])).toEqual([
      [['Marcos'], 'revisar el stock del depósito'],
    ]);
  });
});

describe('the whole team, named by a quantifier', () => {
  it.each([
    [
      '- Triage untriaged issues, oldest first — all maintainers, next week',
      'Triage untriaged issues, oldest first',
    ],
    ['- All committee members to complete the safeguarding refresher', 'complete the safeguarding refresher'],
  ])('"%s" is everyone’s', (line, text) => {
    expect(parse(`Action items\n${line}`).tasks.map((task) => [task.owners, task.text])).toEqual([
      [['everyone'], text],
    ]);
  });

  it('is no owner when "all" only counts a noun ("All design choices must be documented")', () => {
    const notes = '## Agenda\n2. **ADR:**\n   - All design choices must be documented';
    expect(parse(notes).tasks).toEqual([]);
  });
});

describe('a topic before the owner', () => {
  it('leaves "Working Group Survey: Staff -- Resend…" to Staff, with the topic kept', () => {
    const notes = 'Action items\n- Working Group Survey: Staff -- Resend the summary of the survey';
    expect(parse(notes).tasks.map((task) => [task.owners, task.text])).toEqual([
      [['Staff'], 'Working Group Survey: Resend the summary of the survey'],
    ]);
  });
});

describe('a body named by its title', () => {
  it.each([
    ['- The Council will appoint one of its members', ['The Council'], 'appoint one of its members'],
    [
      '- GNSO Council Liaison -- The Council will appoint a liaison',
      ['The Council'],
      'GNSO Council Liaison -- appoint a liaison',
    ],
    ['- La Junta Directiva va a aprobar el presupuesto', ['La Junta Directiva'], 'aprobar el presupuesto'],
  ])('owns "%s"', (line, owners, text) => {
    expect(parse(`Notes of the week\n\n${line}`).tasks.map((task) => [task.owners, task.text])).toEqual([
      [owners, text],
    ]);
  });

  it('is a group named by a common noun before "se encargarán de"', () => {
    const notes = 'Acta\n\nLos lideres de cada grupo se encargarán de realizar reuniones.';
    expect(parse(notes).tasks.map((task) => task.owners)).toEqual([['Los lideres de cada grupo']]);
  });

  it('is not a thing that "will be ready"', () => {
    expect(parse('Notes of the week\n\n- The Report will be ready by Friday').tasks).toEqual([]);
  });

  it.each([
    ['| No. | Action | Lead | Target date |', 'Donna Kerr', '2026-03-30'],
    ['| Acción | A cargo | Fecha |', 'Donna Kerr', '2026-03-30'],
  ])('reads the owner column of %s', (header, owner, due) => {
    const row = header.includes('No.')
      ? '| 1 | Publish the backlog | Donna Kerr | 30/3/2026 |'
      : '| Publicar el listado | Donna Kerr | 30/3/2026 |';
    const notes = `${header}\n|---|---|---|---|\n${row}`;
    expect(parse(notes).tasks.map((task) => [task.owners, task.due])).toEqual([[[owner], due]]);
  });

  it('gives the writer of a walk-through the items marked "me", set off by commas or after a dash', () => {
    const notes = [
      'Walk-through - Sat Oct 3 2026',
      'Me (Colleen), Harjit',
      '',
      'Unit 2A:',
      '- re-caulk tub, me, by Wednesday',
      '- deposit return paperwork - me, within 10 days',
    ].join('\n');
    expect(parse(notes, { meetingDate: '2026-10-03', language: 'en' }).tasks.map(summary)).toEqual([
      { text: 're-caulk tub', owners: ['Colleen'], due: '2026-10-07', priority: null },
      { text: 'deposit return paperwork', owners: ['Colleen'], due: '2026-10-13', priority: null },
    ]);
  });

  it('gives "-> her" to the client a VA writes about, and "-> me !! asap" to the VA', () => {
    const notes = [
      'call w/ Marta (Crumb & Co bakery) - thu 11/12/26',
      "(kim's notes)",
      '',
      '- photos of stollen + gingerbread -> her, tmrw',
      '- order boxes for xmas (need 500) -> me !! asap',
      '- wholesale inquiry from cafe on Elm st -> me reply eow',
    ].join('\n');
    expect(
      parse(notes, { meetingDate: '2026-11-12', language: 'en' }).tasks.map((task) => [
        task.text,
        task.owners,
        task.due,
      ]),
    ).toEqual([
      ['photos of stollen + gingerbread', ['Marta'], '2026-11-13'],
      ['order boxes for xmas (need 500)', ['Kim'], null],
      ['wholesale inquiry from cafe on Elm st reply', ['Kim'], '2026-11-13'],
    ]);
  });
});

describe('a deadline shorthand where an owner could stand', () => {
  it('reads "(Wed)" and "— EOW" as dates, never as people', () => {
    const notes = [
      'Action items',
      "- [ ] Review Jonah's packaging mockups (Wed)",
      '- [ ] Migrate the portfolio — EOW',
    ];
    const tasks = parse(notes.join('\n'), { language: 'en' }).tasks;
    expect(tasks.map((task) => [task.owners, task.due])).toEqual([
      [[], '2026-03-18'],
      [[], '2026-03-13'],
    ]);
  });
});

describe('holidays, weekdays and months before a dash', () => {
  it('are no owners of the lines under them', () => {
    const notes = [
      'AOB',
      '- Christmas – Aisha to book the restaurant',
      '- Secret Santa £10 limit.',
      '- Friday – order the cake',
    ];
    const tasks = parse(notes.join('\n'), { language: 'en' }).tasks;
    expect(tasks.map((task) => [task.text, task.owners])).toEqual([
      ['Christmas – book the restaurant', ['Aisha']],
      ['order the cake', []],
    ]);
  });
});
