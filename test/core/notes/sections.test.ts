// Which lines become tasks: section headings, bullets, checkboxes, nesting, tables, blocks and prose.
import { parse, summary, taskTexts } from './helpers/parse';

describe('sections', () => {
  it.each([
    ['Tareas', 'es'],
    ['## Pendientes', 'es'],
    ['**Próximos pasos**', 'es'],
    ['Acciones:', 'es'],
    ['Compromisos', 'es'],
    ['Action items', 'en'],
    ['### Next steps', 'en'],
    ['TODO:', 'en'],
  ])('items under "%s" are tasks', (heading) => {
    expect(taskTexts(`${heading}\n- Revisar el presupuesto\n- the quarterly report`)).toEqual([
      'Revisar el presupuesto',
      'the quarterly report',
    ]);
  });

  it.each(['Asistentes', 'Decisiones', 'Attendees', '## Decisions', 'Done since last week'])(
    'items under "%s" are not tasks',
    (heading) => {
      expect(taskTexts(`${heading}\n- Ana Pérez\n- Send the invoice\n- Usamos GetResponse`)).toEqual([]);
    },
  );

  it('keeps agenda topics out but an explicit commitment in a discussion section in', () => {
    expect(
      taskTexts('## Agenda\n- Pricing page\n- Budget review\n- Tom will send the budget by Friday'),
    ).toEqual(['send the budget']);
  });

  it('reads goals in an objectives section and tasks in the next section', () => {
    const result = parse('Objetivos\n- Llegar a 2000 suscriptores\n\nTareas\n- Ana: diseñar la plantilla');
    expect(result.objectives.map((objective) => objective.text)).toEqual(['Llegar a 2000 suscriptores']);
    expect(result.tasks.map(summary)).toEqual([
      { text: 'diseñar la plantilla', owners: ['Ana'], due: null, priority: null },
    ]);
  });
});

describe('bullets and checkboxes', () => {
  it.each(['- ', '* ', '• ', '1. ', '2) ', 'a) ', '[ ] ', '- [ ] '])('"%s" marks an item', (marker) => {
    expect(taskTexts(`Tareas\n${marker}Enviar la factura`)).toEqual(['Enviar la factura']);
  });

  it('drops done items: [x] and struck through', () => {
    expect(
      taskTexts('TODO\n- [x] Create the account\n- ~~Send the gallery~~ (done Tuesday)\n- [ ] Call the lab'),
    ).toEqual(['Call the lab']);
  });

  it('gives the children of a name-only bullet to that person, as separate tasks', () => {
    const result = parse(
      'Next steps\n- Lena:\n  - Pick the best shots\n  - Call the print lab\n- Sam\n  - Set up the form',
    );
    expect(result.tasks.map((task) => [task.text, task.owners])).toEqual([
      ['Pick the best shots', ['Lena']],
      ['Call the print lab', ['Lena']],
      ['Set up the form', ['Sam']],
    ]);
  });

  it('gives the bullets under a "### Name" heading to that person', () => {
    const result = parse('## Next steps\n### Lena & Sam\n- Review the contract');
    expect(result.tasks[0]?.owners).toEqual(['Lena', 'Sam']);
  });

  it('drops unfilled template lines with a placeholder warning', () => {
    const result = parse('Pendientes\n[ ] [Tarea] — [Responsable] — [Fecha]\n[ ] Llamar a Juan');
    expect(result.tasks.map((task) => task.text)).toEqual(['Llamar a Juan']);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'placeholder', line: 2 }));
  });
});

describe('tables and blocks', () => {
  it('reads a tab-separated Tarea/Responsable/Fecha/Prioridad table', () => {
    const notes =
      'Tarea\tResponsable\tFecha\tPrioridad\nCotizar anuncios\tDaniela\tel viernes\tAlta\nContratar maestra\tPatricia\t✔ hecho 27/02\t';
    expect(parse(notes).tasks.map(summary)).toEqual([
      { text: 'Cotizar anuncios', owners: ['Daniela'], due: '2026-03-13', priority: 'high' },
    ]);
  });

  it('reads a markdown Task | Owner | Due table', () => {
    const notes = '| Task | Owner | Due |\n|---|---|---|\n| Update the site | Ana, Luis | 2026-03-20 |';
    expect(parse(notes, { language: 'en' }).tasks.map(summary)).toEqual([
      { text: 'Update the site', owners: ['Ana', 'Luis'], due: '2026-03-20', priority: null },
    ]);
  });

  it('reads "Responsable: X · Fecha: Y · Prioridad: Z" lines under a numbered action', () => {
    const notes = 'Otros\n1. Preparar el dosier\n   Responsable: Carmen · Fecha: el lunes · Prioridad: alta';
    expect(parse(notes).tasks.map(summary)).toEqual([
      { text: 'Preparar el dosier', owners: ['Carmen'], due: '2026-03-16', priority: 'high' },
    ]);
  });

  it('reads "Task: / Assigned to: / Due by:" blocks', () => {
    const notes = 'Task: Send the brochure\nAssigned to: Priya\nDue by: Friday';
    expect(parse(notes, { language: 'en' }).tasks.map(summary)).toEqual([
      { text: 'Send the brochure', owners: ['Priya'], due: '2026-03-13', priority: null },
    ]);
  });

  it('reads arrow rows what → who → when → priority', () => {
    const notes = 'Actions\n* Order more paper → Sian → tomorrow → high';
    expect(parse(notes, { language: 'en' }).tasks.map(summary)).toEqual([
      { text: 'Order more paper', owners: ['Sian'], due: '2026-03-13', priority: 'high' },
    ]);
  });
});

