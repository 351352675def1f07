// Objectives and the links from tasks to them: nesting, "Objetivo:" sections, explicit ties.
import { parse } from './helpers/parse';

describe('objectives and links', () => {
  it('links the tasks under an "Objetivo:" line to it, and not the ones in the next section', () => {
    const notes =
      'Objetivo: publicar 25 propiedades antes del 30/4\n- Mica: sacar fotos\n\nOtros\n- Todos: pasar los contactos';
    const result = parse(notes);
    expect(result.objectives.map((objective) => [objective.text, objective.due])).toEqual([
      ['publicar 25 propiedades', '2026-04-30'],
    ]);
    expect(result.tasks.map((task) => task.objective)).toEqual(['O1', null]);
  });

  it('links tasks nested under an objective bullet', () => {
    const notes =
      'Goals\n- Book 12 parties by 11/15\n  - Jenna: call the caterer\n- Get more weekday bookings';
    const result = parse(notes, { language: 'en' });
    expect(result.objectives.map((objective) => objective.text)).toEqual([
      'Book 12 parties',
      'Get more weekday bookings',
    ]);
    expect(result.tasks.map((task) => [task.text, task.objective])).toEqual([['call the caterer', 'O1']]);
  });

  it('follows an explicit O1/O2 tie', () => {
    const notes =
      'Objectives\nO1 Cut quote turnaround to under 24 hours\nO2 Win back three schools\n\nActions\n* Email the schools → Ffion → Monday → medium → O2';
    expect(parse(notes, { language: 'en' }).tasks[0]?.objective).toBe('O2');
  });

  it('reads a goal stated in prose and the tasks tied to it by "Para eso"', () => {
    const notes =
      'El objetivo es conseguir 5 consultas por mes. Para eso:\n- Ana: reescribir los textos\n\n- Pedir presupuesto a dos fotógrafos';
    const result = parse(notes);
    expect(result.objectives.map((objective) => objective.text)).toEqual(['conseguir 5 consultas por mes']);
    expect(result.tasks.map((task) => task.objective)).toEqual(['O1', null]);
  });

  it('leaves tasks in a plain task list unlinked', () => {
    const result = parse('Objetivos\n- Llegar a 2000 suscriptores\n\nTareas\n- Ana: diseñar la plantilla');
    expect(result.tasks[0]?.objective).toBeNull();
  });

  it('reads the title from the first line', () => {
    expect(parse('Reunión con Laura — jueves 12/03/2026\nTareas\n- Ana: llamar').title).toBe(
      'Reunión con Laura — jueves 12/03/2026',
    );
    expect(parse('Tareas\n- Ana: llamar').title).toBeNull();
  });

  it('reads the title of a page exported with front matter, not its fence', () => {
    const notes = '---\ntitle: February 2019\n---\n\n# Team Meeting\n## Action items\n- Tim: start a thread';
    expect(parse(notes).title).toBe('February 2019');
  });
});

describe('goals written inside reports', () => {
  it.each([
    ['Agreed: RC gets cut soon. Target is to ship 0.9.0 by end of February.', 'ship 0.9.0'],
    ["We're aiming to raise £3,000 this year towards the new library books.", 'raise £3,000'],
    ['1. Sprint 1 goal: have the login pages working end to end', 'have the login pages working end to end'],
    [
      '**Secondary goal:** at least 25 demo requests from attendees',
      'at least 25 demo requests from attendees',
    ],
    [
      "2. Treasurer's report\nThe grant closes on 27/2. Objective for the season: nets refurbished and usable.",
      'nets refurbished and usable',
    ],
    ['Meta de junio: vender 60 pasteles de graduación', 'vender 60 pasteles de graduación'],
    ['La meta es llegar a 500 socios.', 'llegar a 500 socios'],
  ])('reads an objective in "%s"', (notes, objective) => {
    expect(parse(notes).objectives.map((found) => found.text)).toEqual([expect.stringContaining(objective)]);
  });

  it('reads the items under a "Goals this cycle" heading as objectives', () => {
    const notes = '## 🎯 Goals this cycle\n- Cut checkout drop-off from 68% to under 55%\n- Launch the beta';
    expect(parse(notes).objectives).toHaveLength(2);
  });
});

describe('goals written in minutes and summaries', () => {
  it('reads a labelled goal with words after "Meta", "tiene como meta", and where it stands today as neither deadline nor goal', () => {
    const minutes = [
      'Minuta 2/12/2026',
      '',
      'OBJETIVOS',
      '- Meta regional diciembre: facturar $2.300 millones al 31 de diciembre.',
      '- Recuperar la cartera vencida (hoy $210 millones).',
      '',
      'Plaza: la directiva tiene como meta recuperar la plaza antes del verano.',
    ].join('\n');
    const goals = parse(minutes, { meetingDate: undefined, language: 'es' }).objectives;
    expect(goals.map((goal) => [goal.text, goal.due])).toEqual([
      ['facturar $2.300 millones', '2026-12-31'],
      ['Recuperar la cartera vencida', null],
      ['recuperar la plaza antes del verano', null],
    ]);
  });
});

describe('an AI meeting summary', () => {
  it('reads "The group will…" as everyone, and the product footer as no task', () => {
    const summary = [
      'Sprint Review - Notes by Gemini',
      'Oct 27, 2026',
      '',
      'Suggested next steps',
      '[ ] The group will decide on the training video format.',
      '',
      'Please provide feedback about using Gemini to take notes in a short survey.',
    ].join('\n');
    expect(
      parse(summary, { meetingDate: undefined, language: 'en' }).tasks.map((task) => [
        task.text,
        task.owners,
      ]),
    ).toEqual([['decide on the training video format', ['everyone']]]);
  });
});

describe("last period's goals reviewed with their outcome", () => {
  it("are no objectives; the next period's goal is", () => {
    const retro = [
      'Sprint 42 retro, 03/12/2026',
      '',
      'Sprint 41 goal: Migrate card tokenization to the new vault - MET',
      'Sprint goal: Ship Apple Pay on the checkout page to 100% of iOS users  —  NOT MET (rolled out to 25%)',
      'Next sprint goal: get checkout p95 latency under 800ms by the end of sprint 43 (Mar 25)',
    ].join('\n');
    const goals = parse(retro, { meetingDate: undefined, language: 'en' }).objectives.map(
      (goal) => goal.text,
    );
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatch(/^get checkout p95 latency under 800ms/);
  });
});
