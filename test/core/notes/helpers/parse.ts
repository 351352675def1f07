// Parses a snippet of notes with a fixed meeting date (Thursday 12 March 2026) so relative dates are stable.
import { parseNotesUnguarded } from '../../../../src/core/notes/parse';
import type { ParseOptions, ParseResult, ParsedTask } from '../../../../src/core/types';

export const MEETING = '2026-03-12';

export function parse(notes: string, options: Partial<ParseOptions> = {}): ParseResult {
  return parseNotesUnguarded(notes, { today: '2026-01-01', meetingDate: MEETING, ...options });
}

/** Only the fields a user reads in the preview. */
export function summary(task: ParsedTask): Pick<ParsedTask, 'text' | 'owners' | 'due' | 'priority'> {
  return { text: task.text, owners: task.owners, due: task.due, priority: task.priority };
}

export function taskTexts(notes: string, options: Partial<ParseOptions> = {}): string[] {
  return parse(notes, options).tasks.map((task) => task.text);
}
