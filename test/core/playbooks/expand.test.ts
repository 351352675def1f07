// Expanding a task into its playbook's steps: dates from the due date across month and year ends, owners, and no due date.
import { addDays } from '../../../src/core/dates/calendar';
import { DEFAULT_PLAYBOOKS, expandTask, type Playbook, type TaskToExpand } from '../../../src/core/playbooks';

const MEETING = '2026-03-09';

const invoiceRun: Playbook = {
  name: 'Facturación',
  language: 'es',
  triggers: ['facturas'],
  steps: [
    { text: 'Controlar los pagos', offsetDays: 7, owner: null },
    { text: 'Juntar las horas', offsetDays: -3, owner: null },
    { text: 'Revisar con el contador', offsetDays: -1, owner: 'Marta, Luis' },
  ],
};

const task = (overrides: Partial<TaskToExpand> = {}): TaskToExpand => ({
  text: 'Emitir las facturas del mes',
  owners: ['Ana'],
  due: '2026-03-31',
  priority: 'high',
  ...overrides,
});

describe('expanding a task into its playbook', () => {
  it('lists the steps in date order with the task itself, as written, on its due date', () => {
    const steps = expandTask(task(), invoiceRun, MEETING);
    expect(steps.map((step) => [step.text, step.due])).toEqual([
      ['Juntar las horas', '2026-03-28'],
      ['Revisar con el contador', '2026-03-30'],
      ['Emitir las facturas del mes', '2026-03-31'],
      ['Controlar los pagos', '2026-04-07'],
    ]);
  });

  it('counts calendar days across the end of a year and of a leap February', () => {
    const newYear = expandTask(task({ due: '2026-12-29' }), invoiceRun, MEETING);
    expect(newYear.map((step) => step.due)).toEqual(['2026-12-26', '2026-12-28', '2026-12-29', '2027-01-05']);
    const leap = expandTask(task({ due: '2028-03-02' }), invoiceRun, MEETING);
    expect(leap.map((step) => step.due)).toEqual(['2028-02-28', '2028-03-01', '2028-03-02', '2028-03-09']);
  });

  it("gives a step its default owners, and the task's owners to the rest", () => {
    const steps = expandTask(task({ owners: ['Ana', 'Sofía'] }), invoiceRun, MEETING);
    expect(steps.map((step) => step.owners)).toEqual([
      ['Ana', 'Sofía'],
      ['Marta', 'Luis'],
      ['Ana', 'Sofía'],
      ['Ana', 'Sofía'],
    ]);
  });

  it("carries the task's priority to every step, including none", () => {
    expect(expandTask(task(), invoiceRun, MEETING).every((step) => step.priority === 'high')).toBe(true);
    expect(
      expandTask(task({ priority: null }), invoiceRun, MEETING).every((step) => step.priority === null),
    ).toBe(true);
  });

  it('keeps the playbook order for steps on the same day, after the task on its own day', () => {
    const sameDay: Playbook = {
      ...invoiceRun,
      steps: [
        { text: 'Archivar', offsetDays: 0, owner: null },
        { text: 'Avisar', offsetDays: 0, owner: null },
      ],
    };
    expect(expandTask(task(), sameDay, MEETING).map((step) => step.text)).toEqual([
      'Emitir las facturas del mes',
      'Archivar',
      'Avisar',
    ]);
  });

  it('expands a default playbook into one step more than it lists, none of them sharing owners arrays', () => {
    const newsletter = DEFAULT_PLAYBOOKS.es[0] as Playbook;
    const steps = expandTask(task({ text: 'Enviar el newsletter' }), newsletter, MEETING);
    expect(steps).toHaveLength(newsletter.steps.length + 1);
    steps[0]?.owners.push('Otro');
    expect(steps.slice(1).every((step) => step.owners.join() === 'Ana')).toBe(true);
  });

  describe('a task with no due date', () => {
    it('starts the schedule on the meeting date: the first step falls on it, the others keep their spacing', () => {
      const steps = expandTask(task({ due: null }), invoiceRun, '2026-12-30');
      expect(steps.map((step) => [step.text, step.due])).toEqual([
        ['Juntar las horas', '2026-12-30'],
        ['Revisar con el contador', '2027-01-01'],
        ['Emitir las facturas del mes', '2027-01-02'],
        ['Controlar los pagos', '2027-01-09'],
      ]);
    });

    it('puts the task on the meeting date when every step comes after it', () => {
      const followUps: Playbook = {
        ...invoiceRun,
        steps: [{ text: 'Controlar los pagos', offsetDays: 7, owner: null }],
      };
      const steps = expandTask(task({ due: null }), followUps, MEETING);
      expect(steps.map((step) => step.due)).toEqual([MEETING, addDays(MEETING, 7)]);
    });

    it('never dates a step before the meeting', () => {
      for (const playbook of [...DEFAULT_PLAYBOOKS.es, ...DEFAULT_PLAYBOOKS.en]) {
        const dates = expandTask(task({ due: null }), playbook, MEETING).map((step) => step.due ?? '');
        expect(dates.every((due) => due >= MEETING)).toBe(true);
        expect(dates).toContain(MEETING);
      }
    });
  });
});
