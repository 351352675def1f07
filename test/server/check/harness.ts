// An emulator and the check's dependencies over it, with a fixed now, for the installation check's tests.
import { createEmulator, type Emulator, type EmulatorOptions } from '../../../emulator';
import type { CheckLine, CheckReport } from '../../../src/core/check';
import type { CheckId } from '../../../src/core/check';
import type { Language } from '../../../src/core/types';
import { runInstallationCheck, type CheckDeps } from '../../../src/server/check';
import { importMeeting } from '../../../src/server/sheets';

export const NOW = new Date('2026-03-10T15:00:00Z');

export function checkDeps(emulator: Emulator, language: Language = 'es', sendTestEmail = false): CheckDeps {
  const { globals } = emulator;
  return {
    spreadsheetApp: globals.SpreadsheetApp,
    spreadsheet: emulator.spreadsheet,
    propertiesService: globals.PropertiesService,
    lockService: globals.LockService,
    scriptApp: globals.ScriptApp,
    mailApp: globals.MailApp,
    session: globals.Session,
    utilities: globals.Utilities,
    htmlService: globals.HtmlService,
    now: emulator.clock.now(),
    language,
    sendTestEmail,
  };
}

export function newEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ now: NOW, ...options });
}

export function runCheck(emulator: Emulator, language: Language = 'es', sendTestEmail = false): CheckReport {
  return runInstallationCheck(checkDeps(emulator, language, sendTestEmail));
}

export function lineOf(report: CheckReport, id: CheckId): CheckLine {
  const line = report.lines.find((candidate) => candidate.id === id);
  if (!line) throw new Error(`No line ${id} in the report`);
  return line;
}

/** The ids of the lines that failed. */
export function failedIds(report: CheckReport): CheckId[] {
  return report.lines.filter((line) => line.status === 'fail').map((line) => line.id);
}

/** A meeting imported as the sidebar imports it, with one task: the tabs minuta makes. */
export function importNotes(emulator: Emulator, notes: string): void {
  const { SpreadsheetApp, Utilities } = emulator.globals;
  const context = {
    spreadsheet: emulator.spreadsheet,
    spreadsheetApp: SpreadsheetApp,
    utilities: Utilities,
    today: '2026-03-10',
    language: 'es' as const,
  };
  importMeeting(context, {
    meeting: { date: '2026-03-09', title: 'Semanal', notes },
    language: 'es',
    objectives: [],
    tasks: [
      { id: 'T1', text: 'Diseñar la plantilla', owners: [], due: null, priority: null, objective: null },
    ],
  });
}
