// Calendar arithmetic on YYYY-MM-DD strings: no time of day and no time zone, so no DST surprises.
import type { IsoDate } from '../types';

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date.year, date.month, date.day) ? date : null;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  // Counted rather than asked of Date (every date read is checked): Date is left the cases it reads its own way,
  // years 0-99 as 1900-1999, years past its range, and months past either end rolled over.
  const plainYear = Number.isInteger(year) && year >= 100 && year <= 200_000;
  const counted = plainYear && Number.isInteger(month) && month >= 1 && month <= 12;
  if (!counted) return new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function requireDate(value: IsoDate): CalendarDate {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`Not a YYYY-MM-DD date: ${value}`);
  return date;
}

function toUtcMs(value: IsoDate): number {
  const { year, month, day } = requireDate(value);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): IsoDate {
  const date = new Date(ms);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const DAY_MS = 86_400_000;

export function addDays(value: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(value) + days * DAY_MS);
}

/** Same day N months later, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(value: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireDate(value);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return toIsoDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(value: IsoDate): number {
  const day = new Date(toUtcMs(value)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Monday of the week that contains the date (weeks start on Monday). */
export function startOfWeek(value: IsoDate): IsoDate {
  return addDays(value, 1 - isoWeekday(value));
}

export function endOfMonth(value: IsoDate): IsoDate {
  const { year, month } = requireDate(value);
  return toIsoDate(year, month, daysInMonth(year, month));
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
