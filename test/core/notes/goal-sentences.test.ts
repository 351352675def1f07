// Goals stated in prose, in any letter case: the parser's cheap first look at a sentence must not pass them over.
import { parse } from './helpers/parse';

function goals(notes: string, language: 'es' | 'en'): [string, string | null][] {
  return parse(notes, { language }).objectives.map((objective) => [objective.text, objective.due]);
}

describe('goals written as sentences in a report', () => {
  it.each([
    ['Notas\nLa web tiene que estar lista para el 15/4.', 'es', 'La web tiene que estar lista'],
    ['Notas\nLa web TIENE QUE ESTAR LISTA para el 15/4.', 'es', 'La web TIENE QUE ESTAR LISTA'],
    ['Notes\nThe website needs to be ready by 4/15.', 'en', 'The website needs to be ready'],
    ['Notes\nThe website NEEDS TO BE READY by 4/15.', 'en', 'The website NEEDS TO BE READY'],
  ] as const)('reads a state to reach by a date as a goal with its due date: %j', (notes, language, text) => {
    expect(goals(notes, language)).toEqual([[text, '2026-04-15']]);
  });

  it.each([
    ['Nuestro objetivo es llegar a 2000 suscriptores.', 'es', 'llegar a 2000 suscriptores'],
    ['EL OBJETIVO ES llegar a 2000 suscriptores.', 'es', 'llegar a 2000 suscriptores'],
    ['Our main goal is to reach 2000 subscribers.', 'en', 'reach 2000 subscribers'],
    ['OUR MAIN GOAL IS to reach 2000 subscribers.', 'en', 'reach 2000 subscribers'],
  ] as const)('reads "the goal is …" in any case: %j', (notes, language, text) => {
    expect(goals(notes, language)).toEqual([[text, null]]);
  });

  it('reads no goal from a sentence that only mentions one', () => {
    expect(goals('Notes\nWe talked about the goal of the sprint.', 'en')).toEqual([]);
  });
});

describe('goals stated by a board, a campaign or the team', () => {
  it.each([
    ["The board's goal is to bring reserve funding up to 70%.", 'en', 'bring reserve funding up to 70%'],
    [
      "Trustees agreed the aim of building reserves to six months' costs.",
      'en',
      "building reserves to six months' costs",
    ],
    ['The spring appeal will aim to raise £5,000.', 'en', 'raise £5,000'],
    ['We want to get review time under 1 day.', 'en', 'get review time under 1 day'],
    ['Este año queremos superar los 2.000 kilos.', 'es', 'superar los 2.000 kilos'],
    ['El objetivo del curso sigue siendo consolidar el grupo.', 'es', 'consolidar el grupo'],
  ] as const)('reads "%s" as an objective', (sentence, language, text) => {
    expect(goals(`Notes\n${sentence}`, language)).toEqual([[text, null]]);
  });
});

describe('a list of goals before the sign-off', () => {
  it('ends at the blank line: the signature is no goal', () => {
    const notes = [
      'Recap',
      '',
      'Goals for the next couple months:',
      '1) Keep food cost under 30%',
      '',
      'Thanks everyone!',
      'Carla',
    ];
    expect(goals(notes.join('\n'), 'en')).toEqual([['Keep food cost under 30%', null]]);
  });
});

describe('a second goal labelled as such', () => {
  it('reads "Otro objetivo:" as an objective', () => {
    const notes = [
      'Notas',
      '',
      'Objetivo: facturar 2 millones en diciembre.',
      'Otro objetivo: que la tienda se vea más profesional.',
    ];
    expect(goals(notes.join('\n'), 'es').map(([text]) => text)).toEqual([
      'facturar 2 millones en diciembre',
      'que la tienda se vea más profesional',
    ]);
  });
});

describe('goals labelled the many ways notes label them', () => {
  it.each([
    ["Harjit's goal: all 4 units listed before Nov 15.", 'en', 'all 4 units listed', '2026-11-15'],
    ['GOAL Q4: close 6 more deals by 12/31', 'en', 'close 6 more deals', '2026-12-31'],
    ['Aim for the year is to raise €6,000 by end of June 2027.', 'en', 'raise €6,000', '2027-06-30'],
    [
      'Also wants to "cut down on maintenance calls" this winter.',
      'en',
      'cut down on maintenance calls',
      null,
    ],
    [
      'Objetivo planteado por la Comisión Directiva: llegar a 30 uniformes por día antes de fin de año.',
      'es',
      'llegar a 30 uniformes por día',
      '2026-12-31',
    ],
    [
      'Propósito del departamento para este curso: que el 65% apruebe Biología.',
      'es',
      'que el 65% apruebe Biología',
      null,
    ],
    ['objetivo del Q1 sigue siendo bajar el churn a 4% mensual', 'es', 'bajar el churn a 4% mensual', null],
    [
      '**Objetivo del mes:** terminar la losa para el 30/9. Avance general de obra: 58%.',
      'es',
      'terminar la losa',
      '2026-09-30',
    ],
  ] as const)('%j', (line, language, text, due) => {
    expect(goals(`Notas de la reunión\n\n${line}\n\nOtro tema`, language)).toEqual([[text, due]]);
  });
});
