// The sidebar for keyboard users and low vision: every control reached by Tab with a visible outline, AA contrast.
import type { Page } from 'playwright-core';
import { NOTE, typeNotes, useSidebarBrowser } from '../sidebar/browser-harness';

const { open } = useSidebarBrowser();

describe('sidebar: keyboard', () => {
  /**
   * Tabs through the page until every control was reached (a date input takes one Tab per field),
   * recording for each control whether its focus outline shows.
   */
  async function tabThrough(page: Page, controls: number): Promise<Map<string, boolean>> {
    const reached = new Map<string, boolean>();
    for (let press = 0; press < controls * 4 && reached.size < controls; press += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return {
          id: element.dataset.stop,
          outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (stop.id !== undefined) reached.set(stop.id, stop.outlined);
    }
    return reached;
  }

  it('reaches every control with Tab, each with a visible focus outline', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    const { page } = sidebar;
    await typeNotes(page, NOTE);
    await page.locator('li.task').nth(2).waitFor();
    const controls = await page.evaluate(() => {
      const selector = 'input, select, textarea, button, summary, [tabindex]';
      // A folded section's controls are hidden until its summary opens it.
      const folded = (element: HTMLElement) =>
        element.tagName !== 'SUMMARY' && element.closest('details:not([open])') !== null;
      const focusable = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (element) => element.tabIndex >= 0 && element.offsetParent !== null && !folded(element),
      );
      focusable.forEach((element, index) => (element.dataset.stop = String(index)));
      return focusable.length;
    });
    await page.locator('body').focus();
    const reached = await tabThrough(page, controls);
    expect(reached.size).toBe(controls);
    expect([...reached].filter(([, outlined]) => !outlined)).toEqual([]);
    await page.close();
  });

  it('moves between tabs with the arrow keys', async () => {
    const sidebar = await open();
    if (!sidebar) return;
    const { page } = sidebar;
    await page.getByRole('tab', { name: 'Notas' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Ajustes' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    await expect(page.getByLabel('Idioma').isVisible()).resolves.toBe(true);
    await page.close();
  });
});

describe('sidebar: contrast', () => {
  /** Runs in the page: every element with its own text, and the contrast of its colour on the background behind it. */
  function textContrasts(): Array<{ text: string; ratio: number }> {
    const channels = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (color: string): number => {
      const [red = 0, green = 0, blue = 0] = channels(color).map((value) => {
        const unit = value / 255;
        return unit <= 0.03928 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
    };
    const background = (element: Element | null): string => {
      for (let current = element; current; current = current.parentElement) {
        const color = getComputedStyle(current).backgroundColor;
        if (channels(color)[3] !== 0) return color;
      }
      return 'rgb(255, 255, 255)';
    };
    const withText = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (element) =>
        element.offsetParent !== null &&
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
    return withText.map((element) => {
      const [lighter, darker] = [
        luminance(getComputedStyle(element).color),
        luminance(background(element)),
      ].sort((first, second) => second - first);
      return { text: element.textContent ?? '', ratio: ((lighter ?? 1) + 0.05) / ((darker ?? 0) + 0.05) };
    });
  }

  it('keeps every text at WCAG AA contrast (4.5:1) in both tabs', async () => {
    const sidebar = await open({ people: [] });
    if (!sidebar) return;
    const { page } = sidebar;
    await typeNotes(page, NOTE);
    await page.locator('li.task').first().waitFor();
    const notes = await page.evaluate(textContrasts);
    await page.getByRole('tab', { name: 'Ajustes' }).click();
    await page.locator('.health').waitFor();
    const settings = await page.evaluate(textContrasts);
    expect(notes.length).toBeGreaterThan(20);
    expect([...notes, ...settings].filter((entry) => entry.ratio < 4.5)).toEqual([]);
    await page.close();
  });
});
