// ISO weeks across year ends and the digest's 7-day windows across daylight-saving weekends.
import fc from 'fast-check';
import { addDays } from '../../../src/core/dates/calendar';
import { digestWindow, isoWeekKey } from '../../../src/core/followup';

describe('isoWeekKey', () => {
  it.each([
    ['2026-12-31', '2026-W53'], // a Thursday: 2026 starts on a Thursday, so it has 53 weeks
    ['2027-01-03', '2026-W53'], // Sunday of the same week, already in the new year
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'], // a Monday in December that belongs to next year's first week
    ['2025-12-28', '2025-W52'],
    ['2021-01-03', '2020-W53'],
    ['2026-11-23', '2026-W48'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekKey(date)).toBe(week);
  });

  const anyMonday = fc.integer({ min: 0, max: 3000 }).map((weeks) => addDays('2019-12-30', weeks * 7)); // 2019-12-30 is a Monday

  it('gives the seven days of a Monday-to-Sunday week one key, and the next Monday another', () => {
    fc.assert(
      fc.property(anyMonday, (monday) => {
        const keys = new Set([0, 1, 2, 3, 4, 5, 6].map((offset) => isoWeekKey(addDays(monday, offset))));
        expect(keys.size).toBe(1);
        expect(isoWeekKey(addDays(monday, 7))).not.toBe(isoWeekKey(monday));
      }),
    );
  });

  it('numbers weeks 1, 2, 3... without gaps, restarting at the Thursday rule', () => {
    fc.assert(
      fc.property(anyMonday, (monday) => {
        const [year, week] = isoWeekKey(monday).split('-W').map(Number) as [number, number];
        const [nextYear, nextWeek] = isoWeekKey(addDays(monday, 7)).split('-W').map(Number) as [
          number,
          number,
        ];
        if (nextYear === year) expect(nextWeek).toBe(week + 1);
        else expect([nextYear, nextWeek, week >= 52]).toEqual([year + 1, 1, true]);
      }),
    );
  });
});

describe('digestWindow', () => {
  it.each([
    ['Europe/Madrid summer time ends', '2026-10-26', '2026-11-01', '2026-10-20'],
    ['America/Los_Angeles summer time ends', '2026-11-02', '2026-11-08', '2026-10-27'],
    ['America/Santiago summer time starts', '2026-09-07', '2026-09-13', '2026-09-01'],
    ['America/Los_Angeles summer time starts', '2026-03-09', '2026-03-15', '2026-03-03'],
    ['the year ends', '2026-12-28', '2027-01-03', '2026-12-22'],
  ])('keeps seven whole calendar days on both sides when %s', (_when, today, dueSoonUntil, doneSince) => {
    expect(digestWindow(today)).toEqual({ today, dueSoonUntil, doneSince });
  });
});
