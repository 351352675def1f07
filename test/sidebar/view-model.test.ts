// The preview's logic: the VA's edits survive re-parsing, the counts read right, the request carries the edits.
import { SIDEBAR_STRINGS } from '../../src/core/i18n/sidebar';
import {
  buildImportRequest,
  buildPreview,
  countPreview,
  editObjective,
  rememberEdit,
  type ObjectiveEdits,
  type RememberedEdits,
} from '../../src/sidebar/view-model';
import { objective, result, task } from './fixtures';

const meeting = { date: '2026-03-12', title: 'Semanal', notes: '- tareas' };

const firstParse = result({
  objectives: [objective({ id: 'O1', text: 'Llegar a 2000 suscriptores', line: 2 })],
  tasks: [
    task({
      id: 'T1',
      text: 'Diseñar la plantilla',
      owners: ['Sofi'],
      due: '2026-03-13',
      line: 5,
      objective: 'O1',
    }),
    task({ id: 'T2', text: 'Pasar los textos', owners: [], line: 6 }),
  ],
});

describe('merging a new parse with the VA edits', () => {
  it('keeps an edited owner and date when a line is added above the task', () => {
    const first = buildPreview(firstParse, []);
    let remembered: RememberedEdits[] = [];
    remembered = rememberEdit(remembered, first.tasks[1]!, 'owner', 'Laura');
    remembered = rememberEdit(remembered, first.tasks[1]!, 'due', '2026-03-20');
    const shifted = result({
      tasks: [
        task({ id: 'T1', text: 'Llamar al proveedor', line: 5 }),
        task({ id: 'T2', text: 'Diseñar la plantilla', owners: ['Sofi'], due: '2026-03-13', line: 6 }),
        task({ id: 'T3', text: 'Pasar los textos', line: 7 }),
      ],
    });
    const second = buildPreview(shifted, remembered);
    expect(second.tasks.map((row) => [row.fields.owner, row.fields.due])).toEqual([
      ['', null],
      ['Sofi', '2026-03-13'],
      ['Laura', '2026-03-20'],
    ]);
  });

  it('keeps the edits of the line the VA is still typing', () => {
    const first = buildPreview(firstParse, []);
    const remembered = rememberEdit([], first.tasks[1]!, 'include', false);
    const typedMore = result({
      tasks: [
        task({ id: 'T1', text: 'Diseñar la plantilla', line: 5 }),
        task({ id: 'T2', text: 'Pasar los textos del newsletter', line: 6 }),
      ],
    });
    expect(buildPreview(typedMore, remembered).tasks.map((row) => row.fields.include)).toEqual([true, false]);
  });

  it('keeps every edit of a line retyped twice, the old ones and the new ones', () => {
    const first = buildPreview(firstParse, []);
    let remembered = rememberEdit([], first.tasks[1]!, 'owner', 'Laura');
    const retyped = (text: string) =>
      result({
        tasks: [task({ id: 'T1', text: 'Diseñar la plantilla', line: 5 }), task({ id: 'T2', text, line: 6 })],
      });
    const second = buildPreview(retyped('Pasar los textos del'), remembered);
    remembered = rememberEdit(remembered, second.tasks[1]!, 'priority', 'high');
    const third = buildPreview(retyped('Pasar los textos del newsletter'), remembered);
    expect(third.tasks[1]?.fields).toMatchObject({ owner: 'Laura', priority: 'high' });
    expect(remembered).toHaveLength(1);
  });

  it('does not lend one task edits to another that took its line', () => {
    const first = buildPreview(firstParse, []);
    const remembered = rememberEdit([], first.tasks[0]!, 'priority', 'low');
    const reordered = result({
      tasks: [
        task({ id: 'T1', text: 'Pasar los textos', line: 5 }),
        task({ id: 'T2', text: 'Diseñar la plantilla', line: 6 }),
      ],
    });
    expect(buildPreview(reordered, remembered).tasks.map((row) => row.fields.priority)).toEqual([
      null,
      'low',
    ]);
  });

  it('keeps an unticked objective unticked, and its confirmed letters, after re-parsing', () => {
    const objectiveEdits = new Map<string, ObjectiveEdits>();
    const first = buildPreview(firstParse, [], objectiveEdits);
    editObjective(objectiveEdits, first.objectives[0]!, { include: false });
    editObjective(objectiveEdits, first.objectives[0]!, { achievable: true });
    const again = buildPreview(firstParse, [], objectiveEdits).objectives[0]!;
    expect(again.include).toBe(false);
    expect(again.smart).toMatchObject({ achievable: true, realistic: null });
  });
});

