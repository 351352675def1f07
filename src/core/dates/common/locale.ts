// What the engine needs from a language: its chrono pipeline and the words that lead into a date phrase.
import type { Chrono } from 'chrono-node/es';

export interface DateLocale {
  createChrono(dayFirst: boolean): Chrono;
  /** Matches the words right before a phrase that belong to it; group 1 set when they make it a deadline. */
  leadIn: RegExp;
}

/** "para el", "antes del", "by the": an optional deadline word, then an optional article, up to the phrase. */
export function leadInPattern(deadlineWords: string, articles: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:(${deadlineWords})\\s*:?\\s+)?(?:(?:${articles})\\s+)?$`, 'iu');
}
