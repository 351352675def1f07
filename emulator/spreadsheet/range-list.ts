// RangeList: several ranges of one sheet, activated together (selects the rows an import added).
import { SERVICE_NAME } from '../counter';
import type { Range } from './range';

// https://developers.google.com/apps-script/reference/spreadsheet/range-list
export class RangeList {
  readonly [SERVICE_NAME] = 'RangeList';

  constructor(private readonly ranges: Range[]) {}

  getRanges(): Range[] {
    return this.ranges;
  }

  activate(): this {
    const first = this.ranges[0];
    if (first)
      first.sheetObject.workbook.selectRanges(
        first.sheetObject,
        this.ranges.map((range) => range.getA1Notation()),
      );
    return this;
  }
}
