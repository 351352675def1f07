// A small evaluator for the custom formulas of conditional-format rules, enough to colour the playground grid.
// Supports references like $G2 / G2 (relative to the rule's top-left cell), strings, numbers, TRUE/FALSE,
// = <> < <= > >=, + - * / &, and AND OR NOT TODAY ISBLANK LEN LOWER UPPER TRIM IF.

export type FormulaValue = string | number | boolean | Date | null;

export interface FormulaContext {
  /** The value of a cell by 1-based row and column. */
  cell(row: number, column: number): FormulaValue;
  /** Row and column offsets of the cell being tested from the rule range's top-left cell. */
  rowOffset: number;
  columnOffset: number;
  /** Today as a day number (days since 1899-12-30), the unit Sheets compares dates in. */
  today: number;
}

type Token = { kind: 'number' | 'string' | 'name' | 'ref' | 'op' | 'paren' | 'comma'; text: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]{1,3}\$?\d+)(?![A-Za-z(])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[=<>+\-*/&])|([()])|(,))/y;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const source = formula.replace(/^=/, '').trimEnd();
  while (TOKEN.lastIndex < source.length) {
    const match = TOKEN.exec(source);
    if (!match) throw new Error(`Cannot read formula near: ${source.slice(TOKEN.lastIndex)}`);
    const [, number, string, ref, name, op, paren, comma] = match;
    if (number !== undefined) tokens.push({ kind: 'number', text: number });
    else if (string !== undefined) tokens.push({ kind: 'string', text: string.replace(/""/g, '"') });
    else if (ref !== undefined) tokens.push({ kind: 'ref', text: ref });
    else if (name !== undefined) tokens.push({ kind: 'name', text: name.toUpperCase() });
    else if (op !== undefined) tokens.push({ kind: 'op', text: op });
    else if (paren !== undefined) tokens.push({ kind: 'paren', text: paren });
    else if (comma !== undefined) tokens.push({ kind: 'comma', text: comma });
  }
  return tokens;
}

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

function toNumber(value: FormulaValue): number {
  if (value instanceof Date) return Math.floor((value.getTime() - EPOCH_MS) / DAY_MS);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === '') return 0;
  return typeof value === 'number' ? value : Number(value);
}

function isBlank(value: FormulaValue): boolean {
  return value === null || value === '';
}

function compare(left: FormulaValue, right: FormulaValue): number {
  const bothText = typeof left === 'string' && typeof right === 'string';
  if (
    bothText ||
    (typeof left === 'string' && isBlank(right)) ||
    (typeof right === 'string' && isBlank(left))
  ) {
    return String(left ?? '')
      .toLowerCase()
      .localeCompare(String(right ?? '').toLowerCase());
  }
  if (typeof left === 'string' && left !== '' && Number.isNaN(Number(left))) return 1;
  if (typeof right === 'string' && right !== '' && Number.isNaN(Number(right))) return -1;
  return toNumber(left) - toNumber(right);
}

const COLUMN_LETTERS = /^\$?([A-Z]+)(\$?)(\d+)$/;

