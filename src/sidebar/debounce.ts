// Runs a function once typing pauses, with a way to run the pending call at once.
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  flush(): void;
}

export function debounce<A extends unknown[]>(run: (...args: A) => void, waitMs: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingArgs: A | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pendingArgs === null) return;
    const args = pendingArgs;
    pendingArgs = null;
    run(...args);
  };
  const debounced = (...args: A): void => {
    pendingArgs = args;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, waitMs);
  };
  return Object.assign(debounced, { flush });
}
