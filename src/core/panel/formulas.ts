// The Panel's figure formulas over the Tasks tab: COUNTIFS on its columns found by header, status labels of both languages.
import type { FigureId } from '../i18n/panel';
import { statusLabels } from '../workbook/cells';
import type { TabLayout } from '../workbook/layout';
import type { ColumnId } from '../workbook/schema';
import { WINDOW_DAYS } from './figures';
import { dataColumn } from './references';

/** A COUNTIFS condition: a column and its criterion, itself a formula fragment ('"<>"', '"<"&TODAY()'). */
type Condition = [ColumnId, string];

const NOT_BLANK = '"<>"';
const BLANK = '""';

/** Open means not done in either language; a blank status is open, as in the core. */
const OPEN: Condition[] = statusLabels('done').map((label) => ['status', `"<>${label}"`]);
const COUNTED: Condition = ['task', NOT_BLANK];

function countIfs(tasks: TabLayout, sheetName: string, conditions: Condition[]): string {
  const parts = conditions.map(
    ([columnId, criterion]) => `${dataColumn(sheetName, tasks, columnId)},${criterion}`,
  );
  return `COUNTIFS(${parts.join(',')})`;
}

/** Each figure as the sum of COUNTIFS over disjoint sets of conditions. */
const FIGURE_CONDITIONS: Record<FigureId, Condition[][]> = {
  open: [[COUNTED, ...OPEN]],
  overdue: [[COUNTED, ...OPEN, ['due', '"<"&TODAY()']]],
  dueSoon: [[COUNTED, ...OPEN, ['due', '">="&TODAY()'], ['due', `"<"&(TODAY()+${WINDOW_DAYS})`]]],
  doneRecently: statusLabels('done').map((label) => [
    COUNTED,
    ['status', `"${label}"`],
    // Whole days, so a completion stamped with a time of day counts on its date, as in the core.
    ['completedOn', `">="&(TODAY()-${WINDOW_DAYS - 1})`],
    ['completedOn', '"<"&(TODAY()+1)'],
  ]),
  // No owner; or an owner and no date: the two sets do not overlap, so nothing counts twice.
  incomplete: [
    [COUNTED, ...OPEN, ['owner', BLANK]],
    [COUNTED, ...OPEN, ['owner', NOT_BLANK], ['due', BLANK]],
  ],
};

/** Our fixed formulas: only our labels and the tab's own name go in, never text from the notes. */
export function figureFormula(figure: FigureId, tasks: TabLayout, tasksSheetName: string): string {
  const counts = FIGURE_CONDITIONS[figure].map((conditions) => countIfs(tasks, tasksSheetName, conditions));
  return `=${counts.join('+')}`;
}
