// The whole path in a real browser: playground menu → sidebar → paste a note → insert → a row in the emulated Tasks tab.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../playground/server';
import { launchBrowser } from './browser';

jest.setTimeout(60_000);

let browser: Browser | null;
let playground: Playground;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  playground = await startPlayground({
    reset: true,
    dataFile: null,
    timeZone: 'America/Argentina/Buenos_Aires',
    locale: 'es_AR',
    now: new Date('2026-03-10T12:00:00-03:00'),
  });
  if (browser) page = await browser.newPage({ viewport: { width: 1280, height: 640 } });
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

function tasksTab(): unknown[][] {
  const sheet = playground.emulator.spreadsheet.getSheetByName('Tareas');
  return sheet ? sheet.getDataRange().getDisplayValues() : [];
}

it('turns one pasted line into a task row in the sheet', async () => {
  if (!browser) return;
  await page.goto(playground.url);
  await page.getByRole('button', { name: 'Abrir minuta' }).click();
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.locator('#notes').fill('- Ana: enviar el presupuesto el viernes');
  await sidebar.getByText('0 objetivos, 1 tarea').waitFor();
  await expect(sidebar.getByRole('textbox', { name: /tarea/i }).first().inputValue()).resolves.toBe(
    'enviar el presupuesto',
  );
  await sidebar.getByRole('button', { name: 'Agregar a la hoja' }).click();
  await sidebar.getByText(/1 tarea agregada/).waitFor();

  const rows = tasksTab();
  const header = rows[0] as string[];
  const task = rows.find((row) => String(row[header.indexOf('Tarea')]).includes('enviar el presupuesto'));
  expect(task).toBeDefined();
  expect(task![header.indexOf('Responsable')]).toBe('Ana');
  // The meeting is Tuesday 2026-03-10, so "el viernes" is Friday the 13th.
  expect(task![header.indexOf('Fecha límite')]).toMatch(/13\/03\/2026|2026-03-13/);

  await page.getByRole('tab', { name: 'Tareas' }).click();
  const cell = page.locator('table[data-sheet="Tareas"] td').filter({ hasText: 'enviar el presupuesto' });
  await cell.waitFor();
  // Due in three days and not done: the "due soon" control paints the row amber.
  await expect(cell.evaluate((td) => getComputedStyle(td).backgroundColor)).resolves.toBe(
    'rgb(255, 242, 204)',
  );
  // The README's picture of the playground is this very state.
  await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'playground.png') });
});
