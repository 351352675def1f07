// The base of every parser of ours: a pattern on accent-folded text and a rule that resolves the match.
import type { Parser, ParsingResult } from 'chrono-node/es';
import type { IsoDate } from '../../../types';
import { fromReferenceInstant } from '../reference';
import { type ParsingContext, type Resolution, toParsingResult } from '../resolution';

/** `before` is the text ahead of the match, for the few rules that read what leads up to it. */
export type Resolve = (match: RegExpMatchArray, reference: IsoDate, before: string) => Resolution | null;

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * chrono runs the pattern on the rest of the text after each result, so a lookbehind cannot see
 * the character before: the word boundaries are checked here against the whole text instead.
 */
export class RuleParser implements Parser {
  private readonly compiled: RegExp;

  constructor(
    pattern: RegExp,
    private readonly resolve: Resolve,
  ) {
    this.compiled = new RegExp(pattern.source, 'iu');
  }

  pattern(): RegExp {
    return this.compiled;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (isWordChar(context.text[start - 1]) || isWordChar(context.text[end])) return null;
    const resolution = this.resolve(
      match,
      fromReferenceInstant(context.refDate),
      context.text.slice(0, start),
    );
    return resolution ? toParsingResult(context, start, match[0], resolution) : null;
  }
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}
