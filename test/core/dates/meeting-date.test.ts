// Which date the notes say the meeting was on, and which way round they write numeric dates.
import { detectDayFirst, detectMeetingDate } from '../../../src/core/dates';

describe('detectMeetingDate', () => {
  it.each([
    ['Fecha: 06/03/2024\nAsistentes: Ana, Luis', 'es', true, '2024-03-06'],
    ['Reunión con Laura — jueves 12/03/2026\n- Tareas', 'es', true, '2026-03-12'],
    ['Minuta 2026-05-04 — Cliente: Estudio Contable', 'es', true, '2026-05-04'],
    ['Acta de la reunión del 15 de febrero de 2025', 'es', true, '2025-02-15'],
    ['Meeting notes 2024-09-17\nAttendees: all', 'en', false, '2024-09-17'],
    ['Client call — Acme Yoga — Tue, Sep 15 2026', 'en', false, '2026-09-15'],
    ['Weekly sync 10/6/2026 (Tue)', 'en', false, '2026-10-06'],
    [
      'Sent: Monday, April 13, 2026 4:12 PM\nSubject: Weekly recap\n\nHi all\n- Marco will post the schedule by the 25th.',
      'en',
      false,
      '2026-04-13',
    ],
    ['Catch-up 24/4/2026', 'en', true, '2026-04-24'],
    ['Reunión semanal — vie 13/03/2026', 'es', true, '2026-03-13'],
    ['# 11/12 standup\n- shipped the 2024 roadmap', 'en', false, '2024-11-12'],
    ['Notes\n\nSome text\n\n# Meeting 07.11.2022 11::00', 'en', true, '2022-11-07'],
    ['[7/5/26, 18:40] Vale: Hola! Te resumo lo que hablamos', 'es', true, '2026-05-07'],
    ['Weekly review\nAttendees: Ana\nAgenda: pricing\n\nDate: March 3, 2025', 'en', false, '2025-03-03'],
    [
      'From: Jess\nDate: Tue, Sep 22, 2026 at 4:12 PM\nSubject: Recap of today’s call',
      'en',
      false,
      '2026-09-22',
    ],
  ] as const)('reads %j', (notes, language, dayFirst, expected) => {
    expect(detectMeetingDate(notes, language, dayFirst)).toBe(expected);
  });

  it.each([
    ['Resumen de la reunión de hoy\nTareas: mandar fotos el viernes', 'es', true],
    ['Tareas\n- Ana: revisar precios\n\nPróxima reunión: jueves 26/03/2026', 'es', true],
    ['# 11/12 standup\n- nothing else', 'en', false],
    [
      '---------- Forwarded message ---------\nFrom: Neil\nDate: Fri, 13 Dec 2019 at 17:40\nSubject: minutes',
      'en',
      false,
    ],
  ] as const)('finds none in %j', (notes, language, dayFirst) => {
    expect(detectMeetingDate(notes, language, dayFirst)).toBeNull();
  });
});

describe('detectDayFirst', () => {
  it('always reads Spanish notes D/M', () => {
    expect(detectDayFirst('Reunión 3/4, entregar el 5/6', 'es')).toBe(true);
  });

  it('reads English notes D/M only when they show it', () => {
    expect(detectDayFirst('Meeting 21/11/2024: send it by 3/12', 'en')).toBe(true);
    expect(detectDayFirst('Meeting 07.11.2022', 'en')).toBe(true);
    expect(detectDayFirst('Meeting 11/21/2024: send it by 3/12', 'en')).toBe(false);
    expect(detectDayFirst('Meeting 10/11: send it by 3/12', 'en')).toBe(false);
    expect(detectDayFirst('Grow bookings by 20% and ship v2.0', 'en')).toBe(false);
  });

  it('reads English notes D/M when the weekday beside a date only fits that reading', () => {
    // 9 April 2019 was a Tuesday; 4 September 2019 a Wednesday.
    expect(detectDayFirst('Course 2019\nDate: Tuesday 9/04\nSend it by 9/4', 'en')).toBe(true);
    expect(detectDayFirst('Date: Wednesday 9/4/2019', 'en')).toBe(false);
    expect(detectDayFirst('Date: Tuesday 9/04', 'en')).toBe(false);
  });
});
