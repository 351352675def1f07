// Data validation and number format of each kind of column, built once per call from the core's description.
import { dropdownValues, numberFormatOf } from '../../core/workbook/formats';
import type { ColumnKind } from '../../core/workbook/schema';
import type { SheetContext } from './context';

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;

export interface ColumnDressing {
  validation(kind: ColumnKind): Validation | null;
  numberFormat(kind: ColumnKind): string;
}

/**
 * Rules are built lazily and reused, so a thousand rows cost one builder per kind, not per cell.
 * `dateFormat` is asked for only when a date cell is written: a read-only call never needs the locale.
 */
export function columnDressing(context: SheetContext, dateFormat: () => string): ColumnDressing {
  let knownDateFormat: string | null = null;
  const built = new Map<ColumnKind, Validation | null>();
  const build = (kind: ColumnKind): Validation | null => {
    const builder = () => context.spreadsheetApp.newDataValidation();
    const values = dropdownValues(kind, context.language);
    // Typing a wrong status is refused; reading still accepts either language's labels.
    if (values) return builder().requireValueInList(values, true).setAllowInvalid(false).build();
    if (kind === 'date') return builder().requireDate().setAllowInvalid(false).build();
    if (kind === 'checkbox') return builder().requireCheckbox().build();
    return null;
  };
  return {
    validation: (kind) => {
      if (!built.has(kind)) built.set(kind, build(kind));
      return built.get(kind) ?? null;
    },
    numberFormat: (kind) => {
      if (kind === 'date') knownDateFormat ??= dateFormat();
      return numberFormatOf(kind, knownDateFormat ?? '');
    },
  };
}
