import { itemKey, meetingKey } from '../../../src/core/workbook/keys';

describe('row keys', () => {
  it('treat the same task written with other accents, case, spacing or owner order as the same row', () => {
    expect(itemKey('2026-03-06', 'Revisá  la Plantilla!', ['Luis', 'Ana'])).toBe(
      itemKey('2026-03-06', 'revisa la plantilla', ['ana', 'LUIS']),
    );
  });

  it('tell apart the same words agreed at another meeting or for another owner', () => {
    const key = itemKey('2026-03-06', 'Enviar el informe', ['Ana']);
    expect(itemKey('2026-03-13', 'Enviar el informe', ['Ana'])).not.toBe(key);
    expect(itemKey('2026-03-06', 'Enviar el informe', ['Luis'])).not.toBe(key);
    expect(itemKey('2026-03-06', 'Enviar el informe final', ['Ana'])).not.toBe(key);
  });

  it('identify a meeting by date and title, not by its edited notes', () => {
    expect(meetingKey('2026-03-06', 'Reunión semanal')).toBe(meetingKey('2026-03-06', 'reunion semanal'));
    expect(meetingKey('2026-03-06', 'Reunión semanal')).not.toBe(meetingKey('2026-03-07', 'Reunión semanal'));
  });
});
