// The "Check installation" dialog in Chromium: payloads stay text, "Copy report" copies, "Check again" asks for the email.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkDialogHtml, reportText, RERUN_FUNCTION, type CheckReport } from '../../src/core/check';
import { importNotes, newEmulator, runCheck } from '../server/check/harness';
import { PAYLOAD, reportWithPayload } from '../core/check/fixtures';
import { launchBrowser } from './browser';

const ORIGIN = 'https://dialog.test';

let browser: Browser | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The dialog served from an https origin (the clipboard needs a secure context), with a recording google.script.run. */
async function openDialog(report: CheckReport, options: { clipboard: boolean }): Promise<Page | null> {
  if (!browser) return null;
  const context = await browser.newContext({ viewport: { width: 640, height: 560 } });
  if (options.clipboard)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  const page = await context.newPage();
  await page.addInitScript(
    ({ name, clipboard }) => {
      const calls: unknown[][] = [];
      const runner: Record<string, unknown> = {
        withFailureHandler: () => runner,
        withSuccessHandler: () => runner,
        [name]: (...args: unknown[]) => calls.push(args),
      };
      Object.assign(window, { google: { script: { run: runner } }, serverCalls: calls });
      if (!clipboard) Object.defineProperty(navigator, 'clipboard', { value: undefined });
    },
    { name: RERUN_FUNCTION, clipboard: options.clipboard },
  );
  await page.route(`${ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: checkDialogHtml(report) }),
  );
  await page.goto(`${ORIGIN}/dialog`);
  return page;
}

describe('check installation dialog', () => {
  it('shows an injection payload as text, injecting no element and running no script', async () => {
    const page = await openDialog(reportWithPayload('en'), { clipboard: true });
    if (!page) return;
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(await page.locator('[data-check="text"] .seen').textContent()).toContain(PAYLOAD);
  });

  it('"Copy report" puts the plain-text report on the clipboard, or in the textarea to copy by hand', async () => {
    const report = reportWithPayload('en');
    const page = await openDialog(report, { clipboard: true });
    if (!page) return;
    await page.getByRole('button', { name: 'Copy report' }).click();
    await page.getByRole('status').filter({ hasText: /./ }).waitFor();
    const fallbackShown = await page.locator('#report-text').isVisible();
    const copied = fallbackShown
      ? await page.locator('#report-text').inputValue()
      : await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(reportText(report));
  });

  it('shows the report in a textarea when the page has no clipboard', async () => {
    const report = reportWithPayload('es');
    const page = await openDialog(report, { clipboard: false });
    if (!page) return;
    await page.getByRole('button', { name: 'Copiar informe' }).click();
    expect(await page.locator('#report-text').isVisible()).toBe(true);
    expect(await page.locator('#report-text').inputValue()).toBe(reportText(report));
  });

  it('"Check again" asks the server for a test email only when the box is ticked', async () => {
    const page = await openDialog(reportWithPayload('en'), { clipboard: true });
    if (!page) return;
    await page.getByLabel('Send me a test email').check();
    await page.getByRole('button', { name: 'Check again' }).click();
    expect(
      await page.evaluate(() => (window as unknown as { serverCalls: unknown[][] }).serverCalls),
    ).toEqual([[true]]);
    expect(await page.getByRole('button', { name: 'Check again' }).isDisabled()).toBe(true);
  });

  it('captures the dialog of a real check for the README', async () => {
    const emulator = newEmulator();
    importNotes(emulator, 'Tareas\n- Sofi: diseñar la plantilla para el viernes');
    const page = await openDialog(runCheck(emulator, 'es'), { clipboard: true });
    if (!page) return;
    await page.screenshot({
      path: join(__dirname, '..', '..', 'docs', 'check-installation.png'),
      fullPage: true,
    });
  });
});
