// A1 notation: column letters, parsing 'B2', 'A2:F', 'A:A', '2:5' into a block, and printing a block back.
import { columnLetters } from '../../src/core/row-ranges';

export { columnLetters };

export interface Block {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** Written without an end row ('A2:F', 'A:A'): reaches the last row, however the sheet grows. */
  openRows?: boolean;
  /** Written without columns ('2:5'): reaches the last column. */
  openColumns?: boolean;
}

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

interface Corner {
  column: number | null;
  row: number | null;
}

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(text.trim());
  if (!match || (!match[1] && !match[2])) return null;
  return { column: match[1] ? columnNumber(match[1]) : null, row: match[2] ? Number(match[2]) : null };
}

/** Splits "'Tasks'!A2:F" into the sheet name (or null) and the cells part. */
export function splitSheetName(a1: string): { sheetName: string | null; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, cells: a1 };
  return {
    sheetName: a1
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'"),
    cells: a1.slice(bang + 1),
  };
}

/** Open ends ('A2:F', 'A:A', '3:3') reach the sheet's last row or column, as in Sheets. */
export function parseA1(cells: string, maxRows: number, maxColumns: number): Block | null {
  const [startText = '', endText] = cells.split(':');
  const start = parseCorner(startText);
  const end = endText === undefined ? start : parseCorner(endText);
  if (!start || !end) return null;
  const row = start.row ?? 1;
  const column = start.column ?? 1;
  const lastRow = end.row ?? maxRows;
  const lastColumn = end.column ?? maxColumns;
  if (lastRow < row || lastColumn < column) return null;
  return {
    row,
    column,
    numRows: lastRow - row + 1,
    numColumns: lastColumn - column + 1,
    ...(end.row === null && { openRows: true }),
    ...(end.column === null && { openColumns: true }),
  };
}

/** Open ranges print as written ('A2:F', 'A:A', '2:5'), as the real getA1Notation does. */
export function toA1(block: Block): string {
  const lastColumn = columnLetters(block.column + block.numColumns - 1);
  if (block.openRows)
    return `${columnLetters(block.column)}${block.row === 1 ? '' : block.row}:${lastColumn}`;
  if (block.openColumns) return `${block.row}:${block.row + block.numRows - 1}`;
  const start = `${columnLetters(block.column)}${block.row}`;
  if (block.numRows === 1 && block.numColumns === 1) return start;
  return `${start}:${lastColumn}${block.row + block.numRows - 1}`;
}
