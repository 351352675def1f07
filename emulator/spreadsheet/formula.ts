// Computes the value of a formula cell: arithmetic, comparisons, & and the few functions minuta writes
// (IF, IFERROR, AND, OR, NOT, TODAY, WEEKDAY, INDEX, COUNTIF, COUNTIFS, MAXIFS), with references and ranges across sheets.
// Any other function is '#NAME?', as in Sheets. Without a site (which sheet, which day) only literals compute,
// and anything else is '' as before: callers that know the cell's sheet pass a site.
import type { SheetState, StoredValue } from '../state';
import { parseWallClockText, wallClockAt, wallClockText } from '../zone';
import { columnLetters, columnNumber, parseA1, splitSheetName } from './a1';
import { newSheetState } from './grid';

/** Where a formula sits: its sheet, the spreadsheet's sheets (for 'Name'!A1), and now in the spreadsheet zone. */
export interface FormulaSite {
  sheet: SheetState;
  sheets: SheetState[];
  timeZone: string;
  now: Date;
  /**
   * How far the cell being computed is from the cell the formula was written for: a conditional-format
   * formula is written for its range's top-left cell and applies, relative references moved, to every cell.
   */
  offset?: { rows: number; columns: number };
}

/** Moves the relative parts of an A1 reference ('$G2' → '$G5' three rows down; '$' parts stay). */
function shiftRelative(cells: string, offset: { rows: number; columns: number }): string {
  return cells.replace(
    /(\$?)([A-Za-z]*)(\$?)(\d*)/g,
    (whole, columnLock: string, letters: string, rowLock: string, digits: string) => {
      if (!whole) return whole;
      const column = letters && !columnLock ? columnLetters(columnNumber(letters) + offset.columns) : letters;
      const row = digits && !rowLock ? String(Number(digits) + offset.rows) : digits;
      return `${columnLock}${column}${rowLock}${row}`;
    },
  );
}

/** A date as Sheets keeps it: a day number (days since 1899-12-30), shown as a date. */
class DateSerial {
  constructor(readonly serial: number) {}
}

class FormulaError {
  constructor(readonly code: '#NAME?' | '#REF!' | '#VALUE!' | '#DIV/0!' | '#ERROR!') {}
}

type Scalar = number | string | boolean | null | DateSerial | FormulaError;
type Grid = Scalar[][];
type Value = Scalar | Grid;

type Node =
  | { kind: 'literal'; value: Scalar }
  | { kind: 'ref'; text: string }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'unary'; op: string; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Za-z]*\$?\d*(?::\$?[A-Za-z]*\$?\d*)?|\$?[A-Za-z]{1,3}\$?\d*:\$?[A-Za-z]{1,3}\$?\d*|\$?[A-Za-z]{1,3}\$?\d+(?![\w(]))|([A-Za-z_][\w.]*)(?=\s*\()|(TRUE|FALSE)\b|(<>|<=|>=|[-+*/^&=<>(),%]))/iy;

type Token = { kind: 'number' | 'string' | 'ref' | 'name' | 'bool' | 'op'; text: string };

function tokenize(source: string): Token[] | null {
  const tokens: Token[] = [];
  const kinds = ['number', 'string', 'ref', 'name', 'bool', 'op'] as const;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) return source.slice(start).trim() === '' ? tokens : null;
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const text = match[index + 1] ?? '';
    tokens.push({ kind: kinds[index] ?? 'op', text: index === 1 ? text.replace(/""/g, '"') : text });
  }
  return tokens;
}

