// Renders a parse result as aligned plain-text tables for a person reading a terminal.
import type { ParseResult } from '../core/types';

function alignedTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.min(60, Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))),
  );
  const render = (cells: string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        const fitted = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
        return fitted.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...rows.map(render)].join('\n');
}

const orDash = (value: string | null | undefined): string => (value ? value : '-');

export function renderTable(result: ParseResult): string {
  const heading = `Meeting ${orDash(result.meetingDate)} (${result.language})${result.title ? ` — ${result.title}` : ''}`;
  const objectives = alignedTable(
    ['id', 'line', 'objective', 'due', 'S', 'M', 'T'],
    result.objectives.map((objective) => [
      objective.id,
      String(objective.line),
      objective.text,
      orDash(objective.due),
      objective.smart.specific ? 'y' : 'n',
      objective.smart.measurable ? 'y' : 'n',
      objective.smart.timeBound ? 'y' : 'n',
    ]),
  );
  const tasks = alignedTable(
    ['id', 'line', 'task', 'owners', 'due', 'priority', 'objective'],
    result.tasks.map((task) => [
      task.id,
      String(task.line),
      task.text,
      orDash(task.owners.join(', ')),
      orDash(task.due),
      orDash(task.priority),
      orDash(task.objective),
    ]),
  );
  const warnings = result.warnings.map((item) => `line ${item.line}: ${item.code} — ${item.message}`);
  return [
    heading,
    '',
    'Objectives',
    objectives,
    '',
    'Tasks',
    tasks,
    '',
    'Warnings',
    ...(warnings.length ? warnings : ['-']),
  ].join('\n');
}
