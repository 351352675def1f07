// The Settings tab's "Check installation" link: it asks the server to open the check dialog, and says so when it cannot.
import { serverCalled, useSidebarBrowser } from '../sidebar/browser-harness';

const { open } = useSidebarBrowser();

describe('sidebar: check installation link', () => {
  it('opens the check from Settings, in the sheet language', async () => {
    const sidebar = await open({ language: 'en', locale: 'en_US' });
    if (!sidebar) return;
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Check installation' }).click();
    await serverCalled(page, 'showInstallationCheck');
    await page.close();
  });

  it('shows why the dialog could not open', async () => {
    const sidebar = await open(
      {},
      { showInstallationCheck: 'Authorization is required to perform that action.' },
    );
    if (!sidebar) return;
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'Ajustes' }).click();
    await page.getByRole('button', { name: 'Comprobar instalación' }).click();
    await page.getByRole('alert').filter({ hasText: 'Authorization is required' }).waitFor();
    await page.close();
  });
});
