// Finds a Chromium for playwright-core: CHROMIUM_PATH, Debian's /usr/bin/chromium, else the one @sparticuz/chromium ships.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep a headless Chromium quiet on a machine with no network but loopback. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function findChromium(): Promise<{ executablePath: string; args: string[] } | null> {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment && existsSync(fromEnvironment))
    return { executablePath: fromEnvironment, args: QUIET_FLAGS };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: QUIET_FLAGS };
  try {
    const packaged = (await import('@sparticuz/chromium')).default;
    // Its --single-process (meant for serverless hosts) stops a browser from opening a second context.
    const args = packaged.args.filter((flag) => flag !== '--single-process');
    return { executablePath: await packaged.executablePath(), args: [...args, ...QUIET_FLAGS] };
  } catch {
    return null;
  }
}

/**
 * A headless Chromium, or null when none can be found outside CI (the browser tests then skip with a message).
 * Under CI=true a missing browser is an error: the run must not pass without its browser tests.
 */
export async function launchBrowser(): Promise<Browser | null> {
  const found = await findChromium();
  if (!found) {
    if (process.env.CI === 'true') throw new Error('No Chromium found: set CHROMIUM_PATH or run npm ci');
    console.warn(
      'Browser tests skipped: no Chromium. Install it with "npm ci" (bundled) or "apt-get install chromium".',
    );
    return null;
  }
  return chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
}
