// The bridge between our calendar dates and chrono's reference instant.
import type { IsoDate } from '../../types';
import { parseIsoDate, toIsoDate } from '../calendar';

/** Noon local time, so no time-zone offset can push the reference onto the day before or after. */
export function toReferenceInstant(reference: IsoDate): Date {
  const date = parseIsoDate(reference);
  if (!date) throw new RangeError(`Not a YYYY-MM-DD date: ${reference}`);
  return new Date(date.year, date.month - 1, date.day, 12);
}

export function fromReferenceInstant(instant: Date): IsoDate {
  return toIsoDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate());
}
