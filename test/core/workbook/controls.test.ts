import { controlRules, isOurControl } from '../../../src/core/workbook/controls';
import { progressFormulas } from '../../../src/core/workbook/progress';
import { rawSheet, readyLayout } from './fixtures';

const DEFAULT_TASKS = [
  'ID',
  'Tarea',
  'Objetivo',
  'Responsable',
  'Prioridad',
  'Fecha límite',
  'Estado',
  'Completada el',
  'Reunión',
  'Notas',
  'Clave',
];

describe('controls', () => {
  it('point at the due and status columns wherever the client moved them', () => {
    const moved = readyLayout([
      rawSheet('Tareas', [['Estado', ...DEFAULT_TASKS.filter((header) => header !== 'Estado')]]),
    ]);
    const overdue = controlRules(moved.tasks).find((rule) => rule.formula.includes('<TODAY()'));
    expect(overdue?.formula).toBe('=AND($G2<>"",$G2<TODAY())');
    const done = controlRules(moved.tasks).find((rule) => rule.style.strikethrough);
    expect(done?.formula).toBe('=OR($A2="Hecha",$A2="Done")');
  });

  it('colour whole rows for row states and only the empty cell for a missing owner', () => {
    const layout = readyLayout([rawSheet('Tareas', [[...DEFAULT_TASKS, 'Extra del cliente']])]);
    const rules = controlRules(layout.tasks);
    const rowRule = rules.find((rule) => rule.style.strikethrough);
    expect([rowRule?.firstColumn, rowRule?.lastColumn]).toEqual([1, 12]);
    const ownerRule = rules.find((rule) => rule.formula === '=AND($B2<>"",$D2="")');
    expect([ownerRule?.firstColumn, ownerRule?.lastColumn]).toEqual([4, 4]);
  });

  it('put the marks on empty cells before the row colours, since the first matching rule wins', () => {
    const rules = controlRules(readyLayout([]).tasks);
    const firstRowRule = rules.findIndex((rule) => rule.lastColumn > rule.firstColumn);
    expect(rules.slice(0, firstRowRule).every((rule) => rule.firstColumn === rule.lastColumn)).toBe(true);
  });

  it('are recognised as ours after Sheets rewrote their column references, and the client rules are not', () => {
    const ours = controlRules(readyLayout([]).tasks).map((rule) => rule.formula.replace(/\$F2/g, '$K2'));
    expect(ours.every(isOurControl)).toBe(true);
    expect(isOurControl('=$F2<TODAY()')).toBe(false);
    expect(isOurControl('=AND($F2<>"",$F2<TODAY()-7)')).toBe(false);
  });
});

describe('progress formula', () => {
  it('counts done tasks in either language among the tasks of the objective on the same row', () => {
    const layout = readyLayout([]);
    const [formula] = progressFormulas(layout.objectives, layout.tasks, 'Tareas', 1);
    expect(formula).toContain("COUNTIFS('Tareas'!$C:$C,$A2,'Tareas'!$G:$G,\"Hecha\")");
    expect(formula).toContain('"Done"');
    expect(formula).toContain("COUNTIF('Tareas'!$C:$C,$A2)");
  });

  it('quotes a tab name with an apostrophe', () => {
    const layout = readyLayout([]);
    expect(progressFormulas(layout.objectives, layout.tasks, "Tasks of O'Brien", 2)[1]).toContain(
      "'Tasks of O''Brien'!$C:$C,$A3",
    );
  });
});
