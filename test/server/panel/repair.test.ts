// The Panel's life: created first by the first import, repaired idempotently, keeping what the client changed.
import { ensurePanel } from '../../../src/server/panel';
import { importMeeting } from '../../../src/server/sheets';
import { harness, importRequest, manyTasks, objective, task, type Harness } from '../sheets/harness';
import { chartTitles, computed, panelSheet, shownFigures } from './panel-harness';

const TITLES = ['Avance de cada objetivo', 'Tareas por estado y responsable', 'Tareas vencidas por semana'];

function importedPanel(): Harness {
  const setup = harness();
  const request = importRequest(
    [
      task('T1', 'Diseñar el logo', { owners: ['Ana'], due: '2026-03-20', objective: 'O1' }),
      task('T2', 'Escribir el brief', { owners: ['Luis'], due: '2026-03-02', objective: 'O1' }),
      task('T3', '=HYPERLINK("http://x")', { owners: ['=cmd|calc'], due: null }),
    ],
    [objective('O1', 'Lanzar la web'), objective('O2', 'Llegar a 2000 suscriptores')],
  );
  importMeeting(setup.context('es'), request);
  ensurePanel(setup.context('es'));
  return setup;
}

/** Everything of ours a second run could duplicate or change: formulas, values, charts. */
function panelContents(setup: Harness) {
  const sheet = panelSheet(setup);
  const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  const charts = sheet.getCharts().map((chart) => ({
    title: chart.getOptions().get('title'),
    ranges: chart.getRanges().map((each) => each.getA1Notation()),
    anchor: chart.getContainerInfo().getAnchorRow(),
  }));
  return { formulas: range.getFormulas(), values: range.getValues(), charts };
}

