// What a rule decided about a phrase, and how it travels through chrono as tags on a parsing result.
import type { ParsedResult, Parser, ParsingResult } from 'chrono-node/es';
import type { IsoDate } from '../../types';
import { parseIsoDate, toIsoDate } from '../calendar';

export interface Resolution {
  /** The date the phrase names; null for vague and past phrases and for time-of-day claims. */
  date: IsoDate | null;
  /** True when the date depends on the reference (so with no reference it cannot be known). */
  relative: boolean;
  past?: boolean;
  vague?: boolean;
  ambiguous?: boolean;
  /** The other reading of an ambiguous numeric date ("10/11" read D/M), for a weekday next to it to settle. */
  alternative?: IsoDate;
  /** A weekday alone ("el jueves"): a date right after it ("jueves 12/03") says which one. */
  weekdayOnly?: boolean;
  /** Text that is not a date but must not be read as one either ("a las 10", "a la mañana"). */
  claim?: boolean;
  /** When a line was written ("[7/5/26, 18:42]" in a chat export), never its deadline. */
  stamp?: boolean;
}

/** chrono does not export its context type; the parser interface names it. */
export type ParsingContext = Parameters<Parser['extract']>[0];

const TAG = {
  rule: 'minuta/rule',
  relative: 'minuta/relative',
  past: 'minuta/past',
  vague: 'minuta/vague',
  ambiguous: 'minuta/ambiguous',
  weekdayOnly: 'minuta/weekday-only',
  claim: 'minuta/claim',
  stamp: 'minuta/stamp',
} as const;

type Flag = Exclude<keyof Resolution, 'date' | 'alternative'>;
const ALTERNATIVE_TAG = 'minuta/alternative=';
const FLAGS: Flag[] = ['relative', 'past', 'vague', 'ambiguous', 'weekdayOnly', 'claim', 'stamp'];

/** Builds the chrono result for a phrase our own rules read, with the date assigned as certain. */
export function toParsingResult(
  context: ParsingContext,
  index: number,
  text: string,
  resolution: Resolution,
): ParsingResult {
  const result = context.createParsingResult(index, text);
  const date = resolution.date ? parseIsoDate(resolution.date) : null;
  if (date) {
    result.start.assign('year', date.year);
    result.start.assign('month', date.month);
    result.start.assign('day', date.day);
  }
  result.addTag(TAG.rule);
  for (const flag of FLAGS) if (resolution[flag]) result.addTag(TAG[flag]);
  if (resolution.alternative) result.addTag(ALTERNATIVE_TAG + resolution.alternative);
  return result;
}

export function isRuleResult(result: ParsedResult): boolean {
  // The result's own tags() copies both ends' tags into a new set: each end is asked instead.
  return result.start.tags().has(TAG.rule) || Boolean(result.end?.tags().has(TAG.rule));
}

/** Reads back what `toParsingResult` stored; null for results chrono's own parsers made. */
export function readResolution(result: ParsedResult): Resolution | null {
  const tags = result.tags();
  if (!tags.has(TAG.rule)) return null;
  const resolution: Resolution = { date: null, relative: false };
  for (const flag of FLAGS) if (tags.has(TAG[flag])) resolution[flag] = true;
  const alternative = [...tags].find((tag) => tag.startsWith(ALTERNATIVE_TAG));
  if (alternative) resolution.alternative = alternative.slice(ALTERNATIVE_TAG.length);
  if (result.start.isCertain('day')) resolution.date = readCalendarDate(result);
  // chrono merges a date with the time claimed after it ("el lunes a las 10"), tags and all: the date stays.
  if (resolution.date || resolution.past || resolution.vague) resolution.claim = false;
  return resolution;
}

export function readCalendarDate(result: ParsedResult): IsoDate {
  const { start } = result;
  return toIsoDate(start.get('year') ?? 0, start.get('month') ?? 1, start.get('day') ?? 1);
}

/** A date that follows from the reference. */
export function relativeTo(date: IsoDate | null): Resolution | null {
  return date ? { date, relative: true } : null;
}

export const PAST: Resolution = { date: null, relative: true, past: true };
export const VAGUE: Resolution = { date: null, relative: true, vague: true };
export const CLAIM: Resolution = { date: null, relative: true, claim: true };
export const WEEKDAY_ONLY = (date: IsoDate): Resolution => ({ date, relative: true, weekdayOnly: true });
