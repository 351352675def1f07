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

/**
 * toReferenceInstant for many texts read from few reference dates (a note's lines share one): the last date's
 * instant is kept, and each parse gets its own copy, since chrono keeps the instant it was given in its results.
 */
export function referenceInstants(): (reference: IsoDate) => Date {
  let lastReference: IsoDate | null = null;
  let lastInstant = 0;
  return (reference) => {
    if (reference !== lastReference) {
      lastInstant = toReferenceInstant(reference).getTime();
      lastReference = reference;
    }
    return new Date(lastInstant);
  };
}
