// The emulator's formula evaluation the Panel relies on: references across sheets, criteria, dates in the zone, errors.
import { createEmulator } from '../../../emulator';
import type { SheetState } from '../../../emulator/state';
import { evaluateFormula, formulaSite } from '../../../emulator/spreadsheet/formula';

function workbook() {
  const emulator = createEmulator({
    now: new Date('2026-03-02T02:00:00Z'),
    timeZone: 'America/Argentina/Buenos_Aires',
  });
  const tasks = emulator.spreadsheet.insertSheet("Tareas d'Ana");
  tasks.getRange('A1:C5').setValues([
    ['Tarea', 'Estado', 'Fecha'],
    ['Una', 'Hecha', new Date('2026-02-27T15:00:00Z')],
    ['Dos', 'hecha', new Date('2026-03-01T15:00:00Z')],
    ['Tres', 'En curso', ''],
    ['Cuatro', '', new Date('2026-03-03T15:00:00Z')],
  ]);
  const state = (emulator.spreadsheet as unknown as { state: { sheets: SheetState[]; timeZone: string } })
    .state;
  const evaluate = (formula: string) =>
    evaluateFormula(formula, formulaSite(state.sheets[0]!, state, emulator.clock.now()));
  return { emulator, evaluate };
}

describe('formulas the emulator computes', () => {
  it('counts with criteria across a quoted sheet name, text without case', () => {
    const { evaluate } = workbook();
    expect(evaluate(`=COUNTIFS('Tareas d''Ana'!$B$2:$B,"Hecha")`)).toBe(2);
    expect(evaluate(`=COUNTIFS('Tareas d''Ana'!A2:A,"<>",'Tareas d''Ana'!B2:B,"<>Hecha")`)).toBe(2);
    expect(evaluate(`=COUNTIF('Tareas d''Ana'!C2:C5,"")`)).toBe(1);
    // An open range reaches the last row: its empty rows are blank cells too.
    expect(evaluate(`=COUNTIF('Tareas d''Ana'!C2:C,"")`)).toBe(996);
    expect(evaluate(`=COUNTIF('Tareas d''Ana'!A2:A,"*r*")`)).toBe(2);
  });

  it('takes today in the spreadsheet zone: still 1 March in Buenos Aires at 02:00 UTC on the 2nd', () => {
    const { evaluate } = workbook();
    expect(evaluate(`=COUNTIFS('Tareas d''Ana'!C2:C,"<"&TODAY())`)).toBe(1);
    expect(evaluate('=WEEKDAY(TODAY(),2)')).toBe(7);
    expect(evaluate('=TODAY()-WEEKDAY(TODAY(),3)')).toEqual({ date: '2026-02-23T00:00:00' });
  });

  it('finds the largest value among the rows that match', () => {
    const { emulator, evaluate } = workbook();
    emulator.spreadsheet
      .getSheetByName("Tareas d'Ana")!
      .getRange('D2:D5')
      .setValues([[4], [9], [2], [7]]);
    expect(evaluate(`=MAXIFS('Tareas d''Ana'!D2:D5,'Tareas d''Ana'!C2:C5,"<"&TODAY())`)).toBe(4);
    expect(evaluate(`=MAXIFS('Tareas d''Ana'!D2:D5,'Tareas d''Ana'!B2:B5,"hecha")`)).toBe(9);
  });

  it('answers like Sheets for what it does not know or cannot do', () => {
    const { evaluate } = workbook();
    expect(evaluate('=VLOOKUP(1,A:A,1)')).toBe('#NAME?');
    expect(evaluate("='Otra hoja'!A1")).toBe('#REF!');
    expect(evaluate('=1/0')).toBe('#DIV/0!');
    expect(evaluate('=IFERROR(1/0,"-")')).toBe('-');
    expect(evaluate('=AND(1<2,NOT(2<1))')).toBe(true);
    expect(evaluate('="a"&1+2')).toBe('a3');
  });
});

describe('conditional-format formulas, written for the top-left cell of their range', () => {
  it('move their relative references with the cell tested and keep the $-locked parts', () => {
    const emulator = createEmulator({ now: new Date('2026-03-02T15:00:00Z') });
    const sheet = emulator.spreadsheet.insertSheet('Tasks');
    sheet.getRange('A1:B3').setValues([
      ['Task', 'Status'],
      ['One', 'Done'],
      ['Two', 'Blocked'],
    ]);
    const state = (emulator.spreadsheet as unknown as { state: { sheets: SheetState[]; timeZone: string } })
      .state;
    const site = formulaSite(
      state.sheets.find((candidate) => candidate.name === 'Tasks')!,
      state,
      new Date(),
    );
    const blocked = '=$B2="Blocked"';
    expect(evaluateFormula(blocked, { ...site, offset: { rows: 0, columns: 0 } })).toBe(false);
    expect(evaluateFormula(blocked, { ...site, offset: { rows: 1, columns: 3 } })).toBe(true);
    expect(evaluateFormula('=B$2="Done"', { ...site, offset: { rows: 1, columns: 0 } })).toBe(true);
  });
});
