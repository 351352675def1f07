// What getDisplayValues() shows for a stored value: numbers, dates and booleans rendered with the cell's number format and the locale.
import type { CellState } from '../state';
import { parseWallClockText, type WallClock } from '../zone';
import { dateFormatFor } from './cell-input';
import { evaluateFormula, type FormulaSite } from './formula';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Sheets date-format tokens; m is minutes next to h or s, else month (https://developers.google.com/sheets/api/guides/formats). */
function renderDate(wall: WallClock, format: string): string {
  const tokens = format.match(/yyyy|yy|mm|m|dd|d|hh|h|ss|s|"[^"]*"|./gi) ?? [];
  return tokens
    .map((token, index) => {
      const lower = token.toLowerCase();
      const nearTime =
        /^h/i.test(tokens[index - 2] ?? tokens[index - 1] ?? '') || /^s/i.test(tokens[index + 2] ?? '');
      switch (lower) {
        case 'yyyy':
          return pad(wall.year, 4);
        case 'yy':
          return pad(wall.year % 100, 2);
        case 'mm':
          return pad(nearTime ? wall.minute : wall.month, 2);
        case 'm':
          return String(nearTime ? wall.minute : wall.month);
        case 'dd':
          return pad(wall.day, 2);
        case 'd':
          return String(wall.day);
        case 'hh':
          return pad(wall.hour, 2);
        case 'h':
          return String(wall.hour);
        case 'ss':
          return pad(wall.second, 2);
        case 's':
          return String(wall.second);
        default:
          return token.replace(/^"(.*)"$/, '$1');
      }
    })
    .join('');
}

function renderNumber(value: number, format: string | undefined, locale: string): string {
  if (format === '0%') return `${renderNumber(value * 100, '0', locale)}%`;
  const decimals = format && /^0(\.0+)?$/.test(format) ? (format.split('.')[1] ?? '').length : null;
  const text = decimals === null ? String(value) : value.toFixed(decimals);
  return locale.startsWith('en') ? text : text.replace('.', ',');
}

export function displayValue(cell: CellState | undefined, locale: string, site?: FormulaSite): string {
  if (!cell) return '';
  const value = cell.formula ? evaluateFormula(cell.formula, site) : cell.value;
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean')
    return locale.startsWith('es') ? (value ? 'VERDADERO' : 'FALSO') : String(value).toUpperCase();
  if (typeof value === 'number') return renderNumber(value, cell.numberFormat, locale);
  if (typeof value === 'string') return value;
  const format =
    cell.numberFormat && /[dy]/i.test(cell.numberFormat) ? cell.numberFormat : dateFormatFor(locale);
  return renderDate(parseWallClockText(value.date), format);
}
