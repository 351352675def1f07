import { startPlayground } from './server';
import { launchBrowser } from '../test/browser/browser';
(async () => {
  const pg = await startPlayground({
    reset: true,
    dataFile: null,
    now: new Date('2026-03-10T12:00:00-03:00'),
  });
  const browser = (await launchBrowser())!;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(pg.url);
  await page.getByRole('button', { name: 'Abrir minuta' }).click();
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.locator('#notes').fill('- Ana: enviar el presupuesto el viernes');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/shot1.png' });
  await browser.close();
  await pg.close();
})();
