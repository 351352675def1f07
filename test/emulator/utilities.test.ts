// Utilities: SimpleDateFormat in any zone, parseDate, UUIDs, sleep on the fake clock.
import { createEmulator } from '../../emulator';

const { Utilities } = createEmulator().globals;
// 2024-12-30 is a Monday; 02:05:09 UTC is still Sunday 23:05:09 in Buenos Aires (UTC-3).
const INSTANT = new Date('2024-12-30T02:05:09Z');

describe('formatDate', () => {
  it('formats numeric fields in the given zone', () => {
    expect(Utilities.formatDate(INSTANT, 'UTC', "yyyy-MM-dd'T'HH:mm:ss")).toBe('2024-12-30T02:05:09');
    expect(Utilities.formatDate(INSTANT, 'America/Argentina/Buenos_Aires', 'yyyy-MM-dd HH:mm')).toBe(
      '2024-12-29 23:05',
    );
  });

  it('formats month and day names and the ISO weekday number', () => {
    expect(Utilities.formatDate(INSTANT, 'UTC', 'EEE EEEE MMM MMMM u')).toBe('Mon Monday Dec December 1');
    expect(Utilities.formatDate(INSTANT, 'America/Argentina/Buenos_Aires', 'EEE u')).toBe('Sun 7');
  });

  it('formats short fields, 12-hour clock and AM/PM', () => {
    expect(Utilities.formatDate(INSTANT, 'UTC', 'y M d H h m s a')).toBe('2024 12 30 2 2 5 9 AM');
    expect(Utilities.formatDate(INSTANT, 'America/Argentina/Buenos_Aires', 'hh:mm a')).toBe('11:05 PM');
  });

  it("keeps quoted literals and turns '' into an apostrophe", () => {
    expect(Utilities.formatDate(INSTANT, 'UTC', "d 'de' MMMM, ''yy")).toBe("30 de December, '24");
  });
});

describe('parseDate', () => {
  it('reads a date as midnight in the given zone', () => {
    expect(Utilities.parseDate('2024-01-15', 'America/Argentina/Buenos_Aires', 'yyyy-MM-dd')).toEqual(
      new Date('2024-01-15T03:00:00Z'),
    );
  });

  it('reads a date and time', () => {
    expect(Utilities.parseDate('2024-07-01 09:30', 'Europe/Madrid', 'yyyy-MM-dd HH:mm')).toEqual(
      new Date('2024-07-01T07:30:00Z'),
    );
  });

  it('refuses text that does not fit the pattern', () => {
    expect(() => Utilities.parseDate('15/01/2024', 'UTC', 'yyyy-MM-dd')).toThrow('Unparseable date');
  });
});

it('gives distinct UUIDs', () => {
  const uuid = Utilities.getUuid();
  expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(Utilities.getUuid()).not.toBe(uuid);
});

it('sleeps by moving the fake clock', () => {
  const emulator = createEmulator({ now: new Date('2025-01-01T00:00:00Z') });
  emulator.globals.Utilities.sleep(1500);
  expect(emulator.clock.now()).toEqual(new Date('2025-01-01T00:00:01.500Z'));
});
