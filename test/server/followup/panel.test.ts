// The weekly email opens with the Panel's figures and its progress chart inline, numbers in text for blocked images.
import { createEmulator } from '../../../emulator';
import { PANEL_STRINGS } from '../../../src/core/i18n/panel';
import { ensurePanel, panelProgressImage } from '../../../src/server/panel';
import { runFollowUp, type FollowUpDeps } from '../../../src/server/followup';
import {
  appendFollowUpLog,
  importMeeting,
  readSnapshot,
  savePeople,
  type SheetContext,
} from '../../../src/server/sheets';
import { shownFigures } from '../panel/panel-harness';
import { PEOPLE } from './workbook';

const MONDAY_NINE = new Date('2026-11-23T12:00:00Z');

function setUp(withPanel: boolean) {
  const emulator = createEmulator({ timeZone: 'America/Argentina/Buenos_Aires', now: MONDAY_NINE });
  const { globals } = emulator;
  const context: SheetContext = {
    spreadsheet: emulator.spreadsheet,
    spreadsheetApp: globals.SpreadsheetApp,
    utilities: globals.Utilities,
    today: '2026-11-23',
    language: 'es',
  };
  savePeople(context, PEOPLE);
  importMeeting(context, {
    meeting: { date: '2026-11-16', title: 'Planificación', notes: 'Notas' },
    language: 'es',
    objectives: [
      {
        id: 'O1',
        text: 'Lanzar <la> web',
        due: null,
        owners: [],
        smart: { specific: true, measurable: true, achievable: null, realistic: null, timeBound: false },
      },
    ],
    tasks: [
      { id: 'T1', text: 'Vencida', owners: ['Luis'], due: '2026-11-20', priority: null, objective: 'O1' },
      {
        id: 'T2',
        text: 'Para el jueves',
        owners: ['Marta'],
        due: '2026-11-26',
        priority: null,
        objective: 'O1',
      },
      { id: 'T3', text: 'Sin fecha', owners: ['Luis'], due: null, priority: null, objective: null },
    ],
  });
  if (withPanel) ensurePanel(context);
  const deps: FollowUpDeps = {
    spreadsheet: emulator.spreadsheet,
    mailApp: globals.MailApp,
    propertiesService: globals.PropertiesService,
    lockService: globals.LockService,
    utilities: globals.Utilities,
    now: MONDAY_NINE,
    language: 'es',
    readSnapshot: () => readSnapshot(context),
    appendLog: (rows) => appendFollowUpLog(context, rows),
    progressImage: () => panelProgressImage(context),
  };
  // "Send now": runs whatever the settings say.
  runFollowUp(deps, { force: true });
  return { emulator, context };
}

describe('the weekly email and the Panel', () => {
  it('shows the same five figures as the Panel, in the text body too', () => {
    const { emulator } = setUp(true);
    const figures = shownFigures({
      emulator,
      spreadsheet: emulator.spreadsheet,
      context: () => ({}) as SheetContext,
    });
    const client = emulator.mail.sent[0]!;
    for (const [label, value] of Object.entries(figures)) expect(client.body).toContain(`${label}: ${value}`);
    expect(figures).toMatchObject({ [PANEL_STRINGS.es.figures.overdue]: 1 });
  });

  it('sends the progress chart as an inline image, its numbers in the alt text, escaped', () => {
    const { emulator } = setUp(true);
    const client = emulator.mail.sent[0]!;
    expect(client.inlineImages).toEqual(['progress']);
    expect(client.htmlBody).toMatch(/<img src="cid:progress" alt="[^"]*Lanzar &lt;la&gt; web 0 %/);
  });

  it('goes without an image before there is a Panel', () => {
    const { emulator } = setUp(false);
    const client = emulator.mail.sent[0]!;
    expect(client.inlineImages).toEqual([]);
    expect(client.htmlBody).not.toContain('cid:');
    expect(client.body).toContain(`${PANEL_STRINGS.es.figures.overdue}: 1`);
  });
});
