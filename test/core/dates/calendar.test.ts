// Calendar arithmetic on YYYY-MM-DD: month ends, leap years, weeks starting Monday, no DST drift.
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  startOfWeek,
} from '../../../src/core/dates/calendar';

const isoDates = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('calendar', () => {
  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('20/03/2026')).toBe(false);
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // Europe's DST change day
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds months clamped to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('numbers weekdays from Monday and starts weeks on Monday', () => {
    expect(isoWeekday('2026-03-16')).toBe(1);
    expect(isoWeekday('2026-03-22')).toBe(7);
    expect(startOfWeek('2026-03-22')).toBe('2026-03-16');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
  });

  it('keeps addDays and daysBetween inverse for any date', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -1000, max: 1000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });
});
