// Layouts real meeting minutes use: shared instructions, action labels, report lists, targets, wrapped lines.
import { parse, summary, taskTexts } from './helpers/parse';

describe('a shared instruction completed by "Name - item" lines', () => {
  const notes = [
    '## Follow up actions',
    '1. Each person to review a document in Github as follows:',
    '- Madeline - Roster',
    '- Quang - Processes, Interactions',
    '2. Everyone to review the roles link',
  ].join('\n');

  it('gives each person the instruction with their own item, and no task for the instruction alone', () => {
    expect(parse(notes).tasks.map(summary)).toEqual([
      { text: 'Review a document in Github: Roster', owners: ['Madeline'], due: null, priority: null },
      {
        text: 'Review a document in Github: Processes, Interactions',
        owners: ['Quang'],
        due: null,
        priority: null,
      },
      { text: 'review the roles link', owners: ['everyone'], due: null, priority: null },
    ]);
  });

  it('leaves a colon-ended task alone when the lines under it name no one', () => {
    expect(taskTexts('Tareas\n- Comprar para la fiesta:\n- globos\n- velas')).toEqual([
      'Comprar para la fiesta',
      'globos',
      'velas',
    ]);
  });
});

describe('lines labelled as actions inside discussion', () => {
  it.each([
    ['ACTION: CJDB will continue to populate the tracker.', 'continue to populate the tracker', ['CJDB']],
    ['FUTURE ACTION: Assign topics to individuals.', 'Assign topics to individuals', []],
    ['ACTION: (unassigned) Develop an initial template topic.', 'Develop an initial template topic', []],
    ['AI: Dana to book the room', 'book the room', ['Dana']],
    ['TODO(ana): publish the release notes', 'publish the release notes', ['ana']],
    [
      '**Action Item 83.1:** A bounty for the benchmarking (Hudson)',
      'A bounty for the benchmarking',
      ['Hudson'],
    ],
  ])('reads "%s" as a task', (line, text, owners) => {
    const tasks = parse(`## Discussion\nWe talked about the tracker.\n${line}`).tasks;
    expect(tasks.map((task) => [task.text, task.owners])).toEqual([[text, owners]]);
  });

  it('does not take a lowercase "ai:" topic for an action', () => {
    expect(taskTexts('## Discussion\nai: the new models look promising')).toEqual([]);
  });
});

describe('a list about one person', () => {
  it('gives the unowned actions of a report list to the person its first bullet names', () => {
    const notes = [
      'Attended: Kian, Eric',
      '',
      'Local storage',
      '- Kian gives a demo about MongoDB',
      '- Contains query and mutation',
      '- Investigate about using local storage',
    ].join('\n');
    expect(parse(notes).tasks.map((task) => [task.text, task.owners])).toEqual([
      ['Investigate about using local storage', ['Kian']],
    ]);
  });

  it('does not take a capitalised first word mentioned nowhere else for a person', () => {
    const notes = 'Auth\n- Received user info after login\n- Investigate the login flow';
    expect(parse(notes).tasks.map((task) => task.owners)).toEqual([[]]);
  });

  it('keeps the bullets of an action list unowned when only the first names someone', () => {
    const notes = 'Attended: Tom\n\nAction items\n- Tom to set up the reminders\n- Research podcast sponsors';
    expect(parse(notes).tasks.map((task) => task.owners)).toEqual([['Tom'], []]);
  });
});

describe('an open question in a report', () => {
  it.each([['Notas\nAlguna propuesta?'], ['## Discussion\n- Move the launch to later in the year?']])(
    'is no task: %s',
    (notes) => {
      expect(taskTexts(notes)).toEqual([]);
    },
  );

  it('is still a task when someone is committed in it', () => {
    expect(parse('## Discussion\n- Tom will ask the venue: can we stay until 11?').tasks).toHaveLength(1);
  });
});

describe('a line glued under a bulleted item', () => {
  it('is more of that item, not a task of its own', () => {
    const notes = [
      'Next steps',
      '3. Everyone start brainstorming ideas for the project',
      'Think of a use case and a high level design',
      '',
      'Write the summary',
    ].join('\n');
    expect(taskTexts(notes)).toEqual(['start brainstorming ideas for the project', 'Write the summary']);
  });
});

describe('a state to reach by a date in a report', () => {
  it.each([
    ['**Decisions**\n7. Everything needs to be ready for submission by March 27.', 'en'],
    ['Notas:\n- Todo el informe tiene que estar listo para el 27 de marzo', 'es'],
  ])('is an objective with that date, not a task', (notes) => {
    const result = parse(notes);
    expect(result.tasks).toEqual([]);
    expect(result.objectives.map((objective) => objective.due)).toEqual(['2026-03-27']);
  });

  it('stays a task when someone is named doing it', () => {
    const result = parse('Discussion\n- Ana will have the flyer ready by March 27');
    expect(result.objectives).toEqual([]);
    expect(result.tasks.map((task) => task.owners)).toEqual([['Ana']]);
  });
});

describe('deadline phrases', () => {
  it.each([
    ['- Ana to send the venue contract by Monday 16th'],
    ['- Ana to send the venue contract on Monday the 16th'],
    ['- Ana: send the venue contract by Mon 16 March'],
  ])('are cut whole from the task text: %s', (line) => {
    expect(parse(`Action items\n${line}`).tasks.map(summary)).toEqual([
      { text: 'send the venue contract', owners: ['Ana'], due: '2026-03-16', priority: null },
    ]);
  });

  it('cuts "para el lunes 16 de marzo" whole from Spanish tasks', () => {
    expect(taskTexts('Tareas\n- Luis: enviar el contrato para el lunes 16 de marzo')).toEqual([
      'enviar el contrato',
    ]);
  });

  it("does not read the meeting's own date in a task as its deadline", () => {
    const task = parse('Action items\n- Agustina to enter her agenda for 3/12 into this document').tasks[0];
    expect(task?.due).toBeNull();
  });
});

describe('a topic where an owner would go', () => {
  const owners = (notes: string, options = {}): string[][] =>
    parse(notes, options).tasks.map((task) => task.owners);

  it('is no owner when the notes also write that word in lower case, as a common noun', () => {
    const notes = [
      '## Puntos acordados',
      '- Costes: poner coste de mantenimiento por mes.',
      '- Documentos que faltan en el anexo del documento final.',
      '- Github proyect -> crear varias vistas. Repo: https://github.com/equipo',
      '- Corregir el acuerdo (Horacio).',
    ].join('\n');
    expect(owners(notes)).toEqual([[], [], [], ['Horacio']]);
  });

  it('stays the owner when the word only ever appears capitalised, like a name', () => {
    const notes = ['## Actions', '- Khujista: submit the report on Moodle', '- Marta: call the venue'].join(
      '\n',
    );
    expect(owners(notes)).toEqual([['Khujista'], ['Marta']]);
  });

  it('stays the owner when the People tab knows it, whatever the notes say', () => {
    const people = [{ name: 'Rosa', aliases: [], role: 'team' as const, email: '' }];
    const notes = '## Tareas\n- Rosa: comprar una rosa para la mesa';
    expect(owners(notes, { people })).toEqual([['Rosa']]);
    expect(owners(notes)).toEqual([[]]);
  });
});