/** Precedence climbing over Sheets' operators: comparison < & < + - < * / < ^ < unary minus < %. */
const BINARY_LEVELS: string[][] = [['=', '<>', '<', '<=', '>', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

class Parser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  parseAll(): Node | null {
    const node = this.binary(0);
    return node && this.position === this.tokens.length ? node : null;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private isOp(text: string): boolean {
    const token = this.peek();
    return token?.kind === 'op' && token.text === text;
  }

  private binary(level: number): Node | null {
    if (level === BINARY_LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    while (left && BINARY_LEVELS[level]?.some((op) => this.isOp(op))) {
      const op = this.tokens[this.position++]?.text ?? '';
      const right = this.binary(level + 1);
      left = right && { kind: 'binary', op, left, right };
    }
    return left;
  }

  private unary(): Node | null {
    if (this.isOp('-') || this.isOp('+')) {
      const op = this.tokens[this.position++]?.text ?? '';
      const operand = this.unary();
      return operand && { kind: 'unary', op, operand };
    }
    let node = this.atom();
    while (node && this.isOp('%')) {
      this.position++;
      node = { kind: 'unary', op: '%', operand: node };
    }
    return node;
  }

  private atom(): Node | null {
    const token = this.tokens[this.position++];
    if (!token) return null;
    if (token.kind === 'number') return { kind: 'literal', value: Number(token.text) };
    if (token.kind === 'string') return { kind: 'literal', value: token.text };
    if (token.kind === 'bool') return { kind: 'literal', value: token.text.toUpperCase() === 'TRUE' };
    if (token.kind === 'ref') return { kind: 'ref', text: token.text };
    if (token.kind === 'name') return this.call(token.text.toUpperCase());
    if (token.text !== '(') return null;
    const inner = this.binary(0);
    return this.tokens[this.position++]?.text === ')' ? inner : null;
  }

  private call(name: string): Node | null {
    if (this.tokens[this.position++]?.text !== '(') return null;
    const args: Node[] = [];
    if (this.isOp(')')) this.position++;
    else {
      for (;;) {
        const arg = this.binary(0);
        if (!arg) return null;
        args.push(arg);
        const separator = this.tokens[this.position++]?.text;
        if (separator === ')') break;
        if (separator !== ',') return null;
      }
    }
    return { kind: 'call', name, args };
  }
}

// --- values

const DAY_MS = 86_400_000;
const EPOCH_DAY = Date.UTC(1899, 11, 30) / DAY_MS;
/** Formulas referring to formulas: deeper than this is a cycle. */
const MAX_DEPTH = 20;

function serialOfWallClock(text: string): number {
  const wall = parseWallClockText(text);
  const day = Date.UTC(wall.year, wall.month - 1, wall.day) / DAY_MS - EPOCH_DAY;
  return day + (wall.hour * 3600 + wall.minute * 60 + wall.second) / 86_400;
}

function wallClockOfSerial(serial: number): string {
  const date = new Date((serial + EPOCH_DAY) * DAY_MS);
  return wallClockText({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  });
}

const isGrid = (value: Value): value is Grid => Array.isArray(value);

function toNumber(value: Scalar): number | FormulaError {
  if (value instanceof FormulaError) return value;
  if (value instanceof DateSerial) return value.serial;
  if (value === null || value === '') return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const number = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(number) ? number : new FormulaError('#VALUE!');
}

function toText(value: Scalar): string {
  if (value === null) return '';
  if (value instanceof DateSerial) return String(value.serial);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value instanceof FormulaError ? value.code : value);
}

function toBoolean(value: Scalar): boolean | FormulaError {
  if (value instanceof FormulaError) return value;
  if (typeof value === 'string' && value !== '') {
    const upper = value.toUpperCase();
    return upper === 'TRUE' ? true : upper === 'FALSE' ? false : new FormulaError('#VALUE!');
  }
  const number = toNumber(value);
  return number instanceof FormulaError ? number : number !== 0;
}

/** Sheets orders numbers < text < booleans; text compares without case; a blank is the other side's blank. */
function compareScalars(left: Scalar, right: Scalar): number {
  const rank = (value: Scalar): number =>
    typeof value === 'string' ? 1 : typeof value === 'boolean' ? 2 : 0;
  const blankLike = (value: Scalar, other: Scalar): Scalar =>
    value !== null ? value : typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const [a, b] = [blankLike(left, right), blankLike(right, left)];
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x === y ? 0 : x < y ? -1 : 1;
  }
  const [x, y] = [toNumber(a), toNumber(b)];
  return (x as number) - (y as number);
}

const COMPARISONS: Record<string, (order: number) => boolean> = {
  '=': (order) => order === 0,
  '<>': (order) => order !== 0,
  '<': (order) => order < 0,
  '<=': (order) => order <= 0,
  '>': (order) => order > 0,
  '>=': (order) => order >= 0,
};

// --- criteria (COUNTIF, COUNTIFS, MAXIFS)

type Criterion = (cell: Scalar) => boolean;

function wildcardPattern(text: string): RegExp {
  const body = text.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\])/g, (_, escaped, wild, special) =>
    escaped ? `\\${escaped}` : wild ? (wild === '*' ? '.*' : '.') : `\\${special}`,
  );
  return new RegExp(`^${body}$`, 'i');
}

