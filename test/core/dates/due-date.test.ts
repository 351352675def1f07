// Which phrase of a line is its deadline, and what a missing meeting date does to it.
import { findDates } from '../../../src/core/dates';
import { dueDate, dueMatch, REFERENCE } from './helpers';

const { thursday } = REFERENCE;

describe('findDueDate', () => {
  it('returns null for a line with no date', () => {
    expect(dueMatch('es', thursday, 'Marcelo: enviar acceso al home banking')).toBeNull();
    expect(dueMatch('en', thursday, 'Research podcast sponsorship options — low priority')).toBeNull();
  });

  it('prefers the phrase led in by a deadline word over a passing mention', () => {
    expect(dueDate('es', thursday, 'el lunes hablamos: mandar el informe antes del 20/3')).toBe('2026-03-20');
    expect(dueDate('en', '2026-10-12', 'confirm the opening hours for December 24 by 20/11', true)).toBe(
      '2026-11-20',
    );
  });

  it('reads a labelled date field as the deadline, label included', () => {
    expect(dueMatch('es', thursday, 'Responsable: Ana · Fecha: el lunes · Prioridad: alta')).toMatchObject({
      date: '2026-03-16',
      text: 'Fecha: el lunes',
    });
    expect(dueMatch('en', thursday, 'Owner: Tom, due date: Friday')?.date).toBe('2026-03-13');
  });

  it('takes the first of two dates that are not alternatives', () => {
    expect(dueDate('en', '2025-11-04', 'Meet after lecture on Thursday and on Friday at 3pm')).toBe(
      '2025-11-06',
    );
  });

  it('prefers a real date over a vague one', () => {
    expect(dueDate('es', thursday, 'cuanto antes, idealmente el viernes')).toBe('2026-03-13');
  });

  it('never takes a chat time stamp as the deadline', () => {
    expect(dueDate('es', '2026-05-07', '[7/5/26, 18:41] Vale: 1) Yo armo el menú para el lunes')).toBe(
      '2026-05-11',
    );
    expect(dueMatch('es', '2026-05-07', '[7/5/26, 18:43] Vale: 4) Llamar al contador')).toBeNull();
  });

  describe('with no meeting date', () => {
    it('still finds a relative phrase, with no date', () => {
      expect(dueMatch('es', null, 'mandar el informe el viernes')).toMatchObject({
        date: null,
        text: 'el viernes',
      });
      expect(dueMatch('en', null, 'send it by 3/20')).toMatchObject({ date: null, text: 'by 3/20' });
    });

    it('still resolves a full date', () => {
      expect(dueDate('es', null, 'mandar el informe el 20/3/2026')).toBe('2026-03-20');
      expect(dueDate('en', null, 'send it by March 20, 2026')).toBe('2026-03-20');
    });
  });
});

describe('findDates', () => {
  it('lists every date phrase in order, "Próxima reunión" included', () => {
    const text = 'Próxima reunión: jueves 26/03 — traer el informe de fin de mes';
    expect(findDates(text, { reference: thursday, language: 'es', dayFirst: true })).toMatchObject([
      { text: 'jueves 26/03', date: '2026-03-26' },
      { text: 'fin de mes', date: '2026-03-31' },
    ]);
  });
});
