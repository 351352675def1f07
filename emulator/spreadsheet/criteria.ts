// Criteria values of validations and conditional rules as plain JSON: Ranges become references, Dates instants.
import type { RangeRef } from '../state';
import type { Range } from './range';
import type { Spreadsheet } from './spreadsheet';

type StoredCriterion = { range: RangeRef } | { instant: string } | unknown;

function isRange(value: unknown): value is Range {
  return typeof value === 'object' && value !== null && 'block' in value && 'sheetObject' in value;
}

export function storeCriteria(values: unknown[]): StoredCriterion[] {
  return values.map((value) => {
    if (isRange(value)) return { range: value.ref() };
    if (value instanceof Date) return { instant: value.toISOString() };
    return structuredClone(value);
  });
}

export function restoreCriteria(values: StoredCriterion[], workbook: Spreadsheet): unknown[] {
  return values.map((value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    if ('range' in value) return workbook.rangeOf(value.range as RangeRef);
    if ('instant' in value) return new Date(String(value.instant));
    return value;
  });
}
