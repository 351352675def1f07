// The Panel's plan: formulas that find the tabs by their current names and columns, in both languages' labels.
import { planPanel, type PanelInput } from '../../../src/core/panel';
import { locateTabs } from '../../../src/core/workbook/layout';
import { headerOf, TAB_SCHEMAS, type TabId } from '../../../src/core/workbook/schema';
import type { Language } from '../../../src/core/types';

function tab(tab: TabId, name: string, reversed = false) {
  const headers = TAB_SCHEMAS[tab].columns.map(({ id }) => headerOf(tab, id, 'es'));
  return {
    name,
    tabMetadata: tab,
    columnMetadata: {},
    lastId: 0,
    values: [reversed ? headers.reverse() : headers],
  };
}

function input(language: Language, tasksName = 'Tareas', reversed = false): PanelInput {
  const layout = locateTabs([
    tab('tasks', tasksName, reversed),
    tab('objectives', 'Objetivos'),
    tab('followUp', 'Seguimiento'),
  ]);
  return {
    language,
    tasks: { layout: layout.tasks, sheetName: tasksName },
    objectives: { layout: layout.objectives, sheetName: 'Objetivos' },
    followUp: { layout: layout.followUp, sheetName: 'Seguimiento' },
    objectiveRows: 2,
    owners: ['=1+1', "Ana 'la jefa'"],
    weekFormat: 'dd/mm',
  };
}

const formulasOf = (plan: ReturnType<typeof planPanel>): string[] => [
  ...plan.figures.map(({ formula }) => formula),
  ...plan.tables.flatMap(({ table }) =>
    table.rows.flat().flatMap((cell) => ('formula' in cell ? [cell.formula] : [])),
  ),
];

describe('planPanel', () => {
  it('quotes a renamed Tasks tab safely in every formula', () => {
    const plan = planPanel(input('es', "Tareas d'Ana"));
    expect(plan.figures[0]?.formula).toContain("'Tareas d''Ana'!$G$2:$G");
    expect(formulasOf(plan).join('')).not.toMatch(/[^']'Tareas d'Ana'/);
  });

  it('finds the columns by header wherever the client moved them', () => {
    const plan = planPanel(input('es', 'Tareas', true));
    // Reversed, Estado is the fifth column from the right of eleven: E.
    expect(plan.figures[0]?.formula).toContain("'Tareas'!$E$2:$E");
  });

  it('accepts the done label of both languages', () => {
    const open = planPanel(input('en')).figures.find(({ id }) => id === 'open')?.formula ?? '';
    expect(open).toContain('"<>Hecha"');
    expect(open).toContain('"<>Done"');
  });

  it('keeps owner names out of the formulas: they are plain text cells the formulas point at', () => {
    const plan = planPanel(input('es'));
    const owners = plan.tables.find(({ chart }) => chart === 'owners');
    expect(owners?.table.rows.map((row) => row[0])).toEqual([
      { text: '=1+1' },
      { text: "Ana 'la jefa'" },
      { text: '(sin responsable)' },
    ]);
    expect(formulasOf(plan).join('\n')).not.toMatch(/1\+1|jefa/);
  });

  it('labels figures and charts in the spreadsheet language', () => {
    expect(planPanel(input('en')).figures.map(({ label }) => label)).toContain('Overdue');
    expect(planPanel(input('es')).charts.map(({ options }) => options.title)).toContain(
      'Avance de cada objetivo',
    );
  });

  it('has each chart read its own table, header row included', () => {
    const plan = planPanel(input('es'));
    for (const chart of plan.charts) {
      const table = plan.tables.find((placed) => placed.chart === chart.id)!;
      expect(chart.range).toEqual({
        row: table.row,
        column: table.column,
        numRows: table.table.rows.length + 1,
        numColumns: table.table.header.length,
      });
    }
  });
});
