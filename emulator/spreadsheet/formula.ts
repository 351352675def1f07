// Computes the value getValues() shows for a formula cell: arithmetic on number literals only.
// Anything else (functions, cell references, text) evaluates to '' here: the emulator keeps the formula
// itself faithfully (getFormulas), and no caller needs more computed values yet.

type Token = number | string;

function tokenize(expression: string): Token[] | null {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([-+*/^()]))/y;
  let index = 0;
  while (index < expression.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(expression);
    if (!match) return expression.slice(index).trim() === '' ? tokens : null;
    tokens.push(match[1] !== undefined ? Number(match[1]) : (match[2] ?? ''));
    index = pattern.lastIndex;
  }
  return tokens;
}

class ArithmeticParser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  parseAll(): number | null {
    const value = this.sum();
    return this.position === this.tokens.length ? value : null;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private sum(): number | null {
    let value = this.product();
    while (value !== null && (this.peek() === '+' || this.peek() === '-')) {
      const operator = this.tokens[this.position++];
      const right = this.product();
      value = right === null ? null : operator === '+' ? value + right : value - right;
    }
    return value;
  }

  private product(): number | null {
    let value = this.power();
    while (value !== null && (this.peek() === '*' || this.peek() === '/')) {
      const operator = this.tokens[this.position++];
      const right = this.power();
      value = right === null ? null : operator === '*' ? value * right : value / right;
    }
    return value;
  }

  private power(): number | null {
    const base = this.unary();
    if (base === null || this.peek() !== '^') return base;
    this.position++;
    const exponent = this.power();
    return exponent === null ? null : base ** exponent;
  }

  private unary(): number | null {
    const token = this.peek();
    if (token === '-' || token === '+') {
      this.position++;
      const operand = this.unary();
      return operand === null ? null : token === '-' ? -operand : operand;
    }
    return this.atom();
  }

  private atom(): number | null {
    const token = this.tokens[this.position++];
    if (typeof token === 'number') return token;
    if (token !== '(') return null;
    const inner = this.sum();
    return this.tokens[this.position++] === ')' ? inner : null;
  }
}

export function evaluateFormula(formula: string): number | '' {
  const tokens = tokenize(formula.replace(/^=/, ''));
  const value = tokens && tokens.length > 0 ? new ArithmeticParser(tokens).parseAll() : null;
  return value === null || !Number.isFinite(value) ? '' : value;
}
