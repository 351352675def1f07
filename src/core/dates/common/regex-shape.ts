// What every match of a regular expression holds, read from its source: the strings no match can do without.

/** Every match holds at least one of these strings. */
export type Clause = string[];

/**
 * Stands for any character outside [A-Za-z0-9_] (what \W matches), and for the text's edges, read as such a
 * character before the text and after it (what ^ and $ match, when the pattern has no "m" flag).
 */
export const BOUNDARY = '\x01';

interface Shape {
  /** Every string the part can match, when they are few and known; null otherwise. */
  exact: string[] | null;
  /** Clauses every match of the part satisfies. */
  clauses: Clause[];
  /** When `exact` is null: every match starts with one of these; null when not known. */
  prefix: string[] | null;
  /** When `exact` is null: every match ends with one of these; null when not known. */
  suffix: string[] | null;
  /** A lookahead: the text right after holds one of `exact`/`prefix`, but the match does not take it. */
  ahead?: boolean;
}

/** Past this many strings a part's exact matches are no longer tracked. */
const EXACT_LIMIT = 64;
const DIGITS = [...'0123456789'];
const UNKNOWN: Shape = { exact: null, clauses: [], prefix: null, suffix: null };
const EMPTY = exactly(['']);

function exactly(strings: string[]): Shape {
  return { exact: strings, clauses: [], prefix: null, suffix: null };
}

/** A set of strings as a clause, or nothing when it holds the empty string (always found). */
function asClauses(strings: string[] | null): Clause[] {
  return strings && !strings.includes('') ? [strings] : [];
}

export function clausesOf(shape: Shape): Clause[] {
  return [...shape.clauses, ...asClauses(shape.exact)];
}

function startsOf(shape: Shape): string[] | null {
  return shape.exact ?? shape.prefix;
}

function endsOf(shape: Shape): string[] | null {
  return shape.exact ?? shape.suffix;
}

type Rarity = (word: string) => number;

/** Letters a word spells: a boundary (a space, mostly) is found almost anywhere. */
const spelled = (word: string): number => word.split(BOUNDARY).join('').length;

/** Longer words are rarer in text; a line of notes holds a digit less often than a given short word. */
const RARITIES: Rarity[] = [(word) => spelled(word) + (/^\d+$/.test(word) ? 2 : 0), spelled];

/** The clause least likely to be met by chance; fewer words break ties. */
function bestClause(shape: Shape, rarity: Rarity): Clause | null {
  let best: Clause | null = null;
  let bestScore = -Infinity;
  for (const clause of clausesOf(shape)) {
    const score = Math.min(...clause.map(rarity)) * 1000 - clause.length;
    if (score > bestScore) [best, bestScore] = [clause, score];
  }
  return best;
}

/** Every string of the first set followed by one of the second; null past the limit. */
function cross(heads: string[], tails: string[]): string[] | null {
  if (heads.length * tails.length > EXACT_LIMIT) return null;
  // One literal character after a run is the usual case: distinct heads stay distinct.
  const [tail] = tails;
  if (tails.length === 1 && tail !== undefined) return heads.map((head) => head + tail);
  return [...new Set(heads.flatMap((head) => tails.map((next) => head + next)))];
}

/** The union of the branches' sets, when each branch has one. */
function unionOf(sets: (string[] | null)[]): string[] | null {
  if (sets.some((set) => set === null)) return null;
  const union = [...new Set(sets.flat() as string[])];
  return union.length <= EXACT_LIMIT && !union.includes('') ? union : null;
}

function alternation(branches: Shape[]): Shape {
  const exacts = branches.map((branch) => branch.exact);
  const exact = exacts.every((set) => set !== null) ? [...new Set(exacts.flat() as string[])] : null;
  if (exact && exact.length <= EXACT_LIMIT) return exactly(exact);
  // Whichever branch matched, its own clause holds: the union of one clause per branch holds for all. Two
  // ways of ranking a branch's clauses give two such unions, often one of digits and one of words.
  const unions = RARITIES.map((rarity) => branches.map((branch) => bestClause(branch, rarity)));
  const clauses = unions.every((picked) => picked.every((clause) => clause !== null))
    ? unions.map((picked) => [...new Set(picked.flat() as string[])])
    : [];
  return {
    exact: null,
    clauses,
    prefix: unionOf(branches.map(startsOf)),
    suffix: unionOf(branches.map(endsOf)),
  };
}

