// The baseline the call counts are compared with: an import that writes one row per call, as a first script would.
import type { ImportRequest } from '../../../src/server/api';

function appendRows(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
  rows: unknown[][],
): void {
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  for (const row of rows) {
    const next = sheet.getLastRow() + 1;
    sheet.getRange(next, 1, 1, row.length).setNumberFormat('@');
    sheet.getRange(next, 1, 1, row.length).setValues([row]);
  }
}

export function naiveImport(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  request: ImportRequest,
): void {
  appendRows(
    spreadsheet,
    'Objetivos',
    request.objectives.map((objective) => [objective.id, objective.text]),
  );
  appendRows(
    spreadsheet,
    'Tareas',
    request.tasks.map((task) => [task.id, task.text, task.owners.join(', '), task.due ?? '']),
  );
  appendRows(spreadsheet, 'Reuniones', [
    [request.meeting.date, request.meeting.title, request.meeting.notes],
  ]);
}
