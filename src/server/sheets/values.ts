// Cell values between Sheets and the core: date cells become YYYY-MM-DD in the spreadsheet's zone and back.
import { isIsoDate } from '../../core/dates/calendar';
import type { CellValue } from '../../core/workbook/cells';
import type { ColumnKind } from '../../core/workbook/schema';
import type { SheetContext } from './context';

const ISO_PATTERN = 'yyyy-MM-dd';

export interface ValueConverter {
  fromSheet(values: unknown[][]): CellValue[][];
  toSheet(value: CellValue, kind: ColumnKind): unknown;
}

/** One Utilities call per distinct value, not per cell: a thousand tasks share a handful of dates. */
function memoised<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as V;
  };
}

/** Reads the time zone once, so converting a thousand rows costs no extra spreadsheet call. */
export function valueConverter(context: SheetContext): ValueConverter {
  const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
  // A date cell is an instant at midnight in the sheet's zone: formatting it there gives the date shown.
  const isoOf = memoised((instant: number) =>
    context.utilities.formatDate(new Date(instant), timeZone, ISO_PATTERN),
  );
  // Dates go in as real dates built in the sheet's zone, never `new Date(string)`, so no cell is a day off.
  const dateOf = memoised((isoDate: string) => context.utilities.parseDate(isoDate, timeZone, ISO_PATTERN));
  const fromCell = (value: unknown): CellValue => {
    if (value instanceof Date) return isoOf(value.getTime());
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return null;
  };
  return {
    fromSheet: (values) => values.map((row) => row.map(fromCell)),
    toSheet: (value, kind) => {
      if (value === null) return '';
      return kind === 'date' && isIsoDate(value) ? dateOf(value) : value;
    },
  };
}
