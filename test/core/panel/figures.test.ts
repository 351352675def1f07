// The Panel's figures from the tasks: each window's edges, and what counts as open and incomplete.
import { panelFigures } from '../../../src/core/panel';
import type { TaskRecord, TaskStatus } from '../../../src/core/types';

const TODAY = '2026-02-27';

function taskRow(status: TaskStatus, extra: Partial<TaskRecord> = {}): TaskRecord {
  return {
    key: 'k',
    id: 'T-1',
    text: 'Una tarea',
    objectiveId: '',
    owners: ['Ana'],
    priority: null,
    due: '2026-03-20',
    status,
    completedOn: null,
    meetingDate: null,
    notes: '',
    row: 2,
    ...extra,
  };
}

describe('panelFigures', () => {
  it('counts blocked and in-progress tasks as open, done ones not', () => {
    const figures = panelFigures(
      [taskRow('todo'), taskRow('blocked'), taskRow('in-progress'), taskRow('done')],
      TODAY,
    );
    expect(figures.open).toBe(3);
  });

  it('is overdue from the day after the due date, and never once done', () => {
    const figures = panelFigures(
      [
        taskRow('todo', { due: '2026-02-26' }),
        taskRow('todo', { due: TODAY }),
        taskRow('done', { due: '2026-02-01' }),
      ],
      TODAY,
    );
    expect(figures.overdue).toBe(1);
  });

  it('counts as due soon from today to six days on, across the end of February', () => {
    const dues = ['2026-02-26', '2026-02-27', '2026-03-01', '2026-03-05', '2026-03-06'];
    const figures = panelFigures(
      dues.map((due) => taskRow('todo', { due })),
      TODAY,
    );
    expect(figures.dueSoon).toBe(3);
  });

  it('counts as done recently what was completed today or in the six days before', () => {
    const stamps = ['2026-02-20', '2026-02-21', TODAY, '2026-02-28'];
    const figures = panelFigures(
      stamps.map((completedOn) => taskRow('done', { completedOn })),
      TODAY,
    );
    expect(figures.doneRecently).toBe(2);
  });

  it('counts an open task with no owner or no date once, and ignores rows with no task', () => {
    const figures = panelFigures(
      [
        taskRow('todo', { owners: [], due: null }),
        taskRow('todo', { owners: [] }),
        taskRow('blocked', { due: null }),
        taskRow('done', { owners: [], due: null }),
        taskRow('todo', { text: ' ', owners: [] }),
      ],
      TODAY,
    );
    expect(figures.incomplete).toBe(3);
    expect(figures.open).toBe(3);
  });
});
