import { completionColumn, completionStamp } from '../../../src/core/workbook/completion';

const TODAY = '2026-03-09';

describe('"Completada el" on edit', () => {
  it('is stamped with today when a task becomes done, in either language', () => {
    expect(completionStamp('Hecha', '', TODAY)).toBe(TODAY);
    expect(completionStamp('done', null, TODAY)).toBe(TODAY);
  });

  it('keeps the first stamp when a done task is edited again', () => {
    expect(completionStamp('Done', '2026-03-01', TODAY)).toBeUndefined();
  });

  it('is cleared when the task leaves done', () => {
    expect(completionStamp('En curso', '2026-03-01', TODAY)).toBeNull();
    expect(completionStamp('', '2026-03-01', TODAY)).toBeNull();
  });

  it('changes nothing for a task that was not and is not done', () => {
    expect(completionStamp('Pendiente', '', TODAY)).toBeUndefined();
    expect(completionColumn(['Pendiente', 'Blocked'], ['', null], TODAY)).toBeNull();
  });

  it('handles a pasted block of statuses row by row', () => {
    expect(completionColumn(['Hecha', 'Pendiente', 'Done'], ['', '2026-03-01', '2026-02-02'], TODAY)).toEqual(
      [TODAY, null, '2026-02-02'],
    );
  });
});
