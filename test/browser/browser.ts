// The browser for the browser tests: a missing Chromium skips them with a message, except under CI where it fails.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';

export async function launchBrowser(): Promise<Browser | null> {
  const browser = await launchChromium();
  if (browser) return browser;
  if (process.env.CI === 'true') throw new Error('No Chromium found: set CHROMIUM_PATH or run npm ci');
  console.warn(
    'Browser tests skipped: no Chromium. Install it with "npm ci" (bundled) or "apt-get install chromium".',
  );
  return null;
}
