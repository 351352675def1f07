// Finds and starts a headless Chromium for the sidebar section: CHROMIUM_PATH, /usr/bin/chromium, else @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Keep the browser off the network and quiet: the sidebar is served from memory. */
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

async function packagedChromium(): Promise<ChromiumLaunch | null> {
  try {
    const packaged = (await import('@sparticuz/chromium')).default;
    // Its --single-process is for serverless hosts and would skew page timings.
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

/** A headless Chromium, or null when none is found (the section then says so and the rest of the bench runs). */
export async function launchChromium(): Promise<Browser | null> {
  const found = await findChromium();
  if (!found) return null;
  return chromium.launch({ executablePath: found.executablePath, args: found.args, headless: true });
}
