// A report as the check would return it, with a failed line whose seen value is an injection payload.
import type { CheckReport } from '../../../src/core/check';
import type { Language } from '../../../src/core/types';

export const PAYLOAD = '<img src=x onerror="window.injected=1">';

export function reportWithPayload(language: Language = 'en'): CheckReport {
  return {
    language,
    ranAt: '2026-03-10 12:00',
    locale: 'es_AR',
    spreadsheetTimeZone: 'America/Argentina/Buenos_Aires',
    scriptTimeZone: '</dd><script>window.injected=2</script>',
    lines: [
      { id: 'text', status: 'fail', expected: 'texts stay text', seen: `"${PAYLOAD}" → formula "=1+1"` },
      { id: 'dates', status: 'pass', expected: 'same day', seen: 'Same day: 2026-03-10' },
      { id: 'testEmail', status: 'skipped', expected: 'sent when asked', seen: 'Not asked for' },
    ],
  };
}
