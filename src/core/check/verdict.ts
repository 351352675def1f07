// A check's outcome before it becomes a report line: pass or fail (or info, skipped) and what was seen.
import type { CheckStatus } from './model';

export interface Verdict {
  status: CheckStatus;
  seen: string;
}

export function verdict(passed: boolean, seen: string): Verdict {
  return { status: passed ? 'pass' : 'fail', seen };
}

/** The first failure found, else a pass saying `passSeen`. */
export function firstFailure(failures: Array<string | false>, passSeen: string): Verdict {
  const failure = failures.find((candidate): candidate is string => candidate !== false);
  return failure === undefined ? verdict(true, passSeen) : verdict(false, failure);
}
