// The baseline for call counts: an import as a first script writes it, one appendRow per row and one format per cell.
import type { ImportRequest } from '../src/server/api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function appendRows(spreadsheet: Spreadsheet, name: string, header: string[], rows: unknown[][]): void {
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name).appendRow(header);
  for (const row of rows) {
    sheet.appendRow(row);
    const rowNumber = sheet.getLastRow();
    // Plain text, so a task starting with "=" stays text: the per-cell way a first script gets there.
    row.forEach((_, index) => sheet.getRange(rowNumber, index + 1).setNumberFormat('@'));
  }
}

export function naiveImport(spreadsheet: Spreadsheet, request: ImportRequest): void {
  appendRows(
    spreadsheet,
    'Objetivos',
    ['ID', 'Objetivo', 'Vence'],
    request.objectives.map((objective) => [objective.id, objective.text, objective.due ?? '']),
  );
  appendRows(
    spreadsheet,
    'Tareas',
    ['ID', 'Tarea', 'Responsable', 'Vence', 'Prioridad', 'Objetivo'],
    request.tasks.map((task) => [
      task.id,
      task.text,
      task.owners.join(', '),
      task.due ?? '',
      task.priority ?? '',
      task.objective ?? '',
    ]),
  );
  const { meeting } = request;
  appendRows(
    spreadsheet,
    'Reuniones',
    ['Fecha', 'Título', 'Notas'],
    [[meeting.date, meeting.title, meeting.notes]],
  );
}
