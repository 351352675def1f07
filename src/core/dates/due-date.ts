// Picks, among the date phrases of one line, the one meant as its deadline.
import type { FoundDate } from './engine';

// "hoy o mañana", "Friday or Monday": two deadlines offered, the later one holds.
const ALTERNATIVE = /^\s*(?:o|u|or|y\/o|and\/or)\s*$/i;

function later(a: FoundDate, b: FoundDate): FoundDate {
  return a.date !== null && b.date !== null && b.date > a.date ? b : a;
}

/** The first of the best kind: led in by a deadline word, else any dated phrase, else a dateless one (vague, past). */
function preferred(found: FoundDate[]): FoundDate[] {
  const dated = found.filter((match) => match.date !== null);
  const deadlines = dated.filter((match) => match.deadline);
  if (deadlines.length > 0) return deadlines;
  if (dated.length > 0) return dated;
  // A relative phrase with no reference has no date but is still the line's deadline.
  const unresolved = found.filter((match) => !match.vague && !match.past);
  return unresolved.length > 0 ? unresolved : found;
}

export function chooseDueDate(found: FoundDate[], text: string): FoundDate | null {
  const candidates = preferred(found.filter((match) => !match.stamp));
  let chosen = candidates[0];
  if (!chosen) return null;
  for (const next of candidates.slice(1)) {
    if (!ALTERNATIVE.test(text.slice(chosen.span.end, next.span.start))) break;
    chosen = later(chosen, next);
  }
  return chosen;
}
