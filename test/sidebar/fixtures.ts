// Hand-made parser outputs for the sidebar's view-model tests (shapes of src/core/types.ts).
import type { ParseResult, ParsedObjective, ParsedTask } from '../../src/core/types';

export function task(overrides: Partial<ParsedTask> & Pick<ParsedTask, 'id' | 'text' | 'line'>): ParsedTask {
  return { owners: [], due: null, priority: null, objective: null, ...overrides };
}

export function objective(
  overrides: Partial<ParsedObjective> & Pick<ParsedObjective, 'id' | 'text' | 'line'>,
): ParsedObjective {
  return {
    due: null,
    owners: [],
    smart: { specific: true, measurable: true, achievable: null, realistic: null, timeBound: true },
    ...overrides,
  };
}

export function result(overrides: Partial<ParseResult> = {}): ParseResult {
  return { meetingDate: '2026-03-12', language: 'es', objectives: [], tasks: [], warnings: [], ...overrides };
}
