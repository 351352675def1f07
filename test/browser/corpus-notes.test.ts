// Every VA note of the corpus through the real sidebar and server on the playground: edit, untick, insert, re-insert.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parseNotes } from '../../src/core/notes';
import { startPlayground, type Playground } from '../../playground/server';
import { launchBrowser } from './browser';

jest.setTimeout(120_000);

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'va');
const notes = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort();

let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface TasksTab {
  header: string[];
  rows: string[][];
}

function tasksTab(playground: Playground, tabName: string): TasksTab {
  const sheet = playground.emulator.spreadsheet.getSheetByName(tabName);
  const [header = [], ...rows] = sheet ? sheet.getDataRange().getDisplayValues() : [];
  return { header, rows };
}

function column(tab: TasksTab, names: string[]): number {
  return tab.header.findIndex((title) => names.includes(title));
}

async function insert(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const status = page.locator('.status:not([hidden])');
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

describe.each(notes)('%s through the sidebar', (file) => {
  const text = readFileSync(join(corpus, file), 'utf8');
  const language = file.startsWith('es-') ? 'es' : 'en';
  const strings =
    language === 'es'
      ? {
          insert: 'Agregar a la hoja',
          notes: 'Notas de la reunión',
          tab: 'Tareas',
          locale: 'es_AR',
          due: '01/12/2026',
        }
      : { insert: 'Add to sheet', notes: 'Meeting notes', tab: 'Tasks', locale: 'en_US', due: '12/01/2026' };

  it('writes the previewed tasks with the VA edits, skips the unticked one, and adds nothing twice', async () => {
    if (!browser) return;
    const playground = await startPlayground({ reset: true, dataFile: null, locale: strings.locale });
    const page = await (browser.contexts()[0] ?? (await browser.newContext())).newPage();
    try {
      const parsed = parseNotes(text, { today: '2026-11-23', language: 'auto' });
      expect(parsed.tasks.length).toBeGreaterThan(1);
      await page.goto(new URL('/sidebar', playground.url).href);
      await page.getByLabel(strings.notes).fill(text);
      const cards = page.locator('li.task');
      await page
        .getByRole('status')
        .filter({ hasText: String(parsed.tasks.length) })
        .first()
        .waitFor();
      expect(await cards.count()).toBe(parsed.tasks.length);

      const edited = cards.nth(0);
      await edited.locator('[data-field="owner"]').fill('Editada');
      await edited.locator('[data-field="due"]').fill('2026-12-01');
      await edited.locator('[data-field="due"]').dispatchEvent('change');
      await cards.nth(1).locator('[data-field="include"]').uncheck();

      await insert(page, strings.insert);
      const tab = tasksTab(playground, strings.tab);
      const taskColumn = column(tab, ['Tarea', 'Task']);
      const ownerColumn = column(tab, ['Responsable', 'Owner']);
      const dueColumn = column(tab, ['Fecha límite', 'Due date', 'Due']);
      expect(tab.rows).toHaveLength(parsed.tasks.length - 1);
      const first = tab.rows.find((row) => row[taskColumn] === parsed.tasks[0]!.text);
      expect(first?.[ownerColumn]).toBe('Editada');
      // December 1st, in the spreadsheet locale's date format.
      expect(first?.[dueColumn]).toBe(strings.due);
      expect(tab.rows.map((row) => row[taskColumn])).not.toContain(parsed.tasks[1]!.text);

      await insert(page, strings.insert);
      expect(tasksTab(playground, strings.tab).rows).toHaveLength(parsed.tasks.length - 1);
    } finally {
      await page.close();
      await playground.close();
    }
  });
});
