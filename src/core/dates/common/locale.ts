// What the engine needs from a language: its chrono pipeline, the words that lead into a date phrase, a first look.
import type { Chrono } from 'chrono-node/es';

export interface DateLocale {
  createChrono(dayFirst: boolean): Chrono;
  /** Matches the words right before a phrase that belong to it; group 1 set when they make it a deadline. */
  leadIn: RegExp;
  /** Matches "week of", "w/c", "la semana del" right before a date: the deadline is that week's Friday. */
  weekOf: RegExp;
  /** False when accent-folded text cannot hold a date phrase, so the chrono pass can be skipped. */
  mayHoldDate(folded: string): boolean;
}

/** "para el", "antes del", "by the": an optional deadline word, then an optional article, up to the phrase. */
export function leadInPattern(deadlineWords: string, articles: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:(${deadlineWords})\\s*:?\\s+)?(?:(?:${articles})\\s+)?$`, 'iu');
}
