// The meeting date is found line by line whatever the line endings, deep in a long note as near its top.
import { detectMeetingDate } from '../../../src/core/dates';

const FILLER = Array.from({ length: 30 }, (_, index) => `- punto ${index + 1}: revisar el presupuesto`);

describe('detectMeetingDate, line by line', () => {
  it.each([
    ['\n', 'Unix'],
    ['\r\n', 'Windows'],
  ])('finds a title date and a late "Fecha:" line with %j endings (%s)', (ending) => {
    expect(detectMeetingDate(['Reunión semanal 12/03/2026', ...FILLER].join(ending), 'es', true)).toBe(
      '2026-03-12',
    );
    expect(
      detectMeetingDate(['Reunión semanal', ...FILLER, 'Fecha: 5/3/2026', ''].join(ending), 'es', true),
    ).toBe('2026-03-05');
  });

  it('reads a lone carriage return as part of its line, not as a new line', () => {
    const notes = ['Reunión semanal', ...FILLER, 'ver\rFecha: 5/3/2026'].join('\n');
    expect(detectMeetingDate(notes, 'es', true)).toBeNull();
  });

  it('skips a late "Fecha:" line about the next meeting', () => {
    const notes = ['Reunión semanal', ...FILLER, 'Fecha: 5/3/2026 (próxima reunión)'].join('\n');
    expect(detectMeetingDate(notes, 'es', true)).toBeNull();
  });
});