function columnNumber(letters: string): number {
  return [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
}

class Evaluator {
  private position = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly context: FormulaContext,
  ) {}

  run(): FormulaValue {
    const value = this.comparison();
    if (this.position < this.tokens.length) throw new Error('Unexpected text at the end of the formula');
    return value;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private take(): Token {
    const token = this.tokens[this.position++];
    if (!token) throw new Error('The formula ends too early');
    return token;
  }

  private comparison(): FormulaValue {
    let left = this.concatenation();
    for (
      let token = this.peek();
      token?.kind === 'op' && /^(=|<>|<|<=|>|>=)$/.test(token.text);
      token = this.peek()
    ) {
      this.position++;
      const order = compare(left, this.concatenation());
      left = {
        '=': order === 0,
        '<>': order !== 0,
        '<': order < 0,
        '<=': order <= 0,
        '>': order > 0,
        '>=': order >= 0,
      }[token.text] as boolean;
    }
    return left;
  }

  private concatenation(): FormulaValue {
    let left = this.additive();
    while (this.peek()?.text === '&') {
      this.position++;
      left = `${left ?? ''}${this.additive() ?? ''}`;
    }
    return left;
  }

  private additive(): FormulaValue {
    let left = this.multiplicative();
    for (let token = this.peek(); token?.text === '+' || token?.text === '-'; token = this.peek()) {
      this.position++;
      const right = toNumber(this.multiplicative());
      left = token.text === '+' ? toNumber(left) + right : toNumber(left) - right;
    }
    return left;
  }

  private multiplicative(): FormulaValue {
    let left = this.unary();
    for (let token = this.peek(); token?.text === '*' || token?.text === '/'; token = this.peek()) {
      this.position++;
      const right = toNumber(this.unary());
      left = token.text === '*' ? toNumber(left) * right : toNumber(left) / right;
    }
    return left;
  }

  private unary(): FormulaValue {
    if (this.peek()?.text === '-') {
      this.position++;
      return -toNumber(this.unary());
    }
    return this.primary();
  }

  private primary(): FormulaValue {
    const token = this.take();
    if (token.kind === 'number') return Number(token.text);
    if (token.kind === 'string') return token.text;
    if (token.kind === 'ref') return this.reference(token.text);
    if (token.text === '(') {
      const value = this.comparison();
      this.take();
      return value;
    }
    if (token.kind === 'name') return this.call(token.text);
    throw new Error(`Unexpected "${token.text}" in the formula`);
  }

  private reference(text: string): FormulaValue {
    const match = COLUMN_LETTERS.exec(text.replace(/^\$/, '$'));
    if (!match) throw new Error(`Bad reference ${text}`);
    const absoluteColumn = text.startsWith('$');
    const column = columnNumber(match[1]!) + (absoluteColumn ? 0 : this.context.columnOffset);
    const row = Number(match[3]) + (match[2] ? 0 : this.context.rowOffset);
    return this.context.cell(row, column);
  }

  private argumentsList(): FormulaValue[] {
    const values: FormulaValue[] = [];
    if (this.take().text !== '(') throw new Error('Expected ( after a function name');
    if (this.peek()?.text === ')') {
      this.position++;
      return values;
    }
    for (;;) {
      values.push(this.comparison());
      const separator = this.take();
      if (separator.text === ')') return values;
      if (separator.kind !== 'comma') throw new Error('Expected , or ) in a function call');
    }
  }

  private call(name: string): FormulaValue {
    if (name === 'TRUE' || name === 'FALSE') return name === 'TRUE';
    const args = this.argumentsList();
    const text = (index: number): string => String(args[index] ?? '');
    switch (name) {
      case 'AND':
        return args.every((value) => toNumber(value) !== 0);
      case 'OR':
        return args.some((value) => toNumber(value) !== 0);
      case 'NOT':
        return toNumber(args[0] ?? null) === 0;
      case 'TODAY':
        return this.context.today;
      case 'ISBLANK':
        return isBlank(args[0] ?? null);
      case 'LEN':
        return text(0).length;
      case 'LOWER':
        return text(0).toLowerCase();
      case 'UPPER':
        return text(0).toUpperCase();
      case 'TRIM':
        return text(0).trim().replace(/\s+/g, ' ');
      case 'IF':
        return toNumber(args[0] ?? null) !== 0 ? (args[1] ?? null) : (args[2] ?? false);
      default:
        throw new Error(`The playground cannot evaluate ${name}()`);
    }
  }
}

export function evaluateFormula(formula: string, context: FormulaContext): FormulaValue {
  return new Evaluator(tokenize(formula), context).run();
}

export function isTruthy(value: FormulaValue): boolean {
  return toNumber(value) !== 0 && !Number.isNaN(toNumber(value));
}

/** Day number of a calendar date, for FormulaContext.today. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
}
