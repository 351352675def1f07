// Turns each check into a report line: a service call that throws becomes a failed line with the error's text.
import { CHECK_STRINGS } from '../../core/i18n/check';
import { expectationOf, type CheckId, type CheckLine, type Verdict } from '../../core/check';
import type { Language } from '../../core/types';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function failedLine(id: CheckId, language: Language, error: unknown): CheckLine {
  return {
    id,
    status: 'fail',
    expected: expectationOf(id, language),
    seen: CHECK_STRINGS[language].seen.error(errorText(error)),
  };
}

/** Never throws: the report must come back whatever the account or the sheet refuse. */
export function checkLine(id: CheckId, language: Language, judge: () => Verdict): CheckLine {
  try {
    return { id, expected: expectationOf(id, language), ...judge() };
  } catch (error) {
    return failedLine(id, language, error);
  }
}
