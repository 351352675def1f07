// The shapes the SMART coach returns: a verdict and a reason per letter, the A/R questions, a rewrite.
import type { IsoDate, SmartFlags } from '../types';

export interface CoachInput {
  /** The objective as written, without its deadline phrase. */
  text: string;
  due: IsoDate | null;
  /** The deadline phrase as written ("antes del 30/06"), when there was one. */
  dueText?: string | null;
  /** The flags the parser read (smartFlags), with A and R as the VA confirmed them. */
  smart: SmartFlags;
}

export interface LetterCoaching {
  /** null: the text cannot tell (A and R until the client confirms them). */
  passed: boolean | null;
  /** What was found, or what is missing, in the notes' language. */
  reason: string;
}

export interface ObjectiveCoaching {
  specific: LetterCoaching;
  measurable: LetterCoaching;
  achievable: LetterCoaching;
  realistic: LetterCoaching;
  timeBound: LetterCoaching;
  /** Questions to ask the client before ticking A and R. */
  questions: { achievable: string[]; realistic: string[] };
  /** A wording that passes S, M and T with `___` blanks for what only the client knows; null when it already passes. */
  rewrite: string | null;
}
