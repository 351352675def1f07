// Finds a headless Chromium for playwright-core: CHROMIUM_PATH, Debian's /usr/bin/chromium, else @sparticuz/chromium's.
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

interface ChromiumLaunch {
  executablePath: string;
  args: string[];
}

/** The Chromium shipped inside the npm package, so a fresh `npm ci` needs no apt step. */
async function packagedChromium(): Promise<ChromiumLaunch | null> {
  try {
    const packaged = (await import('@sparticuz/chromium')).default;
    // Its --single-process (meant for serverless hosts) stops a browser from opening a second context.
    const args = packaged.args.filter((flag) => flag !== '--single-process');
    return { executablePath: await packaged.executablePath(), args: [...args, ...QUIET_FLAGS] };
  } catch {
    return null;
  }
}

async function findChromium(): Promise<ChromiumLaunch | null> {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment && existsSync(fromEnvironment))
    return { executablePath: fromEnvironment, args: QUIET_FLAGS };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: QUIET_FLAGS };
  return packagedChromium();
}

/** A headless Chromium, or null when none can be found. */
export async function launchChromium(): Promise<Browser | null> {
  const found = await findChromium();
  if (!found) return null;
  return chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
}
