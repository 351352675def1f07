// The Panel tab's strings in Spanish and English: tab name, figure labels, helper-table headers, chart titles.
import type { Language } from '../types';

export type FigureId = 'open' | 'overdue' | 'dueSoon' | 'doneRecently' | 'incomplete';

export type PanelChartId = 'progress' | 'owners' | 'overdueTrend';

export interface PanelStrings {
  tab: string;
  title: string;
  figures: Record<FigureId, string>;
  chartTitles: Record<PanelChartId, string>;
  /** Axis titles of each chart: [category axis, value axis]. */
  axes: Record<PanelChartId, [string, string]>;
  /** Headers of the helper tables the charts read. */
  tableHeaders: { objective: string; progress: string; owner: string; week: string; overdue: string };
  noOwner: string;
  /** Under the helper tables, so a client knows not to type there. */
  helperNote: string;
  /** What "Repair sheet" reports. */
  created: (tab: string) => string;
  restoredChart: (title: string) => string;
}

export const PANEL_STRINGS: Record<Language, PanelStrings> = {
  es: {
    tab: 'Panel',
    title: 'El plan de un vistazo',
    figures: {
      open: 'Abiertas',
      overdue: 'Vencidas',
      dueSoon: 'Vencen en 7 días',
      doneRecently: 'Hechas en los últimos 7 días',
      incomplete: 'Sin responsable o fecha',
    },
    chartTitles: {
      progress: 'Avance de cada objetivo',
      owners: 'Tareas por estado y responsable',
      overdueTrend: 'Tareas vencidas por semana',
    },
    axes: {
      progress: ['Objetivo', 'Avance'],
      owners: ['Responsable', 'Tareas'],
      overdueTrend: ['Semana', 'Vencidas'],
    },
    tableHeaders: {
      objective: 'Objetivo',
      progress: 'Avance',
      owner: 'Responsable',
      week: 'Semana',
      overdue: 'Vencidas',
    },
    noOwner: '(sin responsable)',
    helperNote: 'Tablas que leen los gráficos: se actualizan solas.',
    created: (tab) => `Pestaña "${tab}" creada`,
    restoredChart: (title) => `Gráfico "${title}" restaurado`,
  },
  en: {
    tab: 'Dashboard',
    title: 'The plan at a glance',
    figures: {
      open: 'Open',
      overdue: 'Overdue',
      dueSoon: 'Due in 7 days',
      doneRecently: 'Done in the last 7 days',
      incomplete: 'No owner or date',
    },
    chartTitles: {
      progress: 'Progress of each objective',
      owners: 'Tasks by status and owner',
      overdueTrend: 'Overdue tasks per week',
    },
    axes: {
      progress: ['Objective', 'Progress'],
      owners: ['Owner', 'Tasks'],
      overdueTrend: ['Week', 'Overdue'],
    },
    tableHeaders: {
      objective: 'Objective',
      progress: 'Progress',
      owner: 'Owner',
      week: 'Week',
      overdue: 'Overdue',
    },
    noOwner: '(no owner)',
    helperNote: 'Tables the charts read: they update themselves.',
    created: (tab) => `Tab "${tab}" created`,
    restoredChart: (title) => `Chart "${title}" restored`,
  },
};
