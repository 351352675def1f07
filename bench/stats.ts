// Timing helpers: run a piece of work several times and keep the median, so one slow run does not set the number.

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Milliseconds one call of `work` takes. */
export function timeOnce(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Median milliseconds of `repeats` calls, after one untimed call that lets the JIT warm up. */
export function medianMs(repeats: number, work: () => void): number {
  work();
  return median(Array.from({ length: repeats }, () => timeOnce(work)));
}
