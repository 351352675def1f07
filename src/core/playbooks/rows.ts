// The Playbooks tab's rows ↔ playbooks: one row per step, the name and trigger words on each playbook's first row.
import { PLAYBOOK_STRINGS, type PlaybookProblemStrings } from '../i18n/playbooks';
import type { Language } from '../types';
import { normaliseText } from '../workbook/text';
import { cellText, oneLine } from './cells';
import { columnLayout, PLAYBOOK_COLUMNS, type ColumnIndex, type PlaybookColumn } from './columns';
import { readOffsetDays } from './offset';
import { addTriggers, joinTriggers } from './triggers';
import type { Playbook, PlaybookProblem } from './types';

/**
 * Rows in the tab's column order, without the header. The name and trigger words sit only on a
 * playbook's first row, so each playbook reads as a block and its trigger words are edited in one
 * place; rowsToPlaybooks also reads them repeated on every row.
 */
export function playbooksToRows(playbooks: Playbook[]): string[][] {
  return playbooks.flatMap((playbook) => {
    const heading = [playbook.name, joinTriggers(playbook.triggers)];
    if (playbook.steps.length === 0) return [[...heading, '', '', '']];
    return playbook.steps.map((step, index) => [
      ...(index === 0 ? heading : ['', '']),
      step.text,
      String(step.offsetDays),
      step.owner ?? '',
    ]);
  });
}

interface DraftPlaybook {
  playbook: Playbook;
  firstRow: number;
}

interface TabReading {
  language: Language;
  messages: PlaybookProblemStrings;
  byName: Map<string, DraftPlaybook>;
  current: DraftPlaybook | null;
  problems: PlaybookProblem[];
}

type RowCells = Record<PlaybookColumn, string>;

/** A row's cells, or the header of the first one that holds something no one could type. */
type RowReading = RowCells | { unreadable: string };

function rowCells(row: unknown[], columns: ColumnIndex, language: Language): RowReading {
  const cells: Partial<RowCells> = {};
  for (const [position, column] of PLAYBOOK_COLUMNS.entries()) {
    const index = columns[column];
    const text = index === null ? '' : cellText(row[index]);
    if (text === null) return { unreadable: PLAYBOOK_STRINGS[language].headers[position] ?? column };
    cells[column] = text;
  }
  return cells as RowCells;
}

function playbookNamed(reading: TabReading, name: string, row: number): DraftPlaybook {
  const key = normaliseText(name);
  const known = reading.byName.get(key);
  if (known) return known;
  const draft: DraftPlaybook = {
    playbook: { name, language: reading.language, triggers: [], steps: [] },
    firstRow: row,
  };
  reading.byName.set(key, draft);
  return draft;
}

/** Why the row's step cannot be added, or null when it can. */
function stepProblem(reading: TabReading, cells: RowCells): string | null {
  if (!reading.current) return reading.messages.noPlaybook;
  if (cells.step === '') return reading.messages.missingStep;
  if (cells.days === '') return reading.messages.missingDays;
  return null;
}

function readStep(reading: TabReading, cells: RowCells): string | null {
  const problem = stepProblem(reading, cells);
  if (problem !== null || !reading.current) return problem;
  const offset = readOffsetDays(cells.days);
  if ('error' in offset) {
    return offset.error === 'too-far'
      ? reading.messages.daysTooFar(cells.days)
      : reading.messages.badDays(cells.days);
  }
  const owner = oneLine(cells.owner);
  reading.current.playbook.steps.push({
    text: oneLine(cells.step),
    offsetDays: offset.days,
    owner: owner || null,
  });
  return null;
}

function isBlankRow(cells: RowReading): boolean {
  return !('unreadable' in cells) && Object.values(cells).every((text) => text === '');
}

function readRow(reading: TabReading, cells: RowCells, row: number): string | null {
  const name = oneLine(cells.name);
  if (name !== '') reading.current = playbookNamed(reading, name, row);
  if (cells.triggers !== '' && reading.current) {
    addTriggers(reading.current.playbook.triggers, cells.triggers);
  }
  // A row with only a name or trigger words heads or extends a playbook; it needs one above it.
  const onlyHeading = cells.step === '' && cells.days === '' && cells.owner === '';
  if (onlyHeading) return reading.current ? null : reading.messages.noPlaybook;
  return readStep(reading, cells);
}

/** The playbooks with steps, each findable by its name when it has no trigger words of its own. */
function finish(reading: TabReading): Playbook[] {
  const playbooks: Playbook[] = [];
  for (const { playbook, firstRow } of reading.byName.values()) {
    if (playbook.steps.length === 0) {
      reading.problems.push({ row: firstRow, message: reading.messages.noSteps(playbook.name) });
    } else {
      playbooks.push(playbook.triggers.length > 0 ? playbook : { ...playbook, triggers: [playbook.name] });
    }
  }
  return playbooks;
}

/**
 * Reads what a VA typed in the Playbooks tab. Pass the whole tab, header included, so problem rows
 * are sheet rows; columns are found by header in either language (in the created order when there
 * is no header). A row with no name continues the playbook above it; the same name further down
 * adds to the same playbook. Blank rows are skipped; a row that cannot be read becomes a problem.
 */
export function rowsToPlaybooks(
  rows: unknown[][],
  language: Language,
): { playbooks: Playbook[]; problems: PlaybookProblem[] } {
  const messages = PLAYBOOK_STRINGS[language].problems;
  const layout = columnLayout(rows, language);
  if (layout.missing.length > 0) {
    return {
      playbooks: [],
      problems: [{ row: layout.dataStart, message: messages.missingColumns(layout.missing.join(', ')) }],
    };
  }
  const reading: TabReading = { language, messages, byName: new Map(), current: null, problems: [] };
  rows.slice(layout.dataStart).forEach((row, index) => {
    const rowNumber = layout.dataStart + index + 1;
    const cells = rowCells(row, layout.columns, language);
    if (isBlankRow(cells)) return;
    const problem =
      'unreadable' in cells ? messages.unreadableCell(cells.unreadable) : readRow(reading, cells, rowNumber);
    if (problem !== null) reading.problems.push({ row: rowNumber, message: problem });
  });
  const playbooks = finish(reading);
  return { playbooks, problems: reading.problems.sort((a, b) => a.row - b.row) };
}
