// Reads a time-unit word of either language ("dias", "semanas", "weeks", "month") as a duration unit.
import type { DurationUnit } from './rules';

export function readUnit(word: string): DurationUnit {
  const lower = word.toLowerCase();
  if (lower.startsWith('d')) return 'day';
  if (lower.startsWith('sem') || lower.startsWith('week')) return 'week';
  return 'month';
}
