import { adjacentRuns } from '../../../src/core/workbook/runs';

describe('runs of adjacent columns (one Sheets call each)', () => {
  const column = (index: number) => index;

  it('joins adjacent columns whatever order they come in, and cuts at a gap', () => {
    expect(adjacentRuns([4, 1, 2, 7, 3], column)).toEqual([[1, 2, 3, 4], [7]]);
  });

  it('cuts where the shared setting changes, such as the width', () => {
    const widths: Record<number, number> = { 1: 70, 2: 32, 3: 32, 4: 32, 5: 100 };
    expect(adjacentRuns([1, 2, 3, 4, 5], column, (index) => widths[index])).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('gives no run for no column', () => {
    expect(adjacentRuns([], column)).toEqual([]);
  });
});
