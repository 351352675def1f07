// The Panel's five figures computed from the tasks, with the same definitions as the Panel's formulas.
import { addDays } from '../dates/calendar';
import type { FigureId } from '../i18n/panel';
import type { IsoDate, TaskRecord } from '../types';

export type PanelFigures = Record<FigureId, number>;

/** The figures in the order the Panel shows them. */
export const FIGURE_ORDER: FigureId[] = ['open', 'overdue', 'dueSoon', 'doneRecently', 'incomplete'];

/** Days counted by "due in the next 7 days" and "done in the last 7 days", today included. */
export const WINDOW_DAYS = 7;

const isOpen = (task: TaskRecord): boolean => task.status !== 'done';

/**
 * Open: not done (blocked included). Overdue: open, due before today. Due soon: open, due today or in the
 * next six days. Done recently: done, completed in the last seven days up to today. Incomplete: open, with no
 * owner or no due date. Rows without a task text do not count.
 */
export function panelFigures(tasks: TaskRecord[], today: IsoDate): PanelFigures {
  const counted = tasks.filter((task) => task.text.trim() !== '');
  const open = counted.filter(isOpen);
  const soonLimit = addDays(today, WINDOW_DAYS);
  const recentStart = addDays(today, -WINDOW_DAYS);
  const count = (list: TaskRecord[], test: (task: TaskRecord) => boolean): number => list.filter(test).length;
  return {
    open: open.length,
    overdue: count(open, ({ due }) => due !== null && due < today),
    dueSoon: count(open, ({ due }) => due !== null && due >= today && due < soonLimit),
    doneRecently: count(
      counted,
      ({ status, completedOn }) =>
        status === 'done' && completedOn !== null && completedOn > recentStart && completedOn <= today,
    ),
    incomplete: count(open, ({ owners, due }) => owners.length === 0 || due === null),
  };
}
