// What onEdit does to "Completada el" when statuses change: stamp today on done, clear on leaving done.
import type { IsoDate } from '../types';
import { statusOf, textOf, type CellValue } from './cells';

/** The new "completed on" cell for one row, or undefined to leave it as it is (an earlier stamp stays). */
export function completionStamp(
  status: CellValue,
  completedOn: CellValue,
  today: IsoDate,
): IsoDate | null | undefined {
  const isEmpty = textOf(completedOn).trim() === '';
  if (statusOf(status) === 'done') return isEmpty ? today : undefined;
  return isEmpty ? undefined : null;
}

/** The "completed on" cells of the edited rows; null when none changes, so the edit costs no write. */
export function completionColumn(
  statuses: CellValue[],
  completedOn: CellValue[],
  today: IsoDate,
): CellValue[] | null {
  let changed = false;
  const column = statuses.map((status, index) => {
    const current = completedOn[index] ?? null;
    const stamp = completionStamp(status, current, today);
    if (stamp === undefined) return current;
    changed = true;
    return stamp;
  });
  return changed ? column : null;
}