describe('the Panel tab', () => {
  it('is created first, marked as ours, with three charts over its helper tables', () => {
    const setup = importedPanel();
    setup.spreadsheet.deleteSheet(panelSheet(setup));
    expect(ensurePanel(setup.context('es'))).toEqual(['Pestaña "Panel" creada']);
    const sheet = panelSheet(setup);
    expect(sheet.getIndex()).toBe(1);
    expect(sheet.getDeveloperMetadata().map((item) => [item.getKey(), item.getValue()])).toContainEqual([
      'minuta.tab',
      'panel',
    ]);
    expect(chartTitles(sheet)).toEqual(TITLES);
    const progress = sheet.getCharts()[0]!;
    const table = progress.getRanges()[0]!;
    expect(table.getNumRows()).toBe(3);
    // The chart reads each objective with its progress: half of "Lanzar la web" is not done yet.
    expect(computed(setup, sheet, table.getCell(2, 1).getA1Notation())).toBe('Lanzar la web');
    expect(computed(setup, sheet, table.getCell(2, 2).getA1Notation())).toBe(0);
  });

  it('draws the progress chart as a PNG', () => {
    const sheet = panelSheet(importedPanel());
    const bytes = sheet.getCharts()[0]!.getAs('image/png').getBytes();
    expect(bytes.slice(1, 4)).toEqual([...Buffer.from('PNG')]);
  });

  it('never puts text from the notes in a formula: owners are plain text cells', () => {
    const sheet = panelSheet(importedPanel());
    const range = sheet.getDataRange();
    const formulas = range.getFormulas().flat().filter(Boolean);
    expect(formulas.length).toBeGreaterThan(10);
    for (const formula of formulas) expect(formula).not.toMatch(/HYPERLINK|cmd|Ana|Luis|Lanzar/);
    expect(range.getValues().flat()).toContain('=cmd|calc');
  });

  it('is the same after another run: no second chart, no change to a formula', () => {
    const setup = importedPanel();
    const before = panelContents(setup);
    expect(ensurePanel(setup.context('es'))).toEqual([]);
    expect(panelContents(setup)).toEqual(before);
    expect(setup.spreadsheet.getSheets().filter((sheet) => sheet.getName().startsWith('Panel'))).toHaveLength(
      1,
    );
  });

  it('writes nothing on a run that finds the Panel as it should be', () => {
    const setup = importedPanel();
    setup.emulator.calls.reset();
    ensurePanel(setup.context('es'));
    const writes = Object.keys(setup.emulator.calls.byMethod()).filter((method) =>
      /\.(set|insert|update|remove|clear|add)/.test(method),
    );
    expect(writes).toEqual([]);
  });

  it('brings back the overdue red on "Repair sheet", which an import leaves as the client set it', () => {
    const setup = importedPanel();
    const overdue = panelSheet(setup).getRange('B4');
    overdue.setBackground('#ffffff');
    ensurePanel(setup.context('es'));
    expect(overdue.getBackground()).toBe('#ffffff');
    ensurePanel(setup.context('es'), { force: true });
    expect(overdue.getBackground()).toBe('#f4cccc');
  });

  it('brings back a chart the client deleted, and leaves a chart they moved where they put it', () => {
    const setup = importedPanel();
    const sheet = panelSheet(setup);
    const [progress, owners] = sheet.getCharts();
    sheet.removeChart(progress!);
    sheet.updateChart(owners!.modify().setPosition(40, 2, 0, 0).build());
    expect(ensurePanel(setup.context('es'))).toEqual(['Gráfico "Avance de cada objetivo" restaurado']);
    expect([...chartTitles(sheet)].sort()).toEqual([...TITLES].sort());
    const moved = sheet.getCharts().find((chart) => chart.getOptions().get('title') === TITLES[1]);
    expect(moved?.getContainerInfo().getAnchorRow()).toBe(40);
  });

  it("keeps the client's own cells and charts", () => {
    const setup = importedPanel();
    const sheet = panelSheet(setup);
    sheet.getRange('A30').setValue('Nota de la clienta');
    const own = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange('A30:B31'))
      .setOption('title', 'Mío')
      .build();
    sheet.insertChart(own);
    ensurePanel(setup.context('es'));
    expect(sheet.getRange('A30').getValue()).toBe('Nota de la clienta');
    expect(chartTitles(sheet)).toContain('Mío');
    expect(sheet.getCharts()).toHaveLength(4);
  });

  it("empties the rows an owner no longer needs, not the client's note under the table", () => {
    const setup = importedPanel();
    const sheet = panelSheet(setup);
    sheet.getRange('O20').setValue('Nota de la clienta');
    const tasks = setup.spreadsheet.getSheetByName('Tareas')!;
    tasks.getRange('D2:D4').setValues([['Ana'], ['Ana'], ['Ana']]);
    ensurePanel(setup.context('es'));
    // Ana, then the row of tasks with no owner; Luis and "=cmd|calc" are gone.
    expect(sheet.getRange('O4:O7').getValues().flat()).toEqual(['Ana', '(sin responsable)', '', '']);
    expect(sheet.getRange('O20').getValue()).toBe('Nota de la clienta');
  });

  it('keeps reading the objectives after the client deletes one on the Objectives tab', () => {
    const setup = importedPanel();
    const sheet = panelSheet(setup);
    setup.spreadsheet.getSheetByName('Objetivos')!.deleteRow(2);
    expect(computed(setup, sheet, 'L4')).toBe('Llegar a 2000 suscriptores');
    expect(computed(setup, sheet, 'L5')).toBe('');
  });

  it('rewrites a helper row the client deleted, and the figures come back', () => {
    const setup = importedPanel();
    const sheet = panelSheet(setup);
    const before = panelContents(setup);
    sheet.deleteRow(4);
    ensurePanel(setup.context('es'));
    expect(panelContents(setup).formulas.slice(0, 15)).toEqual(before.formulas.slice(0, 15));
    expect(shownFigures(setup)).toMatchObject({ Abiertas: 3 });
  });

  it('counts 1,000 tasks', () => {
    const setup = harness();
    importMeeting(setup.context('es'), importRequest(manyTasks(1000), [objective('O1', 'Un objetivo')]));
    ensurePanel(setup.context('es'));
    expect(shownFigures(setup)).toMatchObject({ Abiertas: 1000, Vencidas: 0, 'Vencen en 7 días': 0 });
  });

  it('speaks English in an English spreadsheet', () => {
    const setup = harness({ locale: 'en_US' });
    importMeeting(setup.context('en'), importRequest([task('T1', 'Write the brief')], [], 'en'));
    ensurePanel(setup.context('en'));
    expect(Object.keys(shownFigures(setup, 'Dashboard'))).toEqual([
      'Open',
      'Overdue',
      'Due in 7 days',
      'Done in the last 7 days',
      'No owner or date',
    ]);
  });
});
