// A line of text being taken apart: each reader blanks out what it consumed so spans keep pointing into the notes.
import type { Span } from '../../types';

export interface Draft {
  /** The item's text; consumed parts are replaced by spaces. */
  text: string;
  /** Offset of text[0] in the notes. */
  base: number;
}

export function blank(draft: Draft, start: number, end: number): Span {
  draft.text = draft.text.slice(0, start) + ' '.repeat(end - start) + draft.text.slice(end);
  return { start: draft.base + start, end: draft.base + end };
}

/** Index of the first non-space character. */
export function firstCharIndex(text: string): number {
  return text.length - text.trimStart().length;
}

/** Where the draft's words start, and the words from there. */
export function startOf(draft: Draft): { head: number; rest: string } {
  const head = firstCharIndex(draft.text);
  return { head, rest: draft.text.slice(head) };
}
