// Sequential sheet ids ("OBJ-3", "T-12"), never reused even after the client deletes a row.
import type { TabLayout } from './layout';
import { rowReaders } from './records';

export const ID_PREFIXES = { objectives: 'OBJ-', tasks: 'T-' } as const;

export type NumberedTab = keyof typeof ID_PREFIXES;

function numberOf(id: string, prefix: string): number {
  if (!id.toUpperCase().startsWith(prefix)) return 0;
  const number = Number(id.slice(prefix.length));
  return Number.isInteger(number) && number > 0 ? number : 0;
}

/** The highest id given so far: the one recorded on the sheet, or a higher one a client typed. */
export function lastIdOf(layout: TabLayout & { tab: NumberedTab }): number {
  const prefix = ID_PREFIXES[layout.tab];
  const inRows = rowReaders(layout).map((reader) => numberOf(reader.text('id'), prefix));
  return Math.max(layout.lastId, ...inRows);
}

/** Hands out ids after `lastId` in order; `last()` is what to record on the sheet afterwards. */
export function idCounter(tab: NumberedTab, lastId: number): { next(): string; last(): number } {
  let current = lastId;
  return {
    next: () => `${ID_PREFIXES[tab]}${++current}`,
    last: () => current,
  };
}
