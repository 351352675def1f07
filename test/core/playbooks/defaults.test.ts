// The playbooks a new tab starts with, and the preview's label: what a VA sees before editing anything.
import { PLAYBOOK_STRINGS } from '../../../src/core/i18n/playbooks';
import { DEFAULT_PLAYBOOKS, expandTask, matchPlaybook } from '../../../src/core/playbooks';
import type { Language } from '../../../src/core/types';

const LANGUAGES: Language[] = ['es', 'en'];

describe('the default playbooks', () => {
  it.each(LANGUAGES)('offer the same five kinds of task in %s', (language) => {
    expect(DEFAULT_PLAYBOOKS[language]).toHaveLength(5);
    expect(DEFAULT_PLAYBOOKS[language].every((playbook) => playbook.language === language)).toBe(true);
    expect(DEFAULT_PLAYBOOKS[language].map((playbook) => playbook.steps.length)).toEqual(
      DEFAULT_PLAYBOOKS.es.map((playbook) => playbook.steps.length),
    );
  });

  it.each(LANGUAGES)('each match a task named by any of their trigger words (%s)', (language) => {
    const playbooks = DEFAULT_PLAYBOOKS[language];
    for (const playbook of playbooks) {
      for (const trigger of playbook.triggers) {
        expect(matchPlaybook(trigger, playbooks)?.name).toBe(playbook.name);
      }
    }
  });

  it.each(LANGUAGES)('have steps that do not offer to expand again once added (%s)', (language) => {
    const playbooks = DEFAULT_PLAYBOOKS[language];
    const stepTexts = playbooks.flatMap((playbook) => playbook.steps.map((step) => step.text));
    expect(stepTexts.filter((text) => matchPlaybook(text, playbooks) !== null)).toEqual([]);
  });

  it('list the newsletter work the issue describes, before and after sending', () => {
    const newsletter = matchPlaybook('Enviar el newsletter', DEFAULT_PLAYBOOKS.es);
    const texts = newsletter?.steps.map((step) => `${step.offsetDays} ${step.text}`).join('\n') ?? '';
    expect(texts).toMatch(/^-\d+ .*autoresponder/m);
    expect(texts).toMatch(/^-\d+ .*plantilla/m);
    expect(texts).toMatch(/^\d+ .*aperturas y clics/m);
  });
});

describe('the preview label', () => {
  it('counts the rows the task becomes, in the language of the notes', () => {
    const playbook = DEFAULT_PLAYBOOKS.en[0];
    const steps = playbook
      ? expandTask(
          { text: 'Send the newsletter', owners: [], due: null, priority: null },
          playbook,
          '2026-03-09',
        )
      : [];
    expect(PLAYBOOK_STRINGS.en.expandLabel(steps.length)).toBe('Expand into 8 steps');
    expect(PLAYBOOK_STRINGS.es.expandLabel(8)).toBe('Expandir en 8 pasos');
    expect(PLAYBOOK_STRINGS.es.expandLabel(1)).toBe('Expandir en 1 paso');
  });
});
