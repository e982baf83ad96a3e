import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run), or another build named by BULWARK_CHROMIUM. */
export const chromiumPath = [process.env.BULWARK_CHROMIUM, '/usr/bin/chromium'].find(
  (p): p is string => Boolean(p && fs.existsSync(p)),
);

export const skipReason =
  'browser journeys skipped: Chromium is not installed (apt-get install chromium, or set BULWARK_CHROMIUM)';

/**
 * Headless Chromium that stays on this machine: no background networking, component updates,
 * sync or QUIC, which would otherwise try to reach the internet from a closed network.
 */
export function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(skipReason);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Laptop and tablet viewports the dashboard must work on. */
export const viewports = {
  laptop: { width: 1366, height: 768 },
  tablet: { width: 820, height: 1180 },
} as const;

/** Fails the test on a script error in the page, which a user would see as a broken screen. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
