// Properties of reading the Playbooks tab: any grid at all is read without an exception, and problems point at real rows.
import fc from 'fast-check';
import { PLAYBOOK_HEADERS, playbooksToRows, rowsToPlaybooks } from '../../../src/core/playbooks';
import type { Playbook } from '../../../src/core/playbooks';

const language = fc.constantFrom<'es' | 'en'>('es', 'en');

/** Cells a VA could plausibly type, mixed with headers, so the parser's paths are all taken. */
const plausibleCell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'Podcast',
    'podcast, episodio',
    '-3',
    '+2',
    '3 días antes',
    '1 week after',
    'x',
    'Ana',
  ),
  fc.constantFrom(...PLAYBOOK_HEADERS.es, ...PLAYBOOK_HEADERS.en),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string(),
  fc.constant(null),
);

const step = fc.record({
  text: fc.string({ minLength: 1 }).filter((text) => text.trim() === text && !/\s\s|[\n\r\t]/.test(text)),
  offsetDays: fc.integer({ min: -365, max: 365 }),
  owner: fc.constant(null),
});

describe('reading any grid', () => {
  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.anything())), language, (rows, tabLanguage) => {
        const result = rowsToPlaybooks(rows, tabLanguage);
        expect(Array.isArray(result.playbooks)).toBe(true);
      }),
    );
  });

  it('reports problems only on rows that exist, and every playbook it returns has steps and trigger words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(plausibleCell, { maxLength: 6 }), { maxLength: 12 }),
        language,
        (rows, tabLanguage) => {
          const { playbooks, problems } = rowsToPlaybooks(rows, tabLanguage);
          for (const problem of problems) {
            expect(problem.row).toBeGreaterThanOrEqual(1);
            expect(problem.row).toBeLessThanOrEqual(rows.length);
            expect(problem.message).not.toBe('');
          }
          for (const playbook of playbooks) {
            expect(playbook.steps.length).toBeGreaterThan(0);
            expect(playbook.triggers.length).toBeGreaterThan(0);
            expect(playbook.steps.every((item) => Math.abs(item.offsetDays) <= 365)).toBe(true);
          }
        },
      ),
    );
  });

  it('reads back every step offset it wrote', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 5 }), (steps) => {
        const playbook: Playbook = { name: 'P', language: 'es', triggers: ['p'], steps };
        const { playbooks, problems } = rowsToPlaybooks(playbooksToRows([playbook]), 'es');
        expect(problems).toEqual([]);
        expect(playbooks[0]?.steps.map((item) => item.offsetDays)).toEqual(
          steps.map((item) => item.offsetDays),
        );
      }),
    );
  });
});