/** "<>" is any non-blank cell, "" a blank one, "<5" numbers below 5, "Hecha" the text in any case, with * and ?. */
function criterionOf(value: Scalar): Criterion {
  if (typeof value === 'number' || value instanceof DateSerial) {
    const wanted = toNumber(value);
    return (cell) => typeof cell !== 'string' && cell !== null && toNumber(cell) === wanted;
  }
  const text = toText(value);
  const [, op = '=', operand = ''] = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text) ?? [];
  const number = operand.trim() === '' ? NaN : Number(operand);
  const test = COMPARISONS[op] ?? ((order: number) => order === 0);
  if (operand === '')
    return op === '<>' ? (cell) => cell !== null && cell !== '' : (cell) => cell === null || cell === '';
  if (Number.isFinite(number)) {
    return (cell) => {
      const numeric = typeof cell === 'number' || cell instanceof DateSerial;
      return numeric ? test((toNumber(cell) as number) - number) : op === '<>';
    };
  }
  const pattern = wildcardPattern(operand);
  if (op === '=' || op === '<>')
    return (cell) => pattern.test(cell === null ? '' : toText(cell)) === (op === '=');
  return (cell) => typeof cell === 'string' && test(compareScalars(cell, operand));
}

/** Rows of the ranges where every criterion holds; ranges of different shapes are #VALUE!. */
function matchingCells(pairs: Value[]): Array<[number, number]> | FormulaError {
  const grids = pairs.map((value, index) => (index % 2 === 0 ? asGrid(value) : value));
  const first = grids[0] as Grid;
  const sameShape = grids.every(
    (value, index) =>
      index % 2 === 1 ||
      ((value as Grid).length === first.length && (value as Grid)[0]?.length === first[0]?.length),
  );
  if (!sameShape || pairs.length % 2 !== 0) return new FormulaError('#VALUE!');
  const tests = grids.flatMap((value, index) =>
    index % 2 === 1
      ? []
      : [{ grid: value as Grid, criterion: criterionOf(scalarOf(grids[index + 1] ?? null)) }],
  );
  const cells: Array<[number, number]> = [];
  first.forEach((row, rowIndex) =>
    row.forEach((_, columnIndex) => {
      if (tests.every(({ grid, criterion }) => criterion(grid[rowIndex]?.[columnIndex] ?? null)))
        cells.push([rowIndex, columnIndex]);
    }),
  );
  return cells;
}

function asGrid(value: Value): Grid {
  return isGrid(value) ? value : [[value]];
}

/** A range where one value is wanted is its first cell (the emulator does no implicit intersection). */
function scalarOf(value: Value): Scalar {
  return isGrid(value) ? (value[0]?.[0] ?? null) : value;
}

// --- evaluation

class Evaluator {
  constructor(
    private readonly site: FormulaSite,
    private readonly depth: number,
  ) {}

  value(node: Node): Value {
    switch (node.kind) {
      case 'literal':
        return node.value;
      case 'ref':
        return this.reference(node.text);
      case 'unary':
        return this.unary(node.op, this.scalar(node.operand));
      case 'binary':
        return this.binary(node.op, this.scalar(node.left), this.scalar(node.right));
      case 'call':
        return this.call(node.name, node.args);
    }
  }

  scalar(node: Node): Scalar {
    return scalarOf(this.value(node));
  }