function repeat(shape: Shape, min: number, max: number): Shape {
  if (shape.ahead) return EMPTY;
  if (min === 1 && max === 1) return shape;
  if (min === 0) return max === 1 && shape.exact ? exactly([...shape.exact, '']) : UNKNOWN;
  return {
    exact: null,
    clauses: [...clausesOf(shape), ...repeatedRun(shape.exact, min)],
    prefix: startsOf(shape),
    suffix: endsOf(shape),
  };
}

/** "[0-9]{4}" holds two digits in a row: as many copies of the exact strings back to back as stay few. */
function repeatedRun(exact: string[] | null, min: number): Clause[] {
  let run = exact;
  for (let copies = 1; run && exact && copies < min; copies++) run = cross(run, exact) ?? run;
  return run === exact ? [] : asClauses(run);
}

/** Joins the parts of a sequence: literal runs become words ("fin", not "f", "i", "n"). */
class SequenceBuilder {
  private readonly clauses: Clause[] = [];
  private run: string[] = [''];
  private prefix: string[] | null | undefined;
  private whole = true;

  add(part: Shape): void {
    const joined = part.exact && !part.ahead ? cross(this.run, part.exact) : null;
    if (joined) {
      this.run = joined;
      return;
    }
    const head = startsOf(part) && cross(this.run, startsOf(part) as string[]);
    this.clauses.push(...(head ? asClauses(head) : [...asClauses(this.run), ...asClauses(startsOf(part))]));
    this.clauses.push(...part.clauses);
    if (part.ahead) {
      // Zero width: the text goes on with it, but the match goes on from here.
      this.whole = false;
      return;
    }
    if (this.prefix === undefined) this.prefix = head ?? this.run;
    this.whole = false;
    this.run = endsOf(part) ?? [''];
  }

  build(): Shape {
    if (this.whole) return exactly(this.run);
    const known = (set: string[] | null | undefined): string[] | null =>
      set && !set.includes('') ? set : null;
    return {
      exact: null,
      clauses: [...this.clauses, ...asClauses(this.run)],
      prefix: known(this.prefix ?? this.run),
      suffix: known(this.run),
    };
  }
}

/** A recursive reading of the regular-expression syntax; whatever it does not know it takes as "anything". */
export class SourceReader {
  private position = 0;
  /** Without the "m" flag, ^ and $ only match at the text's edges. */
  private readonly edge: Shape;

  constructor(
    private readonly source: string,
    flags: string,
  ) {
    this.edge = flags.includes('m') ? EMPTY : exactly([BOUNDARY]);
  }

