// Reads structured rows: table lines (tab or |), arrow rows "what → who → when", and their cells into an item.
import type { NotesLocale } from '../locales';
import { DONE_STATUS, isEmptyCell, readHeaderRow, splitCells, type Cell, type Column } from './cells';
import type { NoteLine } from './lines';
import { priorityOfCell, readPriority } from './priority';
import type { RawItem } from './raw-item';

export interface TableShape {
  columns: Column[];
  separator: RegExp;
}

export type TableLine =
  | { kind: 'header'; table: TableShape }
  /** Separator rows, empty task cells, and rows of tables that hold no tasks. */
  | { kind: 'skip' }
  | { kind: 'row'; task: Cell; cells: Cell[] };

const TAB = /\t/;
const PIPE = /\|/;
const PIPE_LEAD = /^\s*\|/;
const ARROW = /\s*(?:→|->)\s*/;
const ARROW_COLUMNS: Column[] = ['task', 'owner', 'due', 'priority', 'objective'];

/** A table line, or null when the line is no table line at all. */
export function readTableLine(
  line: NoteLine,
  table: TableShape | null,
  locales: NotesLocale[],
): TableLine | null {
  const outlined = line.raw.includes('\t') || PIPE_LEAD.test(line.raw);
  const separator = line.raw.includes('\t') ? TAB : line.raw.includes('|') ? PIPE : null;
  if (!separator) return null;
  const trimmed = line.raw.replace(/^\s*\|/, (lead) => ' '.repeat(lead.length)).replace(/\|\s*$/, '');
  const cells = splitCells(trimmed, separator, line.start);
  const header = readHeaderRow(cells, locales);
  if (header) return { kind: 'header', table: { columns: header, separator } };
  // "Tema | Responsable | Fecha" with no outer bars is a table only under such a header; elsewhere a bar is text.
  if (!outlined && table?.separator !== PIPE) return null;
  // A table whose header names no task column (key/value headers, status grids) holds no tasks.
  if (!table) return separator.source === '\\|' && cells.length >= 2 ? { kind: 'skip' } : null;
  if (cells.every((cell) => /^[\s:|-]*$/.test(cell.text))) return { kind: 'skip' };
  const named: Cell[] = cells.map((cell, index) => ({ ...cell, column: table.columns[index] ?? 'other' }));
  const task = named.find((cell) => cell.column === 'task');
  return task && !isEmptyCell(task.text) ? { kind: 'row', task, cells: named } : { kind: 'skip' };
}

/** "Order paper → Sian → tomorrow → high → O1": the cells in that order, or null with fewer than three. */
export function readArrowCells(body: string, base: number): Cell[] | null {
  // Most lines hold no arrow: they are passed over before the split.
  if (!body.includes('→') && !body.includes('->')) return null;
  const cells = splitCells(body, ARROW, base);
  if (cells.length < 3) return null;
  return cells.map((cell, index) => ({ ...cell, column: ARROW_COLUMNS[index] ?? 'other' }));
}

/** Copies owner, date, priority and objective cells onto the item; a done mark or status drops it. */
export function applyCells(item: RawItem, cells: Cell[], locales: NotesLocale[]): void {
  for (const cell of cells) {
    if (cell.column === 'owner') item.owners = isEmptyCell(cell.text) ? { text: '', base: cell.base } : cell;
    if (cell.column === 'due') item.due = cell;
    if (cell.column === 'priority') item.priority = priorityOfCell(cell.text, locales);
    // "Pendiente – URGENTE": a status that also says how urgent the row is.
    if (cell.column === 'status' && !item.priority)
      item.priority = readPriority({ text: cell.text, base: cell.base }, locales);
    if (cell.column === 'objective' && !isEmptyCell(cell.text)) item.objective = cell.text.trim();
    const doneMark = locales.some((locale) => locale.done.test(cell.text));
    // A status cell, or a date cell that says "LISTO" instead of a date.
    const statusCell = cell.column === 'status' || cell.column === 'due';
    const doneStatus = statusCell && DONE_STATUS.test(cell.text.replace(/^[^\p{L}]+/u, '').trim());
    // A struck-through action cell ("~~Pasar cañerías~~") is done, as a struck bullet is.
    const struck = cell.column === 'task' && /^~~.+~~$/.test(cell.text.trim());
    if ((cell.column !== 'task' && doneMark) || doneStatus || struck) item.done = true;
  }
}
