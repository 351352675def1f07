// Turns what a script writes into a cell (setValue/setValues) into what the cell stores, parsing strings like typed input.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
import type { StoredValue } from '../state';
import { isValidDate } from '../../src/core/dates/calendar';
import { wallClockAt, wallClockText, type WallClock } from '../zone';

export interface CellInput {
  value: StoredValue;
  formula: string | null;
  /** A number format Sheets picks by itself for the input (a date typed as text gets a date format). */
  numberFormat: string | null;
}

export interface InputContext {
  /** Spreadsheet locale, e.g. 'es_AR': decides D/M vs M/D and the decimal mark. */
  locale: string;
  timeZone: string;
  /** The cell's number format is '@' (plain text): strings are kept exactly as written. */
  plainText: boolean;
  /** Year a date typed without one lands in. */
  currentYear: number;
}

/** Locales that read 3/4 as March 4; the others (es_*, en_GB, ...) read it as 3 April. */
const MONTH_FIRST_LOCALES = new Set(['en', 'en_US', 'en_PH']);
const isDayFirst = (locale: string): boolean => !MONTH_FIRST_LOCALES.has(locale);
const decimalMark = (locale: string): string => (/^(es|pt|de|fr|it|nl)/.test(locale) ? ',' : '.');

export function dateFormatFor(locale: string): string {
  return isDayFirst(locale) ? 'd/M/yyyy' : 'M/d/yyyy';
}

function parseNumber(text: string, locale: string): number | null {
  const mark = decimalMark(locale);
  const pattern = mark === ',' ? /^[+-]?\d+(,\d+)?([eE][+-]?\d+)?$/ : /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
  return pattern.test(text) ? Number(text.replace(',', '.')) : null;
}

const DATE_PATTERNS = {
  iso: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
  slashed: /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/,
};

function parseDate(text: string, context: InputContext): WallClock | null {
  const time = (hour?: string, minute?: string, second?: string) => ({
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
  });
  const iso = DATE_PATTERNS.iso.exec(text);
  if (iso)
    return checked({
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      ...time(iso[4], iso[5], iso[6]),
    });
  const slashed = DATE_PATTERNS.slashed.exec(text);
  if (!slashed) return null;
  const [first, second] = [Number(slashed[1]), Number(slashed[2])];
  const [day, month] = isDayFirst(context.locale) ? [first, second] : [second, first];
  const yearText = slashed[3];
  const year =
    yearText === undefined
      ? context.currentYear
      : yearText.length === 2
        ? 2000 + Number(yearText)
        : Number(yearText);
  return checked({ year, month, day, ...time(slashed[4], slashed[5], slashed[6]) });
}

function checked(wall: WallClock): WallClock | null {
  return isValidDate(wall.year, wall.month, wall.day) &&
    wall.hour < 24 &&
    wall.minute < 60 &&
    wall.second < 60
    ? wall
    : null;
}

const BOOLEAN_WORDS: Record<string, boolean> = { TRUE: true, FALSE: false, VERDADERO: true, FALSO: false };

function booleanOf(text: string, locale: string): boolean | null {
  const word = text.toUpperCase();
  if (!(word in BOOLEAN_WORDS)) return null;
  // Spanish-locale sheets take both the local words and the English ones.
  if (!locale.startsWith('es') && (word === 'VERDADERO' || word === 'FALSO')) return null;
  return BOOLEAN_WORDS[word] ?? null;
}

const text = (value: string): CellInput => ({ value, formula: null, numberFormat: null });

/** A string as Sheets takes it when typed: formula, number, date, boolean, or text. */
export function parseTypedText(input: string, context: InputContext): CellInput {
  if (context.plainText) return text(input);
  if (input.startsWith("'")) return text(input.slice(1));
  if (input.startsWith('=') && input.length > 1) return { value: '', formula: input, numberFormat: null };
  const trimmed = input.trim();
  const number = parseNumber(trimmed, context.locale);
  if (number !== null) return { value: number, formula: null, numberFormat: null };
  const percent = trimmed.endsWith('%') ? parseNumber(trimmed.slice(0, -1), context.locale) : null;
  if (percent !== null) return { value: percent / 100, formula: null, numberFormat: '0%' };
  // Typing "+x", "-x" or a pasted bullet "- x" in Sheets makes the formula "=+x" / "=- x" (#ERROR! unless it computes).
  if (/^[+-]./s.test(input)) return { value: '', formula: `=${input}`, numberFormat: null };
  const bool = booleanOf(trimmed, context.locale);
  if (bool !== null) return { value: bool, formula: null, numberFormat: null };
  const wall = parseDate(trimmed, context);
  if (wall) {
    const hasTime = wall.hour + wall.minute + wall.second > 0;
    const format = dateFormatFor(context.locale) + (hasTime ? ' H:mm:ss' : '');
    return { value: { date: wallClockText(wall) }, formula: null, numberFormat: format };
  }
  return text(input);
}

/** Any value a script passes to setValue: strings parse as typed, Dates land as wall-clock in the sheet zone. */
export function toCellInput(value: unknown, context: InputContext): CellInput {
  if (value === null || value === undefined) return text('');
  if (typeof value === 'number' || typeof value === 'boolean')
    return { value, formula: null, numberFormat: null };
  if (value instanceof Date) {
    // Sheets gives a cell that receives a Date a date-time format, unless it already has one.
    const numberFormat = `${dateFormatFor(context.locale)} H:mm:ss`;
    return {
      value: { date: wallClockText(wallClockAt(value, context.timeZone)) },
      formula: null,
      numberFormat,
    };
  }
  return parseTypedText(String(value), context);
}