  private reference(text: string): Value {
    const { sheetName, cells } = splitSheetName(text);
    const sheet =
      sheetName === null
        ? this.site.sheet
        : this.site.sheets.find((candidate) => candidate.name === sheetName);
    if (!sheet) return new FormulaError('#REF!');
    const moved = this.site.offset ? shiftRelative(cells, this.site.offset) : cells;
    const block = parseA1(moved.replace(/\$/g, ''), sheet.maxRows, sheet.maxColumns);
    if (!block) return new FormulaError('#REF!');
    const grid = Array.from({ length: block.numRows }, (_, rowOffset) =>
      Array.from({ length: block.numColumns }, (__, columnOffset) =>
        this.cell(sheet, block.row + rowOffset, block.column + columnOffset),
      ),
    );
    return cells.includes(':') ? grid : (grid[0]?.[0] ?? null);
  }

  private cell(sheet: SheetState, row: number, column: number): Scalar {
    const cell = sheet.rows[row - 1]?.[column - 1];
    if (!cell) return null;
    if (cell.formula) {
      if (this.depth >= MAX_DEPTH) return new FormulaError('#REF!');
      return evaluateAt(cell.formula, { ...this.site, sheet, offset: undefined }, this.depth + 1);
    }
    const stored = cell.value;
    if (stored === undefined || stored === '') return null;
    return typeof stored === 'object' ? new DateSerial(serialOfWallClock(stored.date)) : stored;
  }

  private unary(op: string, operand: Scalar): Scalar {
    const number = toNumber(operand);
    if (number instanceof FormulaError) return number;
    return op === '-' ? -number : op === '%' ? number / 100 : number;
  }

  private binary(op: string, left: Scalar, right: Scalar): Scalar {
    if (left instanceof FormulaError) return left;
    if (right instanceof FormulaError) return right;
    const compare = COMPARISONS[op];
    if (compare) return compare(compareScalars(left, right));
    if (op === '&') return toText(left) + toText(right);
    const [a, b] = [toNumber(left), toNumber(right)];
    if (a instanceof FormulaError) return a;
    if (b instanceof FormulaError) return b;
    if (op === '/' && b === 0) return new FormulaError('#DIV/0!');
    const result = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a ** b;
    // A date plus or minus days stays a date; a date minus a date is a number of days.
    const isDate = (op === '+' || op === '-') && left instanceof DateSerial !== right instanceof DateSerial;
    return isDate && (left instanceof DateSerial || op === '+') ? new DateSerial(result) : result;
  }

  private call(name: string, args: Node[]): Value {
    const implementation = FUNCTIONS[name];
    return implementation ? implementation(args, this) : new FormulaError('#NAME?');
  }

  today(): DateSerial {
    const wall = wallClockAt(this.site.now, this.site.timeZone);
    return new DateSerial(Math.floor(serialOfWallClock(wallClockText(wall))));
  }
}

type Implementation = (args: Node[], evaluator: Evaluator) => Value;

function logical(combine: (values: boolean[]) => boolean): Implementation {
  return (args, evaluator) => {
    const values = args.flatMap((arg) => asGrid(evaluator.value(arg)).flat().map(toBoolean));
    const error = values.find((value): value is FormulaError => value instanceof FormulaError);
    return error ?? combine(values as boolean[]);
  };
}

