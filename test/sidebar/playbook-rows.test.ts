// Playbooks in the preview: the expand offer, the dated steps after the task, and that they survive re-parsing.
import { PLAYBOOK_STRINGS } from '../../src/core/i18n/playbooks';
import { SIDEBAR_STRINGS } from '../../src/core/i18n/sidebar';
import type { Playbook } from '../../src/core/playbooks';
import {
  buildImportRequest,
  buildPreview,
  rememberEdit,
  type RememberedEdits,
} from '../../src/sidebar/view-model';
import { objective, result, task } from './fixtures';

const newsletter: Playbook = {
  name: 'Newsletter',
  language: 'es',
  triggers: ['newsletter'],
  steps: [
    { text: 'Escribir el contenido', offsetDays: -5, owner: null },
    { text: 'Evaluar las estadísticas', offsetDays: 3, owner: 'Laura' },
  ],
};
const playbooks = { playbooks: [newsletter], meetingDate: '2026-03-12' };
const meeting = { date: '2026-03-12', title: '', notes: '' };

const parse = (above: string[] = [], due: string | null = '2026-03-24') =>
  result({
    objectives: [objective({ id: 'O1', text: 'Llegar a 2000 suscriptores', line: 1 })],
    tasks: [
      ...above.map((text, index) => task({ id: `A${index}`, text, line: 2 + index })),
      task({
        id: 'T1',
        text: 'Enviar el newsletter',
        owners: ['Sofi'],
        due,
        line: 2 + above.length,
        objective: 'O1',
      }),
      task({ id: 'T2', text: 'Llamar al contador', line: 3 + above.length }),
    ],
  });

function expanded(due: string | null = '2026-03-24'): RememberedEdits[] {
  const first = buildPreview(parse([], due), [], new Map(), playbooks);
  return rememberEdit([], first.tasks[0]!, 'expandedWith', 'Newsletter');
}

it('offers to expand only the task a playbook matches', () => {
  const model = buildPreview(parse(), [], new Map(), playbooks);
  expect(model.tasks.map((row) => row.playbook?.name ?? null)).toEqual(['Newsletter', null]);
});

it('puts the steps right after the task, dated from its due date, and stops offering', () => {
  const model = buildPreview(parse(), expanded(), new Map(), playbooks);
  expect(model.tasks.map((row) => [row.fields.text, row.fields.due, row.fields.owner])).toEqual([
    ['Enviar el newsletter', '2026-03-24', 'Sofi'],
    ['Escribir el contenido', '2026-03-19', 'Sofi'],
    ['Evaluar las estadísticas', '2026-03-27', 'Laura'],
    ['Llamar al contador', null, ''],
  ]);
  expect(model.tasks[0]?.playbook).toBeNull();
});

it('keeps the steps and their edits when a line is typed above the task', () => {
  let remembered = expanded();
  const model = buildPreview(parse(), remembered, new Map(), playbooks);
  remembered = rememberEdit(remembered, model.tasks[1]!, 'owner', 'Ana');
  remembered = rememberEdit(remembered, model.tasks[2]!, 'include', false);
  const again = buildPreview(parse(['Pedir presupuesto']), remembered, new Map(), playbooks);
  expect(again.tasks.map((row) => [row.fields.text, row.fields.owner, row.fields.include])).toEqual([
    ['Pedir presupuesto', '', true],
    ['Enviar el newsletter', 'Sofi', true],
    ['Escribir el contenido', 'Ana', true],
    ['Evaluar las estadísticas', 'Laura', false],
    ['Llamar al contador', '', true],
  ]);
});

it('moves the steps when the VA changes the task’s date', () => {
  let remembered = expanded();
  const model = buildPreview(parse(), remembered, new Map(), playbooks);
  remembered = rememberEdit(remembered, model.tasks[0]!, 'due', '2026-04-01');
  const again = buildPreview(parse(), remembered, new Map(), playbooks);
  expect(again.tasks.slice(0, 3).map((row) => row.fields.due)).toEqual([
    '2026-04-01',
    '2026-03-27',
    '2026-04-04',
  ]);
});

it('counts from the meeting when the task had no date, and says so', () => {
  const model = buildPreview(parse([], null), expanded(null), new Map(), playbooks);
  expect(model.tasks.slice(0, 3).map((row) => row.fields.due)).toEqual([
    '2026-03-17',
    '2026-03-12',
    '2026-03-20',
  ]);
  expect(model.tasks[0]?.countedFromMeeting).toBe(true);
});

it('sends the steps as tasks of the same objective, with their dates', () => {
  const model = buildPreview(parse(), expanded(), new Map(), playbooks);
  const request = buildImportRequest(model, meeting, 'es');
  expect(request.tasks.map((item) => [item.text, item.due, item.objective])).toEqual([
    ['Enviar el newsletter', '2026-03-24', 'O1'],
    ['Escribir el contenido', '2026-03-19', 'O1'],
    ['Evaluar las estadísticas', '2026-03-27', 'O1'],
    ['Llamar al contador', null, null],
  ]);
  expect(new Set(request.tasks.map((item) => item.id)).size).toBe(4);
});

it('takes the steps back on undo', () => {
  const model = buildPreview(parse(), expanded(), new Map(), playbooks);
  const remembered = rememberEdit([], model.tasks[0]!, 'expandedWith', null);
  const again = buildPreview(parse(), remembered, new Map(), playbooks);
  expect(again.tasks.map((row) => row.fields.text)).toEqual(['Enviar el newsletter', 'Llamar al contador']);
  expect(again.tasks[0]?.playbook?.name).toBe('Newsletter');
});

it('labels the button and the note with the playbook module’s words, in both languages', () => {
  for (const language of ['es', 'en'] as const) {
    const sidebar = SIDEBAR_STRINGS[language].playbook;
    expect(sidebar.expandLabel(7)).toBe(PLAYBOOK_STRINGS[language].expandLabel(7));
    expect(sidebar.expandLabel(1)).toBe(PLAYBOOK_STRINGS[language].expandLabel(1));
    expect(sidebar.countedFromMeeting).toBe(PLAYBOOK_STRINGS[language].countedFromMeeting);
  }
});
