// Groups columns into runs of adjacent sheet columns, so one ranged call covers a whole run instead of one call per column.

/**
 * `items` sorted by their column, cut wherever the next column is not adjacent or `groupOf` changes
 * (the same width, the same wrap): each run is what one ranged Sheets call can set.
 */
export function adjacentRuns<T>(
  items: T[],
  columnOf: (item: T) => number,
  groupOf: (item: T) => unknown = () => null,
): T[][] {
  const sorted = [...items].sort((a, b) => columnOf(a) - columnOf(b));
  const runs: T[][] = [];
  for (const item of sorted) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    const continues =
      previous !== undefined &&
      columnOf(previous) === columnOf(item) - 1 &&
      groupOf(previous) === groupOf(item);
    if (run && continues) run.push(item);
    else runs.push([item]);
  }
  return runs;
}
