// Finds which of many ASCII words occur in a text, in one pass over its characters (an Aho-Corasick automaton).

const ROOT = 0;
/** Symbol of the word characters ([A-Za-z0-9_]) that are in no word. */
const OTHER = 0;
const WORD_CHARACTER = /[A-Za-z0-9_]/;
/** What a state number in the built table can reach (see `transitions`). */
const MAX_STATES = 0x10000;

/**
 * Each word carries labels; a scan tells which labels the words found in a text carry. Words are matched in
 * any case. The stand-in character of a word matches any character outside [A-Za-z0-9_] that is in no word,
 * and the text's edges, read as one such character before the text and one after it.
 */
export class WordAutomaton {
  /** ASCII code to symbol; a letter and its capital share one. */
  private readonly symbolOf = new Uint8Array(128);
  private readonly standInSymbol: number;
  private readonly symbolCount: number;
  /** While building, the state after reading a symbol: `building[state * symbolCount + symbol]`, -1 for none yet. */
  private building: Int32Array;
  /**
   * The same once built, in half the bytes: the table is read at random on every character, and the rest of the
   * parser's work between two scans pushes a larger one out of the processor's cache.
   */
  private readonly transitions: Uint16Array;
  /** Per state while building, the labels of the words that end there; undefined when none do. */
  private readonly labelsAt: (number[] | undefined)[] = [undefined];
  /** The same, packed for scanning: the labels of state s are `labels[labelStart[s]]` up to `labelStart[s + 1]`. */
  private labelStart = new Int32Array(1);
  private labels = new Int32Array(0);

  constructor(words: string[], labelsOfWord: number[][], standIn: string) {
    const alphabet = [...new Set([standIn, ...words.join('').toLowerCase()])];
    if (alphabet.some((char) => char.charCodeAt(0) > 127)) throw new RangeError('Words must be ASCII');
    this.standInSymbol = alphabet.indexOf(standIn) + 1;
    for (let code = 0; code < 128; code++)
      this.symbolOf[code] = WORD_CHARACTER.test(String.fromCharCode(code)) ? OTHER : this.standInSymbol;
    alphabet.forEach((char, index) => {
      this.symbolOf[char.charCodeAt(0)] = index + 1;
      this.symbolOf[char.toUpperCase().charCodeAt(0)] = index + 1;
    });
    this.symbolCount = alphabet.length + 1;
    const maxStates = words.reduce((total, word) => total + word.length, 1);
    this.building = new Int32Array(maxStates * this.symbolCount).fill(-1);
    words.forEach((word, index) => this.addWord(word.toLowerCase(), labelsOfWord[index] ?? []));
    if (this.labelsAt.length > MAX_STATES) throw new RangeError(`More than ${MAX_STATES} states`);
    this.building = this.building.slice(0, this.labelsAt.length * this.symbolCount);
    this.linkFailures();
    this.transitions = Uint16Array.from(this.building);
    this.building = new Int32Array(0);
    this.packLabels();
  }

  /** Sets `found[label]` to 1 for each label a word found in the text carries. */
  markLabelsFound(text: string, found: Uint8Array): void {
    let state = this.step(ROOT, this.standInSymbol, found);
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      state = this.step(state, code < 128 ? (this.symbolOf[code] ?? OTHER) : this.standInSymbol, found);
    }
    this.step(state, this.standInSymbol, found);
  }

  private step(state: number, symbol: number, found: Uint8Array): number {
    const next = this.transitions[state * this.symbolCount + symbol] ?? ROOT;
    const end = this.labelStart[next + 1] ?? 0;
    for (let index = this.labelStart[next] ?? 0; index < end; index++) found[this.labels[index] ?? 0] = 1;
    return next;
  }

  private packLabels(): void {
    this.labelStart = new Int32Array(this.labelsAt.length + 1);
    this.labelsAt.forEach((labels, state) => {
      this.labelStart[state + 1] = (this.labelStart[state] ?? 0) + (labels?.length ?? 0);
    });
    this.labels = Int32Array.from(this.labelsAt.flatMap((labels) => labels ?? []));
  }

  private addWord(word: string, labels: number[]): void {
    let state = ROOT;
    for (const char of word) {
      const slot = state * this.symbolCount + (this.symbolOf[char.charCodeAt(0)] ?? OTHER);
      if ((this.building[slot] ?? -1) < 0) {
        this.building[slot] = this.labelsAt.length;
        this.labelsAt.push(undefined);
      }
      state = this.building[slot] ?? ROOT;
    }
    this.labelsAt[state] = union(this.labelsAt[state], labels);
  }

  /**
   * Breadth first, each missing transition is pointed where the longest suffix read so far leads, and each
   * state takes on the labels of that suffix's state: the standard construction, so no overlap is missed.
   */
  private linkFailures(): void {
    const failure = new Int32Array(this.labelsAt.length);
    const queue: number[] = [];
    for (let symbol = 0; symbol < this.symbolCount; symbol++) {
      const child = this.building[symbol] ?? -1;
      if (child < 0) this.building[symbol] = ROOT;
      else queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? ROOT;
      const fallback = failure[state] ?? ROOT;
      this.labelsAt[state] = union(this.labelsAt[state], this.labelsAt[fallback]);
      for (let symbol = 0; symbol < this.symbolCount; symbol++) {
        const slot = state * this.symbolCount + symbol;
        const viaFallback = this.building[fallback * this.symbolCount + symbol] ?? ROOT;
        const child = this.building[slot] ?? -1;
        if (child < 0) {
          this.building[slot] = viaFallback;
        } else {
          failure[child] = viaFallback;
          queue.push(child);
        }
      }
    }
  }
}

/** A label twice only marks it twice. */
function union(labels: number[] | undefined, more: number[] | undefined): number[] | undefined {
  if (!more || more.length === 0) return labels;
  return labels ? labels.concat(more) : more;
}
