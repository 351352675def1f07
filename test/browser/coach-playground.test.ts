// The coach and the playbooks in the real sidebar against the emulated sheet: expanded steps and a rewritten objective become rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../playground/server';
import { launchBrowser } from './browser';

jest.setTimeout(90_000);

const note = readFileSync(
  join(__dirname, '..', '..', '..', 'shared', 'corpus', 'va', 'es-newsletter.txt'),
  'utf8',
);

let browser: Browser | null = null;
let playground: Playground | null = null;

beforeEach(async () => {
  browser ??= await launchBrowser();
  if (browser)
    playground = await startPlayground({
      port: 0,
      reset: true,
      dataFile: null,
      locale: 'es_AR',
      now: new Date('2026-03-12T13:00:00Z'),
    });
}, 60_000);

afterEach(async () => {
  await playground?.close();
});

afterAll(async () => {
  await browser?.close();
});

/** A tab's rows as records keyed by its header row, values as the sheet displays them. */
function tabRows(name: string): Array<Record<string, string>> {
  const sheet = playground?.emulator.spreadsheet.getSheetByName(name);
  const [headers = [], ...rows] = sheet?.getDataRange().getDisplayValues() ?? [];
  return rows.map((row) => Object.fromEntries(headers.map((header, column) => [header, row[column] ?? ''])));
}

async function openWithNote(): Promise<Page | null> {
  if (!browser || !playground) return null;
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = await context.newPage();
  await page.setViewportSize({ width: 300, height: 900 });
  await page.goto(new URL('/sidebar', playground.url).href);
  await page.locator('[role="tab"]:has-text("Notas")').waitFor();
  await page.getByLabel('Notas de la reunión').fill(note);
  await page.locator('li.task').first().waitFor();
  return page;
}

async function insert(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Agregar a la hoja' }).click();
  await page.locator('.status:not([hidden])').waitFor();
}

/** "24/03/2026" or "2026-03-24" → "2026-03-24", whichever way the sheet displays dates. */
function isoOf(displayed: string): string {
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(displayed);
  if (!dayFirst) return displayed;
  const [, day = '', month = '', year = ''] = dayFirst;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

it('expands the newsletter task into its steps, dated back from Tuesday 24, and inserts them', async () => {
  const page = await openWithNote();
  if (!page) return;
  const card = page.locator('li.task', {
    has: page.getByRole('checkbox', { name: 'Incluir: Enviar el newsletter', exact: true }),
  });
  await card.getByRole('button', { name: 'Expandir en 7 pasos' }).click();
  await expect(card.getByRole('button', { name: /Expandir/ }).count()).resolves.toBe(0);
  expect(await page.locator('li.task.step').count()).toBe(7);
  await insert(page);
  const dates = new Map(tabRows('Tareas').map((row) => [row['Tarea'], isoOf(row['Fecha límite'] ?? '')]));
  // The default newsletter playbook: one week before the send to three days after it.
  expect(Object.fromEntries([...dates].filter(([task]) => task !== undefined))).toMatchObject({
    'Enviar el newsletter': '2026-03-24',
    'Confirmar el acceso a la cuenta del autoresponder': '2026-03-17',
    'Preparar o actualizar la plantilla': '2026-03-18',
    'Escribir el contenido': '2026-03-19',
    'Editar el contenido': '2026-03-21',
    'Corregir ortografía, links e imágenes': '2026-03-22',
    'Programar el envío y mandar un correo de prueba': '2026-03-23',
    'Evaluar las estadísticas de aperturas y clics': '2026-03-27',
  });
  await page.close();
});

it('rewrites "Mejorar la presencia en Instagram", confirms A and R, and inserts the objective so', async () => {
  const page = await openWithNote();
  if (!page) return;
  const card = page.locator('li.objective', { hasText: 'Mejorar la presencia en Instagram' });
  await card.getByText('Cómo mejorarlo').click();
  await card.getByRole('button', { name: 'Usar esta redacción' }).click();
  const objective = page.locator('li.objective', { has: page.locator('.objective-input') });
  const text = objective.getByLabel('Texto del objetivo');
  await expect(text.inputValue()).resolves.toBe('Llegar a ___ seguidores en Instagram antes del ___');
  await text.fill('Llegar a 5000 seguidores en Instagram antes del 30/06');
  await text.blur();
  await objective.getByLabel(/Confirmado con el cliente: alcanzable/).check();
  await objective.getByLabel(/Confirmado con el cliente: relevante/).check();
  await insert(page);
  const row = tabRows('Objetivos').find((item) => item['Objetivo']?.includes('Instagram'));
  // An es_AR sheet displays ticked checkboxes as VERDADERO.
  expect(row).toMatchObject({
    Objetivo: 'Llegar a 5000 seguidores en Instagram antes del 30/06',
    S: 'VERDADERO',
    M: 'VERDADERO',
    A: 'VERDADERO',
    R: 'VERDADERO',
    T: 'VERDADERO',
  });
  await page.close();
});
