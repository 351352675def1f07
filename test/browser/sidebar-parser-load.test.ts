// The notes parser comes from the server after the first paint: asked for once, and a failure leaves the notes usable.
import { NOTE, typeNotes, useSidebarBrowser, type OpenSidebar } from '../sidebar/browser-harness';

const { open } = useSidebarBrowser();

async function parserRequests(sidebar: OpenSidebar): Promise<number> {
  return (await sidebar.calls()).filter((call) => call.name === 'getParserSource').length;
}

describe('sidebar: loading the notes parser', () => {
  it('asks the server for the parser once, however much the VA types', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    const { page } = sidebar;
    await typeNotes(page, NOTE);
    await page.locator('.counts', { hasText: '3 tareas' }).waitFor();
    await typeNotes(page, `${NOTE}\n- Laura: revisar el calendario el lunes`);
    await page.locator('.counts', { hasText: '4 tareas' }).waitFor();
    expect(await parserRequests(sidebar)).toBe(1);
    await page.close();
  });

  it('says why the preview is missing, keeps the notes, and tries again on the next keystroke', async () => {
    const sidebar = await open({}, undefined, { getParserSource: 'Tiempo de ejecución agotado' });
    if (!sidebar) return;
    const { page } = sidebar;
    const alert = page.getByRole('alert').filter({ hasText: 'Tiempo de ejecución agotado' });
    await alert.waitFor();
    await typeNotes(page, NOTE);
    await page.locator('.counts', { hasText: '3 tareas' }).waitFor();
    expect(await page.getByLabel('Notas de la reunión').inputValue()).toBe(NOTE);
    expect(await alert.count()).toBe(0);
    expect(await parserRequests(sidebar)).toBe(2);
    await page.close();
  });

  it('asks again at each pause in typing while it fails, and invents no preview meanwhile', async () => {
    const sidebar = await open({}, { getParserSource: 'Servicio no disponible' });
    if (!sidebar) return;
    const { page } = sidebar;
    await page.getByRole('alert').filter({ hasText: 'Servicio no disponible' }).waitFor();
    await typeNotes(page, NOTE);
    await page.waitForFunction(
      () =>
        (window as unknown as { serverCalls: Array<{ name: string }> }).serverCalls.filter(
          (call) => call.name === 'getParserSource',
        ).length === 2,
    );
    expect(await page.getByLabel('Notas de la reunión').inputValue()).toBe(NOTE);
    expect(await page.locator('li.task').count()).toBe(0);
    expect(await page.getByRole('alert').filter({ hasText: 'Servicio no disponible' }).count()).toBe(1);
    await page.close();
  });
});
