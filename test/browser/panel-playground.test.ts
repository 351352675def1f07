// The Panel in the playground: after an import, the Panel tab shows the figures and draws the three charts.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../playground/server';
import type { ImportRequest } from '../../src/server/api';
import { ensurePanel } from '../../src/server/panel';
import { launchBrowser } from './browser';

jest.setTimeout(60_000);

const NOW = new Date('2026-03-10T12:00:00-03:00');

let browser: Browser | null;
let playground: Playground;
let page: Page;

const smart = { specific: true, measurable: true, achievable: null, realistic: null, timeBound: true };

const REQUEST: ImportRequest = {
  meeting: { date: '2026-03-10', title: 'Reunión semanal', notes: 'Notas' },
  language: 'es',
  objectives: [
    { id: 'O1', text: 'Lanzar la web nueva', due: '2026-04-30', owners: [], smart },
    { id: 'O2', text: 'Llegar a 2000 suscriptores', due: '2026-06-30', owners: [], smart },
  ],
  tasks: [
    {
      id: 'T1',
      text: 'Pedir el presupuesto',
      owners: ['Ana'],
      due: '2026-03-06',
      priority: 'high',
      objective: 'O1',
    },
    {
      id: 'T2',
      text: 'Escribir los textos',
      owners: ['Luis'],
      due: '2026-03-12',
      priority: null,
      objective: 'O1',
    },
    { id: 'T3', text: 'Elegir las fotos', owners: ['Ana'], due: null, priority: null, objective: 'O2' },
    {
      id: 'T4',
      text: 'Revisar el newsletter',
      owners: [],
      due: '2026-03-20',
      priority: null,
      objective: 'O2',
    },
  ],
};

beforeAll(async () => {
  browser = await launchBrowser();
  playground = await startPlayground({
    reset: true,
    dataFile: null,
    timeZone: 'America/Argentina/Buenos_Aires',
    locale: 'es_AR',
    now: NOW,
  });
  if (browser) page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

it('shows the Panel figures and its three charts', async () => {
  if (!browser) return;
  const { importMeeting } = playground.functions;
  if (!importMeeting) throw new Error('dist/Code.js declares no importMeeting');
  importMeeting(REQUEST);
  const { SpreadsheetApp, Utilities } = playground.emulator.globals;
  const spreadsheet = playground.emulator.spreadsheet;
  // The server entry runs this after every import once wired; here the adapter is called on the same spreadsheet.
  ensurePanel({
    spreadsheet,
    spreadsheetApp: SpreadsheetApp,
    utilities: Utilities,
    today: '2026-03-10',
    language: 'es',
  });
  // The client marks "Escribir los textos" done: onEdit stamps today as its completion date.
  playground.emulator.edit('Tareas', 'G3', 'Hecha');

  await page.goto(playground.url);
  const tab = page.getByRole('tab', { name: 'Panel' });
  await expect(tab.getAttribute('aria-selected')).resolves.toBe('true');
  const panel = page.locator('table[data-sheet="Panel"]');
  const figure = (column: number) => panel.locator(`td[data-row="4"][data-column="${column}"]`).textContent();
  const label = (column: number) => panel.locator(`td[data-row="3"][data-column="${column}"]`).textContent();
  await expect(label(2)).resolves.toBe('Vencidas');
  // Open: all but the texts. Overdue: the budget, due on the 6th. Due in 7 days: none left (the texts are done,
  // the newsletter is due in ten days). Done in 7 days: the texts. No owner or date: the photos and the newsletter.
  await expect(Promise.all([1, 2, 3, 4, 5].map(figure))).resolves.toEqual(['3', '1', '0', '1', '2']);
  const titles = await page
    .locator('svg.chart')
    .evaluateAll((charts) => charts.map((chart) => chart.getAttribute('aria-label')));
  expect(titles).toEqual([
    'Avance de cada objetivo',
    'Tareas por estado y responsable',
    'Tareas vencidas por semana',
  ]);
  await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'panel.png'), fullPage: true });
});
