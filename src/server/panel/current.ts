// What the Panel holds now, read in one go, so a run that finds our cells already right writes none of them.
import type { PanelCell } from '../../core/panel';
import type { Sheet } from '../sheets/context';

export interface PanelCells {
  formulas: string[][];
  values: unknown[][];
}

export function readPanelCells(sheet: Sheet): PanelCells {
  const range = sheet.getDataRange();
  return { formulas: range.getFormulas(), values: range.getValues() };
}

/** Sheets may print 'Tareas'!A1 back as Tareas!A1: quotes a name does not need are not a difference. */
function comparable(formula: string): string {
  return formula.replace(/'([A-Za-z_][A-Za-z0-9_]*)'!/g, '$1!');
}

/** Whether the block at (row, column), 1-based, already holds exactly these texts and formulas. */
export function holds(current: PanelCells, row: number, column: number, cells: PanelCell[][]): boolean {
  return cells.every((line, rowOffset) =>
    line.every((cell, columnOffset) => {
      const formula = current.formulas[row - 1 + rowOffset]?.[column - 1 + columnOffset] ?? '';
      const value = current.values[row - 1 + rowOffset]?.[column - 1 + columnOffset] ?? '';
      return 'text' in cell
        ? formula === '' && value === cell.text
        : comparable(formula) === comparable(cell.formula);
    }),
  );
}

/** Rows under `row` (1-based, inclusive) whose cells in these columns still hold formulas, up to the first that holds none. */
export function leftoverRows(current: PanelCells, row: number, column: number, width: number): number {
  let count = 0;
  for (let index = row - 1; index < current.formulas.length; index++) {
    const cells = current.formulas[index]?.slice(column - 1, column - 1 + width) ?? [];
    if (cells.every((formula) => formula === '')) break;
    count++;
  }
  return count;
}
