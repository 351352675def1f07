// Row order for Range.sort and Sheet.sort, in Sheets' ascending order: numbers and dates, then text, then booleans; blanks always last.
import type { CellState } from '../state';
import { evaluateFormula } from './formula';

type SortKey = { column: number; ascending?: boolean } | number;
export type SortSpec = SortKey | SortKey[];

function rankOf(value: unknown): number {
  if (typeof value === 'number' || (typeof value === 'object' && value !== null)) return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

function comparable(cell: CellState | undefined): unknown {
  if (cell?.formula) return evaluateFormula(cell.formula);
  const value = cell?.value;
  return typeof value === 'object' ? value.date : value;
}

const isBlank = (value: unknown): boolean => value === undefined || value === '';

export function compareCells(left: CellState | undefined, right: CellState | undefined): number {
  const [a, b] = [comparable(left), comparable(right)];
  if (rankOf(a) !== rankOf(b)) return rankOf(a) - rankOf(b);
  if (typeof a === 'string' && typeof b === 'string')
    return a.localeCompare(b, undefined, { sensitivity: 'base' });
  return a === b ? 0 : (a as number) < (b as number) ? -1 : 1;
}

/** Offsets of the rows in their sorted order; ties keep their order. */
export function sortOrder(
  rows: (CellState | undefined)[][],
  spec: SortSpec,
  firstColumn: number,
  compare: (a: CellState | undefined, b: CellState | undefined) => number,
): number[] {
  const keys = (Array.isArray(spec) ? spec : [spec]).map((key) =>
    typeof key === 'number'
      ? { column: key, ascending: true }
      : { column: key.column, ascending: key.ascending !== false },
  );
  const offsets = rows.map((_, offset) => offset);
  return offsets.sort((x, y) => {
    for (const key of keys) {
      const [a, b] = [rows[x]?.[key.column - firstColumn], rows[y]?.[key.column - firstColumn]];
      const [blankA, blankB] = [isBlank(comparable(a)), isBlank(comparable(b))];
      if (blankA || blankB) {
        if (blankA !== blankB) return blankA ? 1 : -1;
        continue;
      }
      const order = compare(a, b);
      if (order !== 0) return key.ascending ? order : -order;
    }
    return x - y;
  });
}
