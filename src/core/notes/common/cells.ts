// Splits table rows, arrow rows and "Responsable: X · Fecha: Y" lines into named fields.
import type { NotesLocale } from '../locales';
import { perLocales } from './per-locales';
import type { FieldText } from './raw-item';

export type Column = 'task' | 'owner' | 'due' | 'priority' | 'objective' | 'status' | 'other';

export interface Cell extends FieldText {
  column: Column;
}

const EMPTY_CELL = /^[\s—–\-_.]*$/;
const FIELD_SEPARATOR = /\s*[·|;]\s*|\s{3,}/;
/** Status values of a row that needs nothing more. */
export const DONE_STATUS =
  /^(terminad[oa]|finalizad[oa]|completad[oa]|complet(e|ed)|hech[oa]|list[oa]|done|closed|cerrad[oa]|resuelt[oa]|resolved|entregad[oa]|delivered|ok)\b/i;

/** The global form of each separator, built once: splitting runs on nearly every line. */
const globalSeparators = new WeakMap<RegExp, RegExp>();

function globalForm(separator: RegExp): RegExp {
  let global = globalSeparators.get(separator);
  if (!global) {
    global = new RegExp(separator.source, `${separator.flags.replace('g', '')}g`);
    globalSeparators.set(separator, global);
  }
  return global;
}

/** Where the search goes on after an empty match, stepping over a whole character as matchAll does. */
function afterEmptyMatch(line: string, index: number, unicode: boolean): number {
  return unicode && (line.codePointAt(index) ?? 0) > 0xffff ? index + 2 : index + 1;
}

/** Splits `line` at `separator`, keeping each piece's offset. */
export function splitCells(line: string, separator: RegExp, lineStart: number): FieldText[] {
  const cells: FieldText[] = [];
  const global = globalForm(separator);
  let cursor = 0;
  global.lastIndex = 0;
  for (let match = global.exec(line); match; match = global.exec(line)) {
    cells.push({ text: line.slice(cursor, match.index), base: lineStart + cursor });
    cursor = match.index + match[0].length;
    if (match[0] === '') global.lastIndex = afterEmptyMatch(line, match.index, global.unicode);
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

/** Task-column labels that name a topic or an item rather than the action itself. */
const TOPIC_COLUMN = /^(?:temas?|topics?|items?|qu[eé]|what|asunto|subject|description|descripci[oó]n)$/i;

function cellLabel(cells: FieldText[], index: number): string {
  return (cells[index]?.text ?? '').replace(/\*\*|__/g, '').trim();
}

/** The columns of a header row, or null when it does not name at least a task and an owner or date. */
export function readHeaderRow(cells: FieldText[], locales: NotesLocale[]): Column[] | null {
  const read = cells.map((cell) => columnOf(cell.text, locales));
  // "Tema | Acción | Quién": beside the action, a topic or item column only says what it is about.
  const actions = read.filter(
    (column, index) => column === 'task' && !TOPIC_COLUMN.test(cellLabel(cells, index)),
  );
  const columns =
    actions.length > 0
      ? read.map((column, index) =>
          column === 'task' && TOPIC_COLUMN.test(cellLabel(cells, index)) ? 'other' : column,
        )
      : read;
  const named = withTaskColumn(columns, cells);
  const hasTask = named.includes('task');
  return hasTask && (named.includes('owner') || named.includes('due')) ? named : null;
}

/** A label long enough to name a column's contents: "#", "Nº" or "ID" only number the rows. */
const CONTENT_LABEL = /\p{L}.*\p{L}.*\p{L}/u;

/**
 * "Entregable | Responsable | Fecha", under a label no list knows: beside an owner column, the first other column
 * with a real label holds what is to be done.
 */
function withTaskColumn(columns: Column[], cells: FieldText[]): Column[] {
  if (columns.includes('task') || !columns.includes('owner')) return columns;
  const first = columns.findIndex(
    (column, index) => column === 'other' && CONTENT_LABEL.test(cellLabel(cells, index)),
  );
  return first < 0 ? columns : columns.map((column, index) => (index === first ? 'task' : column));
}

function fieldLabels(locale: NotesLocale): [Column, RegExp][] {
  return [
    ['owner', locale.ownerLabel],
    ['due', locale.dueLabel],
    ['priority', locale.priorityLabel],
  ];
}

/**
 * Any of the locales' labels where a part may start (the line's start, a space or a separator before it): nearly
 * every line is read for fields, and one search passes most of them over before the split.
 */
const labelGate = perLocales((locales) => {
  const labels = locales.flatMap((locale) =>
    fieldLabels(locale).map(([, pattern]) => pattern.source.replace(/^\^/, '')),
  );
  return new RegExp(`(?:^|[\\s·|;])(?:${labels.join('|')})`, 'i');
});

/** True when the text opens with a field's label ("Responsable: Carmen"), not with words of its own. */
export function opensWithLabel(text: string, locales: NotesLocale[]): boolean {
  const start = text.trimStart();
  return locales.some((locale) => fieldLabels(locale).some(([, pattern]) => pattern.test(start)));
}

/** "Responsable: Carmen · Fecha: el lunes · Prioridad: alta": each labelled part as a cell. */
export function readLabelledFields(line: string, lineStart: number, locales: NotesLocale[]): Cell[] {
  if (locales.length === 0 || !labelGate(locales).test(line)) return [];
  const parts = splitCells(line, FIELD_SEPARATOR, lineStart);
  const cells: Cell[] = [];
  for (const part of parts) {
    for (const locale of locales) {
      const found = fieldLabels(locale).find(([, pattern]) => pattern.test(part.text));
      if (!found) continue;
      const label = found[1].exec(part.text)?.[0] ?? '';
      cells.push({ column: found[0], text: part.text.slice(label.length), base: part.base + label.length });
      break;
    }
  }
  return cells;
}
