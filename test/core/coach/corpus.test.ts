// Every objective of the VA corpus: the coach agrees with the labels, and every rewrite passes S, M and T once filled.
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { BLANK, coachObjective, splitDeadline } from '../../../src/core/coach';
import { smartFlags } from '../../../src/core/smart';
import type { IsoDate, Language } from '../../../src/core/types';

interface LabelledObjective {
  text: string;
  due: IsoDate | null;
  smart: { specific: boolean; measurable: boolean; timeBound: boolean };
}

const CORPUS = join(__dirname, '../../../../shared/corpus/va');
const DEADLINE_FILL: Record<Language, string> = { es: 'antes del 30/06', en: 'by 30 June' };
const NUMBER_FILL = '150';

const cases = readdirSync(CORPUS)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    const language: Language = file.startsWith('es') ? 'es' : 'en';
    const labels = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as {
      objectives: LabelledObjective[];
    };
    return labels.objectives.map((objective) => ({ file, language, objective }));
  });

/**
 * How a rewrite is re-checked: the VA fills each blank. The blank after the deadline lead is a date
 * ("antes del 30/06"), read as the deadline phrase, as the parser would; every other blank is a number.
 */
function filled(rewrite: string, language: Language): { text: string; dueText: string | null } {
  const lead = DEADLINE_FILL[language].split(' ').slice(0, -1).join(' ');
  const withDate = rewrite
    .replace(`${lead} ${BLANK}`, DEADLINE_FILL[language])
    .split(BLANK)
    .join(NUMBER_FILL);
  const { goal, deadline } = splitDeadline(withDate, language);
  return { text: goal, dueText: deadline };
}

it('reads objectives from the corpus', () => {
  expect(cases.length).toBeGreaterThan(20);
});

describe.each(cases)('$file: $objective.text', ({ language, objective }) => {
  const dueText = objective.due;
  const smart = smartFlags({ text: objective.text, dueText, language });
  const coaching = coachObjective({ text: objective.text, due: objective.due, dueText, smart }, language);

  it('passes and fails the letters the labels do', () => {
    expect({
      specific: coaching.specific.passed,
      measurable: coaching.measurable.passed,
      timeBound: coaching.timeBound.passed,
    }).toEqual(objective.smart);
  });

  it('proposes a rewrite exactly when a letter fails, and the rewrite passes S, M and T once filled', () => {
    const { specific, measurable, timeBound } = objective.smart;
    if (specific && measurable && timeBound) {
      expect(coaching.rewrite).toBeNull();
      return;
    }
    expect(coaching.rewrite).toContain(BLANK);
    const { text, dueText: rewrittenDue } = filled(coaching.rewrite ?? '', language);
    const flags = smartFlags({ text, dueText: rewrittenDue ?? dueText, language });
    expect([flags.specific, flags.measurable, flags.timeBound]).toEqual([true, true, true]);
  });
});
