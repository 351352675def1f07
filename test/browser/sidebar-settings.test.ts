// The Settings tab and the languages in Chromium: people, follow-up schedule, email preview, es/en switch.
import { lastCall, NOTE, typeNotes, useSidebarBrowser } from '../sidebar/browser-harness';

const { open } = useSidebarBrowser();

describe('sidebar: languages', () => {
  it('speaks English when the spreadsheet does, and switches to Spanish from Settings', async () => {
    const sidebar = await open({ language: 'en', locale: 'en_US' });
    if (!sidebar) return;
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'Notes' }).waitFor();
    await typeNotes(page, NOTE);
    await page.locator('.counts', { hasText: '3 tasks' }).waitFor();
    await expect(page.locator('.counts').textContent()).resolves.toBe(
      '1 objective, 3 tasks, 1 without owner',
    );
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Language').focus();
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('tab', { name: 'Ajustes' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Notas' }).count()).toBe(1);
    await expect(
      page.getByLabel('Idioma').evaluate((select) => select === document.activeElement),
    ).resolves.toBe(true);
    expect((await lastCall(sidebar, 'setLanguage'))?.args).toEqual(['es']);
    await page.close();
  });
});

describe('sidebar: settings', () => {
  it('saves the people and the follow-up schedule the VA chose', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'Ajustes' }).click();
    await page.getByLabel('Nombre del cliente').fill('Laura Gómez');
    await page.getByLabel('Email del cliente').fill('laura.gomez@example.com');
    await page.getByRole('button', { name: 'Guardar personas' }).click();
    await page.getByRole('status').filter({ hasText: 'Personas guardadas' }).waitFor();
    expect((await lastCall(sidebar, 'savePeople'))?.args[0]).toEqual([
      { name: 'Sofi', aliases: ['Sofía'], email: 'sofi@example.com', role: 'assistant' },
      { name: 'Laura Gómez', aliases: [], email: 'laura.gomez@example.com', role: 'client' },
    ]);
    await page.getByLabel('Día').selectOption('FRIDAY');
    await page.getByLabel('Hora').selectOption('17');
    await page.getByLabel('A cada responsable').check();
    await page.getByRole('button', { name: 'Guardar seguimiento' }).click();
    await page.getByRole('status').filter({ hasText: 'Seguimiento guardado' }).waitFor();
    expect((await lastCall(sidebar, 'saveFollowUpSettings'))?.args[0]).toMatchObject({
      enabled: true,
      weekday: 'FRIDAY',
      hour: 17,
      sendToOwners: true,
    });
    await expect(page.locator('.health').textContent()).resolves.toContain('sofi@example.com');
    await page.close();
  });

  it('previews the email as text and sends it on demand', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'Ajustes' }).click();
    await page.getByRole('button', { name: 'Ver email' }).click();
    await page.locator('.email').waitFor();
    await expect(page.locator('.email').textContent()).resolves.toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    await page.getByRole('button', { name: 'Enviar ahora' }).click();
    await page.getByRole('status').filter({ hasText: '1 email enviado' }).waitFor();
    await page.close();
  });
});
