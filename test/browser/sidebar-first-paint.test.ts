// The sidebar's first paint: the real Notes tab is on screen before the notes parser runs, and a kept draft waits for it.
import type { Page } from 'playwright-core';
import {
  cannedState,
  defaultResponses,
  NOTE,
  openSidebar,
  sidebarHtml,
  useBrowserContext,
} from '../sidebar/browser-harness';

/** What the page showed when the browser reported its first contentful paint. */
interface AtFirstPaint {
  tabs: string[];
  notesLabel: string | null;
  notes: string | null;
  /** Whether the parser bundle had already run (it leaves its exports in a global). */
  parserRan: boolean;
}

/**
 * A head script, so its paint observer is registered before the sidebar's: its callback runs first, right after the
 * paint and before anything the sidebar defers to after it.
 */
const FIRST_PAINT_PROBE = `<script>
new PerformanceObserver((list, observer) => {
  if (!list.getEntriesByName('first-contentful-paint').length) return;
  observer.disconnect();
  window.atFirstPaint = {
    tabs: [...document.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent),
    notesLabel: document.querySelector('label[for="notes"]')?.textContent ?? null,
    notes: document.querySelector('textarea#notes')?.value ?? null,
    parserRan: 'minutaNotesParser_' in window,
  };
}).observe({ type: 'paint', buffered: true });
</script>`;

function withHeadScript(html: string, script: string): string {
  return html.replace(/<head>/i, () => `<head>${script}`);
}

/** A draft the browser kept from an earlier session (the sidebar reads it before the server answers). */
function keptDraftScript(notes: string): string {
  const draft = JSON.stringify({ meetingDate: null, title: '', notes });
  return `<script>localStorage.setItem('minuta.draft', ${JSON.stringify(draft)});</script>`;
}

async function atFirstPaint(page: Page): Promise<AtFirstPaint> {
  const handle = await page.waitForFunction(() => (window as { atFirstPaint?: AtFirstPaint }).atFirstPaint);
  return (await handle.jsonValue()) as AtFirstPaint;
}

const browserContext = useBrowserContext();

async function open(html: string): Promise<Page | null> {
  const context = browserContext();
  if (!context) return null;
  const server = { responses: defaultResponses(cannedState()) };
  return (await openSidebar(context, server, html)).page;
}

describe('sidebar: first paint', () => {
  it('paints the tabs and the labelled notes box before the parser runs', async () => {
    const page = await open(withHeadScript(sidebarHtml(), FIRST_PAINT_PROBE));
    if (!page) return;
    const painted = await atFirstPaint(page);
    expect(painted.tabs).toEqual(['Notas', 'Ajustes']);
    expect(painted.notesLabel).toBe('Notas de la reunión');
    expect(painted.notes).toBe('');
    expect(painted.parserRan).toBe(false);
    await page.getByRole('status').filter({ hasText: 'acá vas a ver los objetivos' }).waitFor();
    await page.close();
  });

  it('shows a draft kept in the browser at once and its preview when the parser is in', async () => {
    const page = await open(withHeadScript(sidebarHtml(), FIRST_PAINT_PROBE + keptDraftScript(NOTE)));
    if (!page) return;
    const painted = await atFirstPaint(page);
    expect(painted.notes).toBe(NOTE);
    expect(painted.parserRan).toBe(false);
    await page.locator('.counts', { hasText: '3 tareas' }).waitFor();
    expect(await page.locator('li.task').count()).toBe(3);
    await page.close();
  });
});
