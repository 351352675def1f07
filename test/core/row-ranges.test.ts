// Selecting the rows an import added: contiguous rows become one range, columns span the tab.
import { columnLetters, rowRangesA1, rowRuns } from '../../src/core/row-ranges';

describe('row ranges', () => {
  it('names columns the way Sheets does', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('merges consecutive rows in any order and drops repeats', () => {
    expect(rowRuns([7, 3, 2, 4, 4, 9])).toEqual([
      [2, 4],
      [7, 7],
      [9, 9],
    ]);
    expect(rowRuns([])).toEqual([]);
  });

  it('spans every column of the tab', () => {
    expect(rowRangesA1([2, 3, 4, 7], 10)).toEqual(['A2:J4', 'A7:J7']);
  });
});
