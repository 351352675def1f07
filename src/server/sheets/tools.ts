// What converting and dressing cells needs from the spreadsheet (time zone, locale), read once per entry call.
import { dateFormatFor } from '../../core/workbook/formats';
import type { SheetContext } from './context';
import { columnDressing, type ColumnDressing } from './validations';
import { valueConverter, type ValueConverter } from './values';

export interface SheetTools {
  converter: ValueConverter;
  dressing: ColumnDressing;
}

export function sheetTools(context: SheetContext): SheetTools {
  return {
    converter: valueConverter(context),
    dressing: columnDressing(context, () => dateFormatFor(context.spreadsheet.getSpreadsheetLocale())),
  };
}
