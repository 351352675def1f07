// Screenshots of the sidebar with a real note, Spanish and English, for the README (docs/sidebar-*.png).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PLAYBOOKS } from '../../src/core/playbooks';
import { typeNotes, useSidebarBrowser } from '../sidebar/browser-harness';

const { open } = useSidebarBrowser();

describe('sidebar: screenshots for the README', () => {
  const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'va');
  const docs = join(__dirname, '..', '..', 'docs');

  it.each([
    ['es', 'es-newsletter.txt'],
    ['en', 'en-yoga-studio.txt'],
  ] as const)('captures the %s sidebar with a real note', async (language, file) => {
    const sidebar = await open({ language, people: [], playbooks: DEFAULT_PLAYBOOKS[language] });
    if (!sidebar) return;
    const { page } = sidebar;
    await typeNotes(page, readFileSync(join(corpus, file), 'utf8'));
    await page.locator('li.task').first().waitFor();
    // The coach of the last objective open, as a VA would have it while talking to the client.
    await page.locator('li.objective summary').last().click();
    await page.screenshot({ path: join(docs, `sidebar-${language}.png`), fullPage: true });
    await page.close();
  });
});
