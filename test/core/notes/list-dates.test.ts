// A date written over a whole list applies to every item in it that names no date of its own (labelling.md).
import { parse } from './helpers/parse';

const dated = (notes: string[], language: 'es' | 'en'): Array<[string, string | null]> =>
  parse(notes.join('\n'), { language }).tasks.map((task) => [task.text, task.due]);

describe('a date over a whole list', () => {
  it('applies "Tasks due 3/20" to every task under it', () => {
    expect(
      dated(['Notes', '', 'Tasks due 3/20:', '- Ana: call the bank', '- Tom: send the deck'], 'en'),
    ).toEqual([
      ['call the bank', '2026-03-20'],
      ['send the deck', '2026-03-20'],
    ]);
  });

  it('leaves an item its own date ("Pendientes (para el viernes)" over "… el martes")', () => {
    const notes = [
      'Notas',
      '',
      'Pendientes (para el viernes):',
      '- Ana: llamar al banco',
      '- Tom: mandar el deck el martes',
    ];
    expect(dated(notes, 'es')).toEqual([
      ['llamar al banco', '2026-03-13'],
      ['mandar el deck', '2026-03-17'],
    ]);
  });

  it('reads a heading that is only a date ("HOY", "This week") as the list\'s date', () => {
    expect(
      dated(['Semana', '', 'HOY', '- llamar a la imprenta', '', 'esta semana', '- responder mails'], 'es'),
    ).toEqual([
      ['llamar a la imprenta', '2026-03-12'],
      ['responder mails', '2026-03-13'],
    ]);
  });

  it('does not take a field under an item ("Due: end of the month") for a list heading', () => {
    const notes = [
      'Check-in',
      '',
      'Marketing',
      '- [ ] Draft the newsletter',
      '    Due: end of the month',
      '- [ ] Record reels',
    ];
    expect(dated(notes, 'en')).toEqual([
      ['Draft the newsletter', '2026-03-31'],
      ['Record reels', null],
    ]);
  });
});

describe('a checklist under a heading that dates it', () => {
  it('applies "This week (everything by Fri unless noted)" to each open box that names no date', () => {
    const notes = [
      'Monday plan 3/9/26',
      '',
      'This week (everything by Fri unless noted)',
      '[ ] order flour - Marcus',
      '[ ] post the menu on IG by Wed - Kayla',
    ];
    expect(
      parse(notes.join('\n'), { language: 'en', meetingDate: undefined }).tasks.map((task) => [
        task.owners,
        task.due,
      ]),
    ).toEqual([
      [['Marcus'], '2026-03-13'],
      [['Kayla'], '2026-03-11'],
    ]);
  });
});

describe('owners written with titles and initials', () => {
  it('reads "Lcdo. Chiriboga y Lcda. Cevallos", "cada docente" and "Paulina R. + Cristián M"', () => {
    const notes = [
      'Compromisos (28/04/2026):',
      '1. Enviar el listado a los representantes - Lcdo. Chiriboga y Lcda. Cevallos, hasta el 30 de abril.',
      '2. Elaborar el cronograma de refuerzo - cada docente, hasta el 8 de mayo.',
      '3. Preparar la propuesta de licitación - Paulina R. + Cristián M',
    ];
    expect(
      parse(notes.join('\n'), { language: 'es', meetingDate: undefined }).tasks.map((task) => task.owners),
    ).toEqual([['Chiriboga', 'Cevallos'], ['everyone'], ['Paulina R.', 'Cristián M']]);
  });
});
