// A1 ranges for a set of sheet rows, merged into contiguous runs so selecting them is one call.

/** Column number (1-based) to its letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Sorted, de-duplicated rows grouped into [first, last] runs of consecutive rows. */
export function rowRuns(rows: number[]): Array<[number, number]> {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/** One A1 range per run, spanning columns 1..lastColumn: rows 2,3,4,7 → ["A2:J4", "A7:J7"]. */
export function rowRangesA1(rows: number[], lastColumn: number): string[] {
  const lastLetters = columnLetters(Math.max(1, lastColumn));
  return rowRuns(rows).map(([first, last]) => `A${first}:${lastLetters}${last}`);
}