describe('the counts line', () => {
  it('counts ticked tasks and those still without owner, in Spanish', () => {
    const model = buildPreview(firstParse, []);
    expect(SIDEBAR_STRINGS.es.counts(countPreview(model))).toBe('1 objetivo, 2 tareas, 1 sin responsable');
  });

  it('stops counting a task the VA unticked or gave an owner', () => {
    const model = buildPreview(firstParse, []);
    rememberEdit([], model.tasks[1]!, 'owner', 'Laura');
    expect(SIDEBAR_STRINGS.en.counts(countPreview(model))).toBe('1 objective, 2 tasks');
    rememberEdit([], model.tasks[0]!, 'include', false);
    expect(SIDEBAR_STRINGS.en.counts(countPreview(model))).toBe('1 objective, 1 task');
  });
});

describe('the import request', () => {
  it('sends only ticked tasks, with the values the VA edited', () => {
    const model = buildPreview(firstParse, []);
    rememberEdit([], model.tasks[0]!, 'owner', 'Sofi y Laura');
    rememberEdit([], model.tasks[0]!, 'due', '2026-03-16');
    rememberEdit([], model.tasks[0]!, 'priority', 'high');
    rememberEdit([], model.tasks[1]!, 'include', false);
    const request = buildImportRequest(model, meeting, 'es');
    expect(request.tasks).toEqual([
      {
        id: 'T1',
        text: 'Diseñar la plantilla',
        owners: ['Sofi', 'Laura'],
        due: '2026-03-16',
        priority: 'high',
        objective: 'O1',
      },
    ]);
    expect(request.meeting).toEqual(meeting);
    expect(request.objectives.map((item) => item.id)).toEqual(['O1']);
  });

  it('drops the link to an objective the VA unticked', () => {
    const model = buildPreview(firstParse, []);
    editObjective(new Map(), model.objectives[0]!, { include: false });
    const request = buildImportRequest(model, meeting, 'es');
    expect(request.objectives).toEqual([]);
    expect(request.tasks[0]?.objective).toBeNull();
  });

  it('sends the A and R the VA confirmed', () => {
    const model = buildPreview(firstParse, []);
    editObjective(new Map(), model.objectives[0]!, { realistic: true });
    expect(buildImportRequest(model, meeting, 'es').objectives[0]?.smart).toEqual({
      specific: true,
      measurable: true,
      achievable: null,
      realistic: true,
      timeBound: true,
    });
  });

  it('links a task to the objective the VA chose', () => {
    const model = buildPreview(firstParse, []);
    rememberEdit([], model.tasks[1]!, 'objective', 'O1');
    expect(buildImportRequest(model, meeting, 'en').tasks[1]?.objective).toBe('O1');
  });
});

describe('warnings about the whole note', () => {
  it('shows a missing meeting date but not an "empty notes" warning the empty preview already says', () => {
    const model = buildPreview(
      result({
        warnings: [
          { line: 1, code: 'empty-notes', message: 'vacías' },
          { line: 1, code: 'no-meeting-date', message: 'sin fecha de reunión' },
        ],
      }),
      [],
    );
    expect(model.generalWarnings.map((warning) => warning.code)).toEqual(['no-meeting-date']);
  });
});
