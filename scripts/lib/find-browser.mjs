import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu, Fedora, macOS and Chrome's own packages put a Chromium-family browser. */
const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'];

/** Thrown when no browser is installed; its message is the one line a person needs. */
export class BrowserNotFoundError extends Error {}

/**
 * Finds Chromium: `CHROME_PATH` first, then the usual install locations. Puppeteer's own
 * download cannot work on our machines (docs/design.md, "Toolchain facts"), so we never
 * fall back to it.
 */
export function findChromium(env = process.env) {
  const path = [env.CHROME_PATH, ...CHROME_CANDIDATES].find((p) => p && existsSync(p));
  if (!path) {
    throw new BrowserNotFoundError(
      'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH.',
    );
  }
  return path;
}

/** Finds Firefox (ESR ≥ 140 for the Highlight API): `FIREFOX_PATH`, then the usual locations. */
export function findFirefox(env = process.env) {
  const path = [env.FIREFOX_PATH, ...FIREFOX_CANDIDATES].find((p) => p && existsSync(p));
  if (!path) {
    throw new BrowserNotFoundError(
      'No Firefox found: install one (Debian: sudo apt-get install firefox-esr) or set FIREFOX_PATH.',
    );
  }
  return path;
}

/**
 * Chromium flags for a closed network: without the background-networking switches Chromium
 * keeps dialling Google hosts that this machine refuses (docs/design.md, "Toolchain facts").
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];