describe('prose commitments', () => {
  it.each([
    ['Arnau intentará reinstalar el servidor.', 'intentar reinstalar el servidor', ['Arnau']],
    ['Marta se encarga de llamar al proveedor.', 'llamar al proveedor', ['Marta']],
    ['Lucía, la recepcionista, llamará a las clientas.', 'llamar a las clientas', ['Lucía']],
    ['Tom will update the pricing page.', 'update the pricing page', ['Tom']],
    ['Chen is going to do the scope document.', 'do the scope document', ['Chen']],
  ])('"%s" is a task', (sentence, text, owners) => {
    const result = parse(`Repasamos cómo va todo.\n${sentence}`);
    expect(result.tasks.map((task) => [task.text, task.owners])).toEqual([[text, owners]]);
  });

  it.each([
    'Hemos decidido no abrir los domingos.',
    'Ya quedó publicada la nota en la revista.',
    'We agreed not to run a Black Friday discount.',
    'The loading dock is closed for repairs.',
  ])('"%s" is not a task', (sentence) => {
    expect(taskTexts(`Notas sueltas.\n${sentence}`)).toEqual([]);
  });
});

describe('real-world minutes forms', () => {
  it('keeps decisions out but an item that names who does it in', () => {
    const notes =
      '**DECISIONS:**\n1. Build the skeleton in HTML.\n2. Yasmeen & Ana: start the front-end design by sept 20';
    expect(parse(notes, { language: 'en', meetingDate: '2024-09-17' }).tasks.map(summary)).toEqual([
      { text: 'start the front-end design', owners: ['Yasmeen', 'Ana'], due: '2024-09-20', priority: null },
    ]);
  });

  it('drops table rows whose status says they are finished', () => {
    const notes =
      '| Tarea | Responsable | Estado |\n|---|---|---|\n| Comenzar el CRUD | Todos | ✅ Completado |\n| Avance en gastos | Jorge | En proceso |';
    expect(taskTexts(notes)).toEqual(['Avance en gastos']);
  });

  it('reads "I will" on a transcript line as the speaker', () => {
    const notes = '## EIP - 2515\n**James:** Great, next one. I will get back after working on the changes.';
    expect(parse(notes, { language: 'en' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['get back after working on the changes', ['James']],
    ]);
  });

  it('splits a list flattened into one paragraph', () => {
    const filler = 'Thanks all for joining today, here are the notes from the call as promised. '.repeat(3);
    const notes = `${filler}Action items: * Budget -- Staff: update the sheet * Survey -- Staff: resend the summary * Charter -- Volunteers: Ana, Luis`;
    const result = parse(notes, { language: 'en' });
    expect(result.tasks.map((task) => task.owners)).toEqual(expect.arrayContaining([['Staff'], ['Staff']]));
    expect(result.tasks.every((task) => task.line === 1)).toBe(true);
  });
});

describe('a committee table with a topic column beside the action', () => {
  const notes = [
    '| # | Tema | Acción | Quién | Cuándo |',
    '|---|------|--------|-------|--------|',
    '| 1 | Hormigonado | Coordinar con la hormigonera el colado | Rubén | 3/9 |',
    '| 2 | Atraso | Se informa atraso de 4% por lluvias | — | — |',
    '| 3 | Eléctrica | ~~Pasar cañerías piso 3~~ | Gastón | |',
    '| 4 | Eléctrica | Revisar el tablero | Gastón | OK |',
  ].join('\n');

  it('takes the action column, and leaves out reports, struck actions and rows marked OK', () => {
    expect(parse(notes, { language: 'es' }).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['Coordinar con la hormigonera el colado', ['Rubén']],
    ]);
  });
});
