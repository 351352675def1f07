// Trigger words as one cell holds them: "boletín, newsletter; mailing" ↔ ['boletín', 'newsletter', 'mailing'].
import { normaliseText } from '../workbook/text';
import { oneLine } from './cells';

const SEPARATOR = /[,;|/\n]/;

/** Adds the cell's trigger words to `triggers`, skipping ones already there (accents and case ignored). */
export function addTriggers(triggers: string[], cell: string): void {
  const known = new Set(triggers.map(normaliseText));
  for (const trigger of cell.split(SEPARATOR)) {
    const written = oneLine(trigger);
    const key = normaliseText(written);
    if (key === '' || known.has(key)) continue;
    known.add(key);
    triggers.push(written);
  }
}

export function joinTriggers(triggers: string[]): string {
  return triggers.join(', ');
}
