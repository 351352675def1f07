// The reference instants handed to chrono: right for each date, and never shared between two parses.
import { referenceInstants, toReferenceInstant } from '../../../src/core/dates/common/reference';

describe('reference instants read from a few dates', () => {
  it('gives each date its own instant, also when dates alternate', () => {
    const instantOf = referenceInstants();
    const dates = ['2026-03-10', '2026-03-10', '2025-12-31', '2026-03-10', '2024-02-29'];
    expect(dates.map((date) => instantOf(date).getTime())).toEqual(
      dates.map((date) => toReferenceInstant(date).getTime()),
    );
  });

  it('hands out a copy each time, so a parse that moves its instant moves no other', () => {
    const instantOf = referenceInstants();
    const first = instantOf('2026-03-10');
    first.setFullYear(1999);
    expect(instantOf('2026-03-10').getFullYear()).toBe(2026);
  });

  it('still refuses a text that is no date', () => {
    expect(() => referenceInstants()('10/03/2026')).toThrow(RangeError);
  });
});
