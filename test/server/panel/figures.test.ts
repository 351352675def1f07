// The Panel's figures: right on tasks of every status across a month-end and a DST change, and equal to the core's.
import { panelFigures } from '../../../src/core/panel';
import { ensurePanel } from '../../../src/server/panel';
import { importMeeting, readSnapshot } from '../../../src/server/sheets';
import { harness, importRequest, sheetNamed, task, type Harness } from '../sheets/harness';
import { shownFigures } from './panel-harness';

// 00:30 on Monday 30 March in Madrid, the day after the clocks went forward; still Sunday in UTC.
const NOW = new Date('2026-03-29T22:30:00Z');
const ZONE = 'Europe/Madrid';

/** [text, owners, due, status typed by the client, completed on] */
type Row = [string, string[], string | null, string, string | null];

const ROWS: Row[] = [
  ['Vencida el viernes', ['Ana'], '2026-03-27', 'Pendiente', null],
  ['Vencida el día del cambio de hora', ['Ana'], '2026-03-29', 'En curso', null],
  ['Vence hoy', ['Luis'], '2026-03-30', 'Pendiente', null],
  ['Vence pasando fin de mes', ['Luis'], '2026-04-01', 'Bloqueada', null],
  ['Vence en seis días', ['Ana'], '2026-04-05', 'Pendiente', null],
  ['Vence en siete días', ['Ana'], '2026-04-06', 'Pendiente', null],
  ['Hecha hace seis días', ['Ana'], '2026-03-20', 'Hecha', '2026-03-24'],
  ['Hecha hace siete días', ['Luis'], '2026-03-20', 'Done', '2026-03-23'],
  ['Hecha vencida', ['Luis'], '2026-03-01', 'hecha', '2026-03-28'],
  ['Sin responsable', [], '2026-04-20', 'Pendiente', null],
  ['Sin fecha', ['Ana'], null, 'To do', null],
  ['Sin nada', [], null, 'Bloqueada', null],
];

function spreadsheetWith(rows: Row[]): Harness {
  const setup = harness({ timeZone: ZONE, now: NOW, locale: 'es_ES' });
  const tasks = rows.map(([text, owners, due], index) => task(`T${index + 1}`, text, { owners, due }));
  importMeeting(setup.context('es'), importRequest(tasks));
  const sheet = sheetNamed(setup.spreadsheet, 'Tareas');
  rows.forEach(([, , , status, completedOn], index) => {
    sheet.getRange(index + 2, 7).setValue(status);
    // Noon in Madrid: the stamp onEdit would write.
    if (completedOn) sheet.getRange(index + 2, 8).setValue(new Date(`${completedOn}T12:00:00+02:00`));
  });
  ensurePanel(setup.context('es'));
  return setup;
}

describe('the figures at the top of the Panel', () => {
  it('count open, overdue, due in 7 days, done in the last 7 days and incomplete tasks as of today in the sheet zone', () => {
    const setup = spreadsheetWith(ROWS);
    expect(shownFigures(setup)).toEqual({
      Abiertas: 9,
      Vencidas: 2,
      'Vencen en 7 días': 3,
      'Hechas en los últimos 7 días': 2,
      'Sin responsable o fecha': 3,
    });
  });

  it('agree with the figures the core computes from the same rows', () => {
    const setup = spreadsheetWith(ROWS);
    const core = panelFigures(readSnapshot(setup.context('es')).tasks, '2026-03-30');
    expect(Object.values(shownFigures(setup))).toEqual([
      core.open,
      core.overdue,
      core.dueSoon,
      core.doneRecently,
      core.incomplete,
    ]);
  });

  it('move with the clock: a day later the task due today is overdue, with no script run', () => {
    const setup = spreadsheetWith(ROWS);
    setup.emulator.clock.advance(24 * 3600 * 1000);
    expect(shownFigures(setup)).toMatchObject({ Vencidas: 3 });
  });

  it('follow a status the client changes in the sheet', () => {
    const setup = spreadsheetWith(ROWS);
    sheetNamed(setup.spreadsheet, 'Tareas').getRange('G2').setValue('Hecha');
    expect(shownFigures(setup)).toMatchObject({ Abiertas: 8, Vencidas: 1 });
  });
});
