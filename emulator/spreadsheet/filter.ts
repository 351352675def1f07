// A sheet's basic filter: created from a range, read back with Sheet.getFilter(), removed with remove().
// https://developers.google.com/apps-script/reference/spreadsheet/filter
import { SERVICE_NAME } from '../counter';
import type { Range } from './range';
import type { Sheet } from './sheet';

export class Filter {
  readonly [SERVICE_NAME] = 'Filter';

  constructor(private readonly sheet: Sheet) {}

  getRange(): Range | null {
    const ref = this.sheet.state.filter;
    return ref ? this.sheet.workbook.rangeOf(ref) : null;
  }

  remove(): void {
    this.sheet.state.filter = null;
  }
}
