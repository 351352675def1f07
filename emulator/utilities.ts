// Utilities: formatDate/parseDate in any zone, getUuid, and sleep on the fake clock.
// https://developers.google.com/apps-script/reference/utilities/utilities
import { randomUUID } from 'node:crypto';
import { SERVICE_NAME } from './counter';
import type { Runtime } from './runtime';
import { instantOf, isoWeekdayOf, wallClockAt, type WallClock } from './zone';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** One run of a SimpleDateFormat letter (https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html). */
function formatField(letters: string, wall: WallClock): string {
  const width = letters.length;
  const weekday = isoWeekdayOf(wall);
  switch (letters[0]) {
    case 'y':
      return width === 2 ? pad(wall.year % 100, 2) : pad(wall.year, width);
    case 'M':
      if (width >= 4) return MONTHS[wall.month - 1] ?? '';
      return width === 3 ? (MONTHS[wall.month - 1] ?? '').slice(0, 3) : pad(wall.month, width);
    case 'd':
      return pad(wall.day, width);
    case 'E':
      return width >= 4 ? (DAYS[weekday - 1] ?? '') : (DAYS[weekday - 1] ?? '').slice(0, 3);
    case 'u':
      return pad(weekday, width);
    case 'H':
      return pad(wall.hour, width);
    case 'h':
      return pad(wall.hour % 12 === 0 ? 12 : wall.hour % 12, width);
    case 'm':
      return pad(wall.minute, width);
    case 's':
      return pad(wall.second, width);
    case 'a':
      return wall.hour < 12 ? 'AM' : 'PM';
    default:
      throw new Error(`Illegal pattern character '${letters[0]}'`);
  }
}

const PATTERN_TOKENS = /'([^']*)'|([A-Za-z])\2*|[^A-Za-z']+/g;

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const wall = wallClockAt(date, timeZone);
  return pattern.replace(
    PATTERN_TOKENS,
    (token: string, quoted: string | undefined, letter: string | undefined) => {
      if (quoted !== undefined) return quoted === '' ? "'" : quoted;
      return letter ? formatField(token, wall) : token;
    },
  );
}

/** Parses the numeric fields of a pattern (yyyy MM dd HH mm ss and literals); enough for 'yyyy-MM-dd' and 'yyyy-MM-dd HH:mm'. */
export function parseDate(text: string, timeZone: string, pattern: string): Date {
  const fields: Record<string, number> = {};
  let source = '^';
  const order: string[] = [];
  pattern.replace(PATTERN_TOKENS, (token: string, quoted: string | undefined, letter: string | undefined) => {
    if (letter && 'yMdHms'.includes(letter)) {
      source += '(\\d{1,' + Math.max(token.length, letter === 'y' ? 4 : 2) + '})';
      order.push(letter);
    } else {
      source += (quoted ?? token).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return token;
  });
  const match = new RegExp(source).exec(text);
  if (!match) throw new Error(`Unparseable date: "${text}"`);
  order.forEach((letter, index) => (fields[letter] = Number(match[index + 1])));
  const wall = {
    year: fields.y ?? 1970,
    month: fields.M ?? 1,
    day: fields.d ?? 1,
    hour: fields.H ?? 0,
    minute: fields.m ?? 0,
    second: fields.s ?? 0,
  };
  return instantOf(wall, timeZone);
}

export class Utilities {
  readonly [SERVICE_NAME] = 'Utilities';

  constructor(private readonly runtime: Runtime) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    return formatDate(date, timeZone, format);
  }

  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDate(date, timeZone, format);
  }

  getUuid(): string {
    return randomUUID();
  }

  /** Does not wait: moves the fake clock instead. */
  sleep(milliseconds: number): void {
    this.runtime.clock.advance(milliseconds);
  }
}