  readAll(): Shape {
    const shape = this.readAlternation();
    if (this.position < this.source.length) throw new SyntaxError(`Unread pattern at ${this.position}`);
    return shape;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.position + offset];
  }

  private next(): string {
    const char = this.source[this.position++];
    if (char === undefined) throw new SyntaxError('Pattern ended early');
    return char;
  }

  /** Matches a sticky pattern right at the reading position, without copying the rest of the source. */
  private matchHere(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.position;
    return pattern.exec(this.source);
  }

  private readAlternation(): Shape {
    const branches = [this.readSequence()];
    while (this.peek() === '|') {
      this.position++;
      branches.push(this.readSequence());
    }
    return branches.length === 1 ? (branches[0] as Shape) : alternation(branches);
  }

  private readSequence(): Shape {
    const sequence = new SequenceBuilder();
    while (this.position < this.source.length && this.peek() !== '|' && this.peek() !== ')')
      sequence.add(this.readQuantified());
    return sequence.build();
  }

  private readQuantified(): Shape {
    const atom = this.readAtom();
    const bounds = this.readQuantifier();
    if (!bounds) return atom;
    if (this.peek() === '?') this.position++; // lazy: matches the same strings
    return repeat(atom, bounds.min, bounds.max);
  }

  private readQuantifier(): { min: number; max: number } | null {
    const char = this.peek();
    if (char === '*' || char === '+' || char === '?') {
      this.position++;
      return { min: char === '+' ? 1 : 0, max: char === '?' ? 1 : Infinity };
    }
    const braces = this.matchHere(/\{(\d+)(,(\d*))?\}/y);
    if (char !== '{' || !braces) return null;
    this.position += braces[0].length;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
    return { min, max };
  }

  private readAtom(): Shape {
    const char = this.next();
    if (char === '(') return this.readGroup();
    if (char === '[') return this.readClass();
    if (char === '\\') return this.readEscape();
    if (char === '^' || char === '$') return this.edge;
    if (char === '.') return UNKNOWN;
    // A quantifier with nothing before it is syntax this reader does not know ("(?i:", say): no guess.
    if (char === '?' || char === '*' || char === '+')
      throw new SyntaxError(`Unknown syntax at ${this.position}`);
    return exactly([char]);
  }

  private readGroup(): Shape {
    const lookaround = this.matchHere(/\?<?[=!]/y);
    const opening = lookaround ?? this.matchHere(/\?(?::|<[^>]+>)/y);
    this.position += opening?.[0].length ?? 0;
    const inner = this.readAlternation();
    if (this.next() !== ')') throw new SyntaxError('Unclosed group');
    if (!lookaround) return inner;
    // Only a lookahead that must match says what the text holds; the others add nothing to the match.
    return lookaround[0] === '?=' ? { ...inner, ahead: true } : EMPTY;
  }

  private readEscape(): Shape {
    const char = this.next();
    if (char === 'b' || char === 'B') return EMPTY;
    return this.escapedSet(char) ?? UNKNOWN;
  }

  /** The characters an escape stands for, or null when it is a set this reader does not spell out. */
  private escapedSet(char: string): Shape | null {
    if (char === 'd') return exactly(DIGITS);
    // Whitespace is outside [A-Za-z0-9_] too.
    if (char === 'W' || char === 's') return exactly([BOUNDARY]);
    this.skipEscapeTail(char);
    return /[\p{L}\p{N}]/u.test(char) ? null : exactly([char]);
  }

  /** Steps over what some escapes carry: "\p{L}", "\u{1F600}", "\x41", "\k<name>", "\12". */
  private skipEscapeTail(char: string): void {
    const tails: Record<string, RegExp> = {
      p: /\{[^}]*\}/y,
      P: /\{[^}]*\}/y,
      u: /(?:\{[^}]*\}|[\da-f]{4})/iy,
      x: /[\da-f]{2}/iy,
      c: /[a-z]/iy,
      k: /<[^>]*>/y,
    };
    const tail = tails[char] ?? (/\d/.test(char) ? /\d*/y : null);
    this.position += (tail && this.matchHere(tail))?.[0].length ?? 0;
  }

  private readClass(): Shape {
    const negated = this.peek() === '^';
    if (negated) this.position++;
    const chars: string[] = [];
    let known = true;
    while (this.peek() !== ']') {
      const first = this.readClassChar();
      if (this.peek() === '-' && this.peek(1) !== ']') {
        this.position++;
        const range = charRange(first, this.readClassChar());
        if (range) chars.push(...range);
        else known = false;
      } else if (first) chars.push(...first);
      else known = false;
    }
    this.position++;
    return known && !negated ? exactly([...new Set(chars)]) : UNKNOWN;
  }

  /** One class member: its characters, or null when it is a set this reader does not spell out. */
  private readClassChar(): string[] | null {
    const char = this.next();
    if (char !== '\\') return [char];
    const escaped = this.next();
    // In a class, \b is the backspace character.
    if (escaped === 'b') return ['\b'];
    return this.escapedSet(escaped)?.exact ?? null;
  }
}

function charRange(first: string[] | null, last: string[] | null): string[] | null {
  if (first?.length !== 1 || last?.length !== 1 || first[0] === BOUNDARY || last[0] === BOUNDARY) return null;
  const from = (first[0] as string).codePointAt(0) ?? 0;
  const to = (last[0] as string).codePointAt(0) ?? 0;
  if (to < from || to - from > 64) return null;
  return Array.from({ length: to - from + 1 }, (_, offset) => String.fromCodePoint(from + offset));
}
