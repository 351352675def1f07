// The next run the settings show: the chosen weekday and hour, today if the hour is still ahead.
import { nextRunOf } from '../../../src/core/followup';

describe('nextRunOf', () => {
  it('is later today when today is the day and the hour has not come', () => {
    expect(nextRunOf('2026-11-23', 8, 'MONDAY', 9)).toBe('2026-11-23 09:00');
  });

  it('is next week when today is the day and the hour has passed', () => {
    expect(nextRunOf('2026-11-23', 9, 'MONDAY', 9)).toBe('2026-11-30 09:00');
  });

  it('is the coming weekday otherwise, across the year end', () => {
    expect(nextRunOf('2026-12-30', 23, 'FRIDAY', 0)).toBe('2027-01-01 00:00');
    expect(nextRunOf('2026-12-30', 10, 'TUESDAY', 17)).toBe('2027-01-05 17:00');
  });
});
