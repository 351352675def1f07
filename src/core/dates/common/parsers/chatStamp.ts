// Chat-export time stamps ("[7/5/26, 18:42] Vale: ...", "18/3/26 19:02 - Caro: ..."): the day a line was written, not a deadline.
import { absolute, fullYear, readOrder } from './numericDate';
import { RuleParser } from './RuleParser';

/** iPhone and Telegram exports bracket the stamp ("[12.04.26 20:43]"), Android ones follow it with a dash. */
const STAMP =
  /\[?(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\]|\s+[-–](?=\s))/;

export function chatStampParser(dayFirst: boolean): RuleParser {
  return new RuleParser(STAMP, (match) => {
    const order = readOrder(Number(match[1]), Number(match[2]), dayFirst);
    const resolution = order && absolute(fullYear(match[3] ?? ''), order.month, order.day);
    return resolution && { ...resolution, stamp: true };
  });
}
