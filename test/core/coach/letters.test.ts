// The coach's verdict and reason for every SMART letter, in Spanish and in English.
import { coachObjective, splitDeadline, type CoachInput } from '../../../src/core/coach';
import { smartFlags } from '../../../src/core/smart';
import type { Language } from '../../../src/core/types';

function coach(text: string, language: Language, dueText: string | null = null) {
  const smart = smartFlags({ text, dueText, language });
  const input: CoachInput = { text, due: dueText ? '2026-06-30' : null, dueText, smart };
  return coachObjective(input, language);
}

describe('Specific', () => {
  it('names the vague verb a Spanish objective opens with', () => {
    const result = coach('Mejorar la presencia en Instagram', 'es');
    expect(result.specific.passed).toBe(false);
    expect(result.specific.reason).toContain('«Mejorar» solo no dice');
  });

  it('names the vague verb an English objective opens with', () => {
    const result = coach('Improve client gallery delivery times', 'en');
    expect(result.specific.passed).toBe(false);
    expect(result.specific.reason).toContain('"Improve" alone');
  });

  it('quotes the action a specific objective starts with', () => {
    expect(coach('Publicar las 25 propiedades en Zonaprop', 'es').specific).toEqual({
      passed: true,
      reason: expect.stringContaining('«Publicar las 25 propiedades»'),
    });
    expect(coach('Launch the online course', 'en').specific).toEqual({
      passed: true,
      reason: expect.stringContaining('"Launch the online course"'),
    });
  });

  it('asks for an action verb when the objective has none', () => {
    expect(coach('que nos conozcan más en el barrio', 'es').specific.reason).toMatch(/^Empezá con un verbo/);
  });
});

describe('Measurable', () => {
  it('quotes the number and what it counts', () => {
    expect(coach('Llegar a 2000 suscriptores del newsletter', 'es').measurable.reason).toContain(
      '«2000 suscriptores»',
    );
    expect(coach('Grow class bookings by 20%', 'en').measurable.reason).toContain('"20%"');
  });

  it('asks for a number, with the unit of the objective’s domain', () => {
    const spanish = coach('Mejorar la presencia en Instagram', 'es').measurable;
    expect(spanish.passed).toBe(false);
    expect(spanish.reason).toBe('Agregá un número para que sea medible (por ejemplo, ___ seguidores).');
    const english = coach('Launch the online course', 'en').measurable;
    expect(english.passed).toBe(false);
    expect(english.reason).toContain('___ students');
  });
});

describe('Time-bound', () => {
  it('quotes the deadline phrase', () => {
    expect(coach('Llegar a 2000 suscriptores', 'es', 'antes del 30/06').timeBound).toEqual({
      passed: true,
      reason: 'Tiene plazo: «antes del 30/06».',
    });
    expect(coach('Book 12 corporate parties', 'en', 'by November 15').timeBound.reason).toContain(
      '"by November 15"',
    );
  });

  it('accepts a period written in the objective', () => {
    expect(coach('Abrir 3 grupos nuevos este trimestre', 'es').timeBound.passed).toBe(true);
    expect(coach('Book 8 weddings this quarter', 'en').timeBound.passed).toBe(true);
  });

  it('asks for a deadline when there is none', () => {
    expect(coach('Conseguir 20 pacientes nuevos', 'es').timeBound).toEqual({
      passed: false,
      reason: expect.stringMatching(/^Agregá una fecha límite/),
    });
    expect(coach('Book 12 corporate parties', 'en').timeBound.reason).toMatch(/^Add a due date/);
  });
});

describe('Achievable and Realistic', () => {
  it('start unknown, with questions for the client in the notes’ language', () => {
    const spanish = coach('Conseguir 20 pacientes nuevos', 'es');
    expect(spanish.achievable.passed).toBeNull();
    expect(spanish.realistic.passed).toBeNull();
    expect(spanish.questions.achievable).toContain('¿Quién lo va a hacer y con qué recursos?');
    expect(spanish.questions.realistic).toContain('¿Se logró algo parecido antes?');
    const english = coach('Book 12 corporate parties', 'en');
    expect(english.questions.achievable[0]).toMatch(/^Who is going to do it/);
    expect(english.realistic.reason).toMatch(/confirm it with the client/);
  });

  it('report what the VA confirmed', () => {
    const smart = {
      ...smartFlags({ text: 'Book 12 parties', dueText: null, language: 'en' }),
      achievable: true,
    };
    const result = coachObjective(
      { text: 'Book 12 parties', due: null, smart: { ...smart, realistic: false } },
      'en',
    );
    expect(result.achievable).toEqual({ passed: true, reason: 'Confirmed with the client.' });
    expect(result.realistic.passed).toBe(false);
  });
});

describe('rewrite', () => {
  it('turns a vague Spanish goal into a count to reach with blanks', () => {
    expect(coach('Mejorar la presencia en Instagram', 'es').rewrite).toBe(
      'Llegar a ___ seguidores en Instagram antes del ___',
    );
  });

  it('adds only the deadline when the goal already counts something', () => {
    expect(coach('Win back the three local schools', 'en').rewrite).toBe(
      'Win back the three local schools by ___',
    );
  });

  it('keeps the date the objective already has', () => {
    expect(coach('Aumentar las consultas en línea', 'es', 'antes del 30/06').rewrite).toBe(
      'Llegar a ___ consultas en línea',
    );
  });

  it('is null when S, M and T already pass', () => {
    expect(coach('Book 12 corporate parties', 'en', 'by November 15').rewrite).toBeNull();
  });
});

describe('a deadline typed into the wording', () => {
  it('is read after the language’s lead, and a blank or a percentage is none', () => {
    expect(splitDeadline('Llegar a 500 seguidores antes del 30/06', 'es')).toEqual({
      goal: 'Llegar a 500 seguidores',
      deadline: 'antes del 30/06',
    });
    expect(splitDeadline('Reach 500 followers by ___', 'en')).toEqual({
      goal: 'Reach 500 followers',
      deadline: null,
    });
    expect(splitDeadline('Grow class bookings by 20%', 'en')).toEqual({
      goal: 'Grow class bookings by 20%',
      deadline: null,
    });
  });
});