const FUNCTIONS: Record<string, Implementation> = {
  IF: ([condition, whenTrue, whenFalse], evaluator) => {
    const test = condition ? toBoolean(evaluator.scalar(condition)) : new FormulaError('#VALUE!');
    if (test instanceof FormulaError) return test;
    const branch = test ? whenTrue : whenFalse;
    return branch ? evaluator.value(branch) : test ? true : false;
  },
  IFERROR: ([value, fallback], evaluator) => {
    const result = value ? evaluator.value(value) : null;
    return result instanceof FormulaError ? (fallback ? evaluator.value(fallback) : '') : result;
  },
  AND: logical((values) => values.every(Boolean)),
  OR: logical((values) => values.some(Boolean)),
  NOT: ([value], evaluator) => {
    const test = value ? toBoolean(evaluator.scalar(value)) : new FormulaError('#VALUE!');
    return test instanceof FormulaError ? test : !test;
  },
  TODAY: (_, evaluator) => evaluator.today(),
  /** Type 2 and 3 count from Monday (1 and 0); type 1, the default, from Sunday. */
  WEEKDAY: ([date, type], evaluator) => {
    const serial = date ? toNumber(evaluator.scalar(date)) : new FormulaError('#VALUE!');
    const kind = type ? toNumber(evaluator.scalar(type)) : 1;
    if (serial instanceof FormulaError) return serial;
    if (kind instanceof FormulaError) return kind;
    const sundayFirst = (((Math.floor(serial) - 1) % 7) + 7) % 7;
    const mondayFirst = (sundayFirst + 6) % 7;
    return kind === 2 ? mondayFirst + 1 : kind === 3 ? mondayFirst : sundayFirst + 1;
  },
  /** INDEX(range, row, [column]), 1-based; outside the range is #REF!. */
  INDEX: ([range, row, column], evaluator) => {
    const grid = range ? asGrid(evaluator.value(range)) : [];
    const rowNumber = row ? toNumber(evaluator.scalar(row)) : 1;
    const columnNumber = column ? toNumber(evaluator.scalar(column)) : 1;
    if (rowNumber instanceof FormulaError) return rowNumber;
    if (columnNumber instanceof FormulaError) return columnNumber;
    const found = grid[Math.max(1, rowNumber) - 1]?.[Math.max(1, columnNumber) - 1];
    return found === undefined ? new FormulaError('#REF!') : found;
  },
  COUNTIF: (args, evaluator) => countMatches(args, evaluator),
  COUNTIFS: (args, evaluator) => countMatches(args, evaluator),
  MAXIFS: ([maxRange, ...criteria], evaluator) => {
    if (!maxRange) return new FormulaError('#VALUE!');
    const values = asGrid(evaluator.value(maxRange));
    const cells = matchingCells(criteria.map((arg) => evaluator.value(arg)));
    if (cells instanceof FormulaError) return cells;
    const numbers = cells
      .map(([row, column]) => values[row]?.[column] ?? null)
      .filter((value) => typeof value === 'number' || value instanceof DateSerial)
      .map((value) => toNumber(value) as number);
    return numbers.length ? Math.max(...numbers) : 0;
  },
};

function countMatches(args: Node[], evaluator: Evaluator): Value {
  const cells = matchingCells(args.map((arg) => evaluator.value(arg)));
  return cells instanceof FormulaError ? cells : cells.length;
}

function evaluateAt(formula: string, site: FormulaSite, depth: number): Scalar {
  const tokens = tokenize(formula.replace(/^=/, ''));
  const tree = tokens && tokens.length > 0 ? new Parser(tokens).parseAll() : null;
  if (!tree) return new FormulaError('#ERROR!');
  const result = scalarOf(new Evaluator(site, depth).value(tree));
  return typeof result === 'number' && !Number.isFinite(result) ? new FormulaError('#DIV/0!') : result;
}

/** Never read: a literal-only formula refers to no sheet and no day. */
const LITERALS_ONLY: FormulaSite = {
  sheet: newSheetState(-1, ''),
  sheets: [],
  timeZone: 'UTC',
  now: new Date(0),
};

/** Without a site only number literals and operators compute, as before sites existed. */
function isLiteralArithmetic(formula: string): boolean {
  const tokens = tokenize(formula.replace(/^=/, ''));
  return !!tokens && tokens.every(({ kind, text }) => kind === 'number' || (kind === 'op' && text !== '&'));
}

/** What the cell shows: a number, text, boolean, a date (as a stored wall-clock), or an error text like '#NAME?'. */
export function evaluateFormula(formula: string, site?: FormulaSite): StoredValue {
  if (!site) {
    if (!isLiteralArithmetic(formula)) return '';
    const result = evaluateAt(formula, LITERALS_ONLY, 0);
    return typeof result === 'number' ? result : '';
  }
  const result = evaluateAt(formula, site, 0);
  if (result instanceof FormulaError) return result.code;
  if (result instanceof DateSerial) return { date: wallClockOfSerial(result.serial) };
  return result ?? '';
}

/** The site of a cell on `sheet` of a spreadsheet, for callers holding the emulator's state. */
export function formulaSite(
  sheet: SheetState,
  spreadsheet: { sheets: SheetState[]; timeZone: string },
  now: Date,
): FormulaSite {
  return { sheet, sheets: spreadsheet.sheets, timeZone: spreadsheet.timeZone, now };
}
