// Reads the Days column as a VA types it: "-3", "+2", 3 (a number cell), "3 días antes", "1 week after", "mismo día".
export type OffsetReading = { days: number } | { error: 'unreadable' | 'too-far' };

export const MAX_OFFSET_DAYS = 365;

/** Maps each word of a space-separated list to the same value ("dia dias day days" → 1). */
const valued = (words: string, value: number): Array<[string, number]> =>
  words.split(' ').map((word) => [word, value]);

const WORD_AMOUNTS = new Map(valued('un una uno a an one', 1));
const UNIT_DAYS = new Map([
  ...valued('d dia dias day days', 1),
  ...valued('sem semana semanas w wk wks week weeks', 7),
]);
const DIRECTION_SIGN = new Map([
  ...valued('antes before earlier prior', -1),
  ...valued('despues luego after later', 1),
]);
const SAME_DAY = /^(?:el )?mismo dia$|^(?:the )?same day$|^on the day$/;
const SIGNED_AMOUNT = /^([+-]?)(\d+|[a-z]+)$/;

/** Lowercase, no accents, one minus sign, and "3días" / "- 3" split the way "3 días" / "-3" read. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2212\u2013\u2014]/g, '-')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/^([+-])\s+/, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function amountOf(token: string, hasUnit: boolean): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  // "una semana antes" reads as one week; a bare word with no unit ("una antes") does not.
  return hasUnit ? (WORD_AMOUNTS.get(token) ?? null) : null;
}

function signOf(written: string, direction: string | undefined): number | null {
  const writtenSign = written === '-' ? -1 : written === '+' ? 1 : null;
  if (direction === undefined) return writtenSign ?? 1;
  const directionSign = DIRECTION_SIGN.get(direction);
  if (directionSign === undefined) return null;
  // "-3 después" contradicts itself: better to ask than to guess.
  return writtenSign === null || writtenSign === directionSign ? directionSign : null;
}

/** amount [unit] [direction [comment…]]: "3", "-3 días", "3 antes de la fecha", "1 week after". */
function readDays(text: string): number | null {
  if (SAME_DAY.test(text)) return 0;
  const [first = '', ...rest] = text.split(' ');
  const signedAmount = SIGNED_AMOUNT.exec(first);
  if (!signedAmount) return null;
  const unitDays = rest[0] === undefined ? undefined : UNIT_DAYS.get(rest[0]);
  const afterUnit = unitDays === undefined ? rest : rest.slice(1);
  const amount = amountOf(signedAmount[2] ?? '', unitDays !== undefined);
  const sign = signOf(signedAmount[1] ?? '', afterUnit[0]);
  if (amount === null || sign === null) return null;
  return sign * amount * (unitDays ?? 1);
}

export function readOffsetDays(cellText: string): OffsetReading {
  const days = readDays(fold(cellText));
  if (days === null) return { error: 'unreadable' };
  if (Math.abs(days) > MAX_OFFSET_DAYS) return { error: 'too-far' };
  // "-0" is the same day, not a negative zero that would print as "0" yet compare oddly.
  return { days: days === 0 ? 0 : days };
}
