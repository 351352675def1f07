// Widens a deadline phrase to the weekday, day number or month written against it ("Monday 16th", "para el lunes 16 de mayo").

const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
/** A day number right after a phrase that ends in a weekday: "Monday| 16th", "lunes| 16". */
const DAY_AFTER = /^,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?![\d/.:])/i;
/** A weekday, with its lead-in words, right before a phrase that starts with the day: "by Monday |16 Sep". */
const WEEKDAY_BEFORE = new RegExp(
  `(?:\\b(?:by|on|for|due|until|before|para|hasta|antes del?)\\s+)?(?:\\b(?:the|el)\\s+)?\\b${WEEKDAY}\\.?,?\\s+(?:the\\s+|el\\s+)?$`,
  'i',
);
const MONTH =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
/** The month (and year) after a phrase that ends in a day number: "lunes 16| de marzo". */
const MONTH_AFTER = new RegExp(`^\\s+(?:de\\s+|of\\s+)?${MONTH}\\b\\.?(?:,?\\s+(?:de\\s+)?\\d{4})?`, 'i');
const ENDS_WITH_DAY = /\d(?:st|nd|rd|th)?$/i;
const ENDS_WITH_WEEKDAY = new RegExp(`\\b${WEEKDAY}\\.?$`, 'i');
const STARTS_WITH_DAY = /^(?:(?:by|on|for|due|until|before|para|hasta|antes del?|the|el)\s+)*\d/i;

/** The [start, end) of the whole date phrase in `text`, given the [start, end) the date reader matched. */
export function widenDueSpan(text: string, start: number, end: number): [number, number] {
  const phrase = text.slice(start, end);
  const day = ENDS_WITH_WEEKDAY.test(phrase) ? (DAY_AFTER.exec(text.slice(end))?.[0].length ?? 0) : 0;
  const month = ENDS_WITH_DAY.test(text.slice(start, end + day))
    ? (MONTH_AFTER.exec(text.slice(end + day))?.[0].length ?? 0)
    : 0;
  const before = STARTS_WITH_DAY.test(phrase)
    ? (WEEKDAY_BEFORE.exec(text.slice(0, start))?.[0].length ?? 0)
    : 0;
  return [start - before, end + day + month];
}
