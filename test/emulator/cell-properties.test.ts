// Properties of writing and reading cells that hold for any input: text protection and date round trips.
import fc from 'fast-check';
import { createEmulator } from '../../emulator';

const ZONES = ['UTC', 'America/Argentina/Buenos_Aires', 'Europe/Madrid', 'America/New_York', 'Asia/Kolkata'];
const cell = (timeZone = 'UTC') => createEmulator({ timeZone }).spreadsheet.getActiveSheet().getRange('A1');

it("returns any string exactly as written to a plain-text ('@') cell, and never a formula", () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const range = cell().setNumberFormat('@').setValue(text);
      return range.getValue() === text && range.getFormula() === '';
    }),
  );
});

it('never makes a formula from text written with a leading apostrophe', () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const range = cell().setValue(`'${text}`);
      return range.getValue() === text && range.getFormula() === '';
    }),
  );
});

it('reads back the instant of any Date written, whole seconds, in any sheet zone', () => {
  const instants = fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 });
  fc.assert(
    fc.property(instants, fc.constantFrom(...ZONES), (seconds, timeZone) => {
      const instant = new Date(seconds * 1000);
      const read = cell(timeZone).setValue(instant).getValue() as Date;
      // A wall-clock that occurs twice (DST fall-back) may read back as the other of the two instants, one hour apart.
      return (
        Math.abs(read.getTime() - instant.getTime()) % 3_600_000 === 0 &&
        Math.abs(read.getTime() - instant.getTime()) <= 3_600_000
      );
    }),
  );
});
