// The Panel's five figures at the top of the digest, with the Panel's labels; overdue is flagged for the red.
import { PANEL_STRINGS } from '../i18n/panel';
import { FIGURE_ORDER, panelFigures } from '../panel';
import type { IsoDate, Language, TaskRecord } from '../types';

export interface ViewFigure {
  label: string;
  value: number;
  /** Shown in the overdue control's red when above zero. */
  alert: boolean;
}

/** Of the whole plan, whoever the digest is for: the same numbers the client sees on the Panel. */
export function digestFigures(tasks: TaskRecord[], today: IsoDate, language: Language): ViewFigure[] {
  const figures = panelFigures(tasks, today);
  return FIGURE_ORDER.map((id) => ({
    label: PANEL_STRINGS[language].figures[id],
    value: figures[id],
    alert: id === 'overdue' && figures[id] > 0,
  }));
}
