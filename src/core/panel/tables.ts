// The helper tables the Panel's charts read: one row per objective, per owner, per week, each cell a fixed formula.
import { PANEL_STRINGS } from '../i18n/panel';
import { SHEET_STRINGS } from '../i18n/sheet';
import type { Language, TaskStatus } from '../types';
import { statusLabels } from '../workbook/cells';
import type { TabLayout } from '../workbook/layout';
import { dataColumn } from './references';

/** Text is written as plain text (owner names come from the notes); a formula is always one of ours. */
export type PanelCell = { text: string } | { formula: string };

export interface HelperTable {
  header: string[];
  rows: PanelCell[][];
  /** Number format of each column's data rows. */
  formats: string[];
}

/** A tab as the Panel refers to it: its layout and its current name. */
export interface TabSource {
  layout: TabLayout;
  sheetName: string;
}

/** The statuses in the order the stacked bars pile up. */
export const STATUS_ORDER: TaskStatus[] = ['done', 'in-progress', 'todo', 'blocked'];

/** Weeks the overdue line shows, the current one last. */
export const TREND_WEEKS = 8;

/**
 * One row per objective row of the tab: its text and its progress. INDEX into the whole column, not a
 * reference to one cell, so a row the client deletes on the tab shifts the table instead of breaking it.
 */
export function progressTable(objectives: TabSource, rowCount: number, language: Language): HelperTable {
  const { objective, progress } = PANEL_STRINGS[language].tableHeaders;
  const cell = (columnId: 'objective' | 'progress', offset: number) =>
    `INDEX(${dataColumn(objectives.sheetName, objectives.layout, columnId)},${offset + 1})`;
  const rows = Array.from({ length: Math.max(1, rowCount) }, (_, offset) => {
    const text = cell('objective', offset);
    return [
      { formula: `=IFERROR(IF(${text}="","",${text}),"")` },
      { formula: `=IFERROR(IF(${text}="","",${cell('progress', offset)}),"")` },
    ];
  });
  return { header: [objective, progress], rows, formats: ['@', '0%'] };
}

/** `ownerCell` is the row's own owner cell; null for the row of tasks with no owner. */
function statusCount(tasks: TabSource, status: TaskStatus, ownerCell: string | null): string {
  const column = (columnId: 'task' | 'owner' | 'status') =>
    dataColumn(tasks.sheetName, tasks.layout, columnId);
  // Substring match: a task owned by "Ana, Juan" counts for both.
  const ownerCriterion = ownerCell === null ? '""' : `"*"&${ownerCell}&"*"`;
  const labels = status === 'todo' ? [...statusLabels(status), ''] : statusLabels(status);
  const counts = labels.map(
    (label) =>
      `COUNTIFS(${column('task')},"<>",${column('owner')},${ownerCriterion},${column('status')},"${label}")`,
  );
  return `=${counts.join('+')}`;
}

/** One row per owner (names as plain text) and one for tasks with no owner; a column per status. */
export function ownersTable(
  tasks: TabSource,
  owners: string[],
  firstCell: { row: number; columnLetters: string },
  language: Language,
): HelperTable {
  const header = [
    PANEL_STRINGS[language].tableHeaders.owner,
    ...STATUS_ORDER.map((status) => SHEET_STRINGS[language].statuses[status]),
  ];
  const ownerRow = (name: string, ownerCell: string | null): PanelCell[] => [
    { text: name },
    ...STATUS_ORDER.map((status) => ({ formula: statusCount(tasks, status, ownerCell) })),
  ];
  const rows = owners.map((name, index) =>
    ownerRow(name, `$${firstCell.columnLetters}${firstCell.row + index}`),
  );
  rows.push(ownerRow(PANEL_STRINGS[language].noOwner, null));
  return { header, rows, formats: ['@', '0', '0', '0', '0'] };
}

/** The Monday of each of the last weeks, and the most overdue tasks any follow-up of that week reported. */
export function trendTable(
  followUp: TabSource,
  firstCell: { row: number; columnLetters: string },
  weekFormat: string,
  language: Language,
): HelperTable {
  const { week, overdue } = PANEL_STRINGS[language].tableHeaders;
  const sentOn = dataColumn(followUp.sheetName, followUp.layout, 'sentOn');
  const reported = dataColumn(followUp.sheetName, followUp.layout, 'overdue');
  const rows = Array.from({ length: TREND_WEEKS }, (_, index) => {
    const weekCell = `$${firstCell.columnLetters}${firstCell.row + index}`;
    const weeksBack = 7 * (TREND_WEEKS - 1 - index);
    return [
      { formula: `=TODAY()-WEEKDAY(TODAY(),3)-${weeksBack}` },
      { formula: `=MAXIFS(${reported},${sentOn},">="&${weekCell},${sentOn},"<"&(${weekCell}+7))` },
    ];
  });
  return { header: [week, overdue], rows, formats: [weekFormat, '0'] };
}
