// Splits table rows, arrow rows and "Responsable: X · Fecha: Y" lines into named fields.
import type { NotesLocale } from '../locales';
import type { FieldText } from './raw-item';

export type Column = 'task' | 'owner' | 'due' | 'priority' | 'objective' | 'status' | 'other';

export interface Cell extends FieldText {
  column: Column;
}

const EMPTY_CELL = /^[\s—–\-_.]*$/;
/** Status values of a row that needs nothing more. */
export const DONE_STATUS =
  /^(terminad[oa]|finalizad[oa]|completad[oa]|complet(e|ed)|hech[oa]|done|closed|cerrad[oa]|resuelt[oa]|resolved|entregad[oa]|delivered)\b/i;

/** Splits `line` at `separator`, keeping each piece's offset. */
export function splitCells(line: string, separator: RegExp, lineStart: number): FieldText[] {
  const cells: FieldText[] = [];
  let cursor = 0;
  for (const match of line.matchAll(new RegExp(separator.source, `${separator.flags.replace('g', '')}g`))) {
    const index = match.index ?? 0;
    cells.push({ text: line.slice(cursor, index), base: lineStart + cursor });
    cursor = index + match[0].length;
  }
  cells.push({ text: line.slice(cursor), base: lineStart + cursor });
  return cells.map((cell) => {
    const lead = cell.text.length - cell.text.trimStart().length;
    return { text: cell.text.trim(), base: cell.base + lead };
  });
}

export function isEmptyCell(text: string): boolean {
  return EMPTY_CELL.test(text);
}

export function columnOf(header: string, locales: NotesLocale[]): Column {
  const label = header
    .replace(/\*\*|__/g, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  for (const locale of locales) {
    if (locale.columns.task.test(label)) return 'task';
    if (locale.columns.owner.test(label)) return 'owner';
    if (locale.columns.due.test(label)) return 'due';
    if (locale.columns.priority.test(label)) return 'priority';
  }
  if (/^(objective|objetivo|goal|meta)$/i.test(label)) return 'objective';
  return /^(estado|status|state|situaci[oó]n)$/i.test(label) ? 'status' : 'other';
}

/** The columns of a header row, or null when it does not name at least a task and an owner or date. */
export function readHeaderRow(cells: FieldText[], locales: NotesLocale[]): Column[] | null {
  const columns = cells.map((cell) => columnOf(cell.text, locales));
  const hasTask = columns.includes('task');
  return hasTask && (columns.includes('owner') || columns.includes('due')) ? columns : null;
}

/** "Responsable: Carmen · Fecha: el lunes · Prioridad: alta": each labelled part as a cell. */
export function readLabelledFields(line: string, lineStart: number, locales: NotesLocale[]): Cell[] {
  const parts = splitCells(line, /\s*[·|;]\s*|\s{3,}/, lineStart);
  const cells: Cell[] = [];
  for (const part of parts) {
    for (const locale of locales) {
      const labels: [Column, RegExp][] = [
        ['owner', locale.ownerLabel],
        ['due', locale.dueLabel],
        ['priority', locale.priorityLabel],
      ];
      const found = labels.find(([, pattern]) => pattern.test(part.text));
      if (!found) continue;
      const label = found[1].exec(part.text)?.[0] ?? '';
      cells.push({ column: found[0], text: part.text.slice(label.length), base: part.base + label.length });
      break;
    }
  }
  return cells;
}
