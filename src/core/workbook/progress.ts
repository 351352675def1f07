// The "Avance"/"Progress" formula: the share of an objective's tasks that are done, in either language.
import { columnLetters } from '../row-ranges';
import { statusLabels } from './cells';
import { columnIndex, FIRST_DATA_ROW, type TabLayout } from './layout';

function sheetReference(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

function wholeColumn(sheetName: string, layout: TabLayout, columnId: 'objective' | 'status'): string {
  const letters = columnLetters(columnIndex(layout, columnId) + 1);
  return `${sheetReference(sheetName)}!$${letters}:$${letters}`;
}

/**
 * One formula per objective row, built only from our labels and the tabs' own names, never from note text.
 * A number (shown as a percentage, coloured by our rules) rather than a SPARKLINE: it sorts, filters,
 * and the follow-up can read it.
 */
export function progressFormulas(
  objectives: TabLayout,
  tasks: TabLayout,
  tasksSheetName: string,
  rowCount: number,
): string[] {
  const objectiveColumn = wholeColumn(tasksSheetName, tasks, 'objective');
  const statusColumn = wholeColumn(tasksSheetName, tasks, 'status');
  const idLetters = columnLetters(columnIndex(objectives, 'id') + 1);
  return Array.from({ length: rowCount }, (_, offset) => {
    const idCell = `$${idLetters}${FIRST_DATA_ROW + offset}`;
    const doneCounts = statusLabels('done').map(
      (label) => `COUNTIFS(${objectiveColumn},${idCell},${statusColumn},"${label}")`,
    );
    return `=IF(${idCell}="","",IFERROR((${doneCounts.join('+')})/COUNTIF(${objectiveColumn},${idCell}),0))`;
  });
}
