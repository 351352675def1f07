// The flags on a task card: what the VA must still look at before inserting.
import type { PersonRecord } from '../../src/core/types';
import { taskFlags, unflaggedWarnings } from '../../src/sidebar/task-flags';
import { buildPreview, rememberEdit } from '../../src/sidebar/view-model';
import { result, task } from './fixtures';

const people: PersonRecord[] = [
  { name: 'Sofía Pérez', aliases: ['Sofi'], email: 'sofi@example.com', role: 'assistant' },
  { name: 'Laura', aliases: [], email: 'laura@example.com', role: 'client' },
];

describe('row flags', () => {
  const model = (): ReturnType<typeof buildPreview> =>
    buildPreview(
      result({
        tasks: [task({ id: 'T1', text: 'Enviar', owners: ['Marcos'], due: '2026-11-10', line: 3 })],
        warnings: [{ line: 3, code: 'ambiguous-date', message: 'ambigua', item: 'T1' }],
      }),
      [],
    );

  it('flags an owner missing from People, but accepts an alias', () => {
    const row = model().tasks[0]!;
    expect(taskFlags(row, people, '2026-03-12')).toContain('unknownOwner');
    rememberEdit([], row, 'owner', 'sofi');
    expect(taskFlags(row, people, '2026-03-12')).not.toContain('unknownOwner');
  });

  it('does not flag owners as unknown while People is empty', () => {
    expect(taskFlags(model().tasks[0]!, [], '2026-03-12')).not.toContain('unknownOwner');
  });

  it('clears the ambiguous flag once the VA picks the date, and flags a date before the meeting', () => {
    const row = model().tasks[0]!;
    expect(taskFlags(row, people, '2026-03-12')).toContain('ambiguousDate');
    rememberEdit([], row, 'due', '2026-03-01');
    expect(taskFlags(row, people, '2026-03-12')).toEqual(['unknownOwner', 'pastDate']);
  });

  it('flags a task with no owner and no date', () => {
    const row = model().tasks[0]!;
    rememberEdit([], row, 'owner', '');
    rememberEdit([], row, 'due', null);
    expect(taskFlags(row, people, '2026-03-12')).toEqual(['noOwner', 'noDate']);
  });
});

describe('warnings under a row', () => {
  it('leaves out what a flag already says and keeps the rest', () => {
    const model = buildPreview(
      result({
        tasks: [task({ id: 'T1', text: 'Completar [Nombre]', line: 4 })],
        warnings: [
          { line: 4, code: 'no-owner', message: 'sin responsable', item: 'T1' },
          { line: 4, code: 'placeholder', message: 'Completá el [Nombre]', item: 'T1' },
        ],
      }),
      [],
    );
    expect(unflaggedWarnings(model.tasks[0]!.warnings).map((warning) => warning.message)).toEqual([
      'Completá el [Nombre]',
    ]);
  });
});
