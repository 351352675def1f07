// The SMART coach's sentences in Spanish and English: why each letter passes or fails, and the A/R questions.
import type { Language } from '../types';

export interface CoachStrings {
  specificFound: (start: string) => string;
  specificVague: (verb: string) => string;
  specificMissing: string;
  measurableFound: (target: string) => string;
  measurableMissing: (unit: string) => string;
  timeBoundFound: (deadline: string) => string;
  timeBoundMissing: string;
  /** A and R: what the VA should do for each state (unknown, confirmed, denied). */
  confirmUnknown: string;
  confirmYes: string;
  confirmNo: string;
  achievableQuestions: string[];
  realisticQuestions: string[];
}

const ES: CoachStrings = {
  specificFound: (start) => `Dice qué hay que lograr: «${start}».`,
  specificVague: (verb) =>
    `«${verb}» solo no dice qué resultado buscás: decí qué tiene que pasar (llegar a, vender…).`,
  specificMissing: 'Empezá con un verbo de acción y algo concreto (llegar a, vender…).',
  measurableFound: (target) => `Tiene una meta que se puede contar: «${target}».`,
  measurableMissing: (unit) => `Agregá un número para que sea medible (por ejemplo, ___ ${unit}).`,
  timeBoundFound: (deadline) => `Tiene plazo: «${deadline}».`,
  timeBoundMissing: 'Agregá una fecha límite o un plazo («antes del 30/06», «este trimestre»).',
  confirmUnknown: 'El texto no lo puede decir: confirmalo con el cliente.',
  confirmYes: 'Confirmado con el cliente.',
  confirmNo: 'El cliente no lo ve posible: revisá la meta o el plazo.',
  achievableQuestions: [
    '¿Quién lo va a hacer y con qué recursos?',
    '¿Hay tiempo y presupuesto para lograrlo en el plazo?',
  ],
  realisticQuestions: [
    '¿Se logró algo parecido antes?',
    '¿Es importante para el negocio ahora, frente a lo demás?',
  ],
};

const EN: CoachStrings = {
  specificFound: (start) => `It says what to achieve: "${start}".`,
  specificVague: (verb) =>
    `"${verb}" alone does not say what result you want: say what has to happen (reach, sell…).`,
  specificMissing: 'Start with an action verb and something concrete (reach, sell…).',
  measurableFound: (target) => `It has a target you can count: "${target}".`,
  measurableMissing: (unit) => `Add a number to make it measurable (for example, ___ ${unit}).`,
  timeBoundFound: (deadline) => `It has a deadline: "${deadline}".`,
  timeBoundMissing: 'Add a due date or a period ("by 30 June", "this quarter").',
  confirmUnknown: 'The text cannot tell: confirm it with the client.',
  confirmYes: 'Confirmed with the client.',
  confirmNo: 'The client does not see it as possible: revisit the target or the deadline.',
  achievableQuestions: [
    'Who is going to do it, and with what resources?',
    'Is there time and budget to get there by the deadline?',
  ],
  realisticQuestions: [
    'Has something similar been achieved before?',
    'Does it matter to the business now, compared with everything else?',
  ],
};

export const COACH_STRINGS: Record<Language, CoachStrings> = { es: ES, en: EN };
