// Reads the Panel the way a client sees it: figures computed from its formulas, and its charts as recorded.
import type { SheetState } from '../../../emulator/state';
import { evaluateFormula, formulaSite } from '../../../emulator/spreadsheet/formula';
import type { Harness } from '../sheets/harness';

type EmulatedSheet = GoogleAppsScript.Spreadsheet.Sheet & { state: SheetState };

export function panelSheet(harness: Harness, name = 'Panel'): EmulatedSheet {
  const sheet = harness.spreadsheet.getSheetByName(name);
  if (!sheet)
    throw new Error(`No ${name} tab: ${harness.spreadsheet.getSheets().map((tab) => tab.getName())}`);
  return sheet as EmulatedSheet;
}

/** What a cell of `sheet` shows once Sheets computes it (the emulator's getValues computes literals only). */
export function computed(harness: Harness, sheet: EmulatedSheet, a1: string): unknown {
  const range = sheet.getRange(a1);
  const formula = range.getFormula();
  if (!formula) return range.getValue();
  const workbook = (harness.spreadsheet as unknown as { state: { sheets: SheetState[]; timeZone: string } })
    .state;
  return evaluateFormula(formula, formulaSite(sheet.state, workbook, harness.emulator.clock.now()));
}

/** The five figures under their labels, as { label: value }. */
export function shownFigures(harness: Harness, name = 'Panel'): Record<string, unknown> {
  const sheet = panelSheet(harness, name);
  const labels = sheet.getRange('A3:E3').getValues()[0] ?? [];
  return Object.fromEntries(
    labels.map((label, index) => [String(label), computed(harness, sheet, `${'ABCDE'[index]}4`)]),
  );
}

export function chartTitles(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  return sheet.getCharts().map((chart) => String(chart.getOptions().get('title')));
}
