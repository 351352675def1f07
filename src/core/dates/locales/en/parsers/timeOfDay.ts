// Times of day ("at 10", "3pm", "10:30", "in the morning") are claimed so nothing reads them as dates.
import { RuleParser } from '../../../common/parsers/RuleParser';
import { CLAIM } from '../../../common/resolution';

const CLOCK = '\\d{1,2}(?::\\d{2})?';
const MERIDIEM = '(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))';

export const timeOfDayParser = new RuleParser(
  new RegExp(
    [
      `(?:at|from|until)\\s+${CLOCK}${MERIDIEM}?`,
      `${CLOCK}${MERIDIEM}`,
      '\\d{1,2}:\\d{2}',
      '(?:in\\s+the|this|every)\\s+(?:morning|afternoon|evening)',
      'at\\s+(?:noon|midnight)',
      // "Order Now button": chrono would read it as today.
      '(?:right\\s+)?now',
    ].join('|'),
  ),
  () => CLAIM,
);
