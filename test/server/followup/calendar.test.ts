// Weekly runs in the spreadsheet's time zone across daylight-saving changes and the year end, on a fake clock.
import type { Weekday } from '../../../src/server/api';
import { harness, type Harness } from './harness';
import { openTask, plan } from './workbook';

function weeklyRun(
  timeZone: string,
  now: string,
  weekday: Weekday,
  hour: number,
): { run: Harness; id: string } {
  const run = harness({ timeZone, now: new Date(now) });
  run.setWorkbook(plan([openTask('Revisar el plan', ['Marta'], null)]));
  run.turnOn({ weekday, hour, copyAssistant: false });
  const id = run.followUpTriggers()[0]?.uniqueId ?? '';
  return { run, id };
}

/** One line per email sent: the day it was sent in the sheet's zone, and its week. */
const sentLog = (run: Harness): string[] =>
  run.log
    .filter((row) => row.result.startsWith('Enviado'))
    .map((row) => `${row.sentOn} ${/\d{4}-W\d{2}/.exec(row.result)?.[0]}`);

describe('weekly runs', () => {
  it('keep Monday 9:00 in Madrid across the end of summer time', () => {
    const { run, id } = weeklyRun('Europe/Madrid', '2026-10-18T12:00:00Z', 'MONDAY', 9);
    run.fireNext(id);
    run.fireNext(id);
    run.fireNext(id);
    expect(sentLog(run)).toEqual(['2026-10-19 2026-W43', '2026-10-26 2026-W44', '2026-11-02 2026-W45']);
  });

  it('send once when Los Angeles lives the same Sunday 1 a.m. twice', () => {
    const { run, id } = weeklyRun('America/Los_Angeles', '2026-10-31T12:00:00Z', 'SUNDAY', 1);
    run.fireNext(id);
    run.emulator.clock.advance(3_600_000); // the clocks went back: 1 a.m. again
    run.emulator.triggers.fire(id);
    expect(sentLog(run)).toEqual(['2026-11-01 2026-W44']);
    expect(run.emulator.mail.sent).toHaveLength(1);
  });

  it('send one email a week when Santiago skips Sunday midnight at the start of summer time', () => {
    const { run, id } = weeklyRun('America/Santiago', '2026-08-29T12:00:00Z', 'SUNDAY', 0);
    for (let week = 0; week < 3; week++) {
      run.fireNext(id);
      // Runs land within the hour after the one chosen; midnight of 6 September does not exist in Santiago.
      run.emulator.clock.advance(3_600_000);
    }
    const weeks = sentLog(run).map((line) => line.split(' ')[1]);
    expect(weeks).toEqual(['2026-W35', '2026-W36', '2026-W37']);
  });

  it('treat 31 December and 1 January as the same ISO week, and the next Thursday as a new one', () => {
    const { run, id } = weeklyRun('America/Argentina/Buenos_Aires', '2026-12-30T12:00:00Z', 'THURSDAY', 9);
    run.fireNext(id); // Thursday 31 December 2026
    run.emulator.clock.advance(24 * 3_600_000);
    run.emulator.triggers.fire(id); // fired again on Friday 1 January: same week 53
    run.fireNext(id); // Thursday 7 January 2027
    expect(sentLog(run)).toEqual(['2026-12-31 2026-W53', '2027-01-07 2027-W01']);
  });

  it('take today from the sheet zone, not from the instant in UTC', () => {
    // Monday 9:00 in Buenos Aires is 12:00 UTC; Sunday 22:00 in Los Angeles is already Monday in UTC.
    const { run, id } = weeklyRun('America/Los_Angeles', '2026-11-20T12:00:00Z', 'SUNDAY', 22);
    run.fireNext(id);
    expect(sentLog(run)).toEqual(['2026-11-22 2026-W47']);
  });
});
