// SMART flags of objectives: specific, measurable and time-bound from the words; achievable and realistic unknown.
import { smartFlags } from '../../../src/core/smart';
import { parseNotes } from '../../../src/core/notes';

describe('smartFlags', () => {
  it.each([
    ['Llegar a 2000 suscriptores del newsletter', 'antes del 30/06', 'es', [true, true, true]],
    ['Mejorar la presencia en Instagram', null, 'es', [false, false, false]],
    ['Aumentar las consultas en línea', null, 'es', [false, false, false]],
    ['Abrir tres grupos nuevos', null, 'es', [true, true, false]],
    ['Grow class bookings by 20%', 'by December 31', 'en', [true, true, true]],
    ['Launch the online course', null, 'en', [true, false, false]],
    ['Get more weekday bookings', null, 'en', [false, false, false]],
    ['Improve client gallery delivery times', null, 'en', [false, false, false]],
  ] as const)('"%s" (%s)', (text, dueText, language, [specific, measurable, timeBound]) => {
    expect(smartFlags({ text, dueText, language })).toEqual({
      specific,
      measurable,
      achievable: null,
      realistic: null,
      timeBound,
    });
  });

  it('counts a stated period as a time bound', () => {
    expect(
      smartFlags({ text: 'Cerrar 30 reservas este trimestre', dueText: null, language: 'es' }).timeBound,
    ).toBe(true);
  });

  it('is applied to every objective the parser reads', () => {
    const result = parseNotes('Objetivos\n- Conseguir 20 pacientes nuevos antes de fin de marzo', {
      today: '2026-02-21',
      meetingDate: '2026-02-21',
    });
    expect(result.objectives[0]?.smart).toMatchObject({ specific: true, measurable: true, timeBound: true });
  });
});
