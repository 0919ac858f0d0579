import puppeteer from 'puppeteer';
import { CHROMIUM_ARGS, findChromium, findFirefox } from './find-browser.mjs';

/**
 * The one way this project starts a browser: the e2e suites (tests/e2e/harness.ts), the
 * hostile-page suites (behind a counting proxy) and the bench all come through here, so a flag
 * the closed network needs is added once.
 */

/**
 * Firefox preferences for a closed network: no update, telemetry or remote-settings traffic.
 * @type {Record<string, unknown>}
 */
const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
};

/**
 * @typedef {object} Launched
 * @property {import('puppeteer').Browser} browser
 * @property {string | null} extensionId the installed extension's id (null without one)
 */

/**
 * Headless Chromium over a pipe with extensions enabled (also when none is installed, so every
 * run starts the same way), with `extension` (an unpacked build folder) installed.
 * @param {{ extension?: string | null, args?: string[] }} [options] `args` are added to the
 *   closed-network flags
 * @returns {Promise<Launched>}
 */
export async function launchChromium({ extension = null, args = [] } = {}) {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: [...CHROMIUM_ARGS, ...args],
  });
  const extensionId = extension ? await browser.installExtension(extension) : null;
  return { browser, extensionId };
}

/**
 * Headless Firefox over WebDriver BiDi with `extension` installed as a temporary add-on. `env`
 * replaces the browser's environment (e.g. a HOME whose ~/.mozilla holds a managed-storage
 * policy, tests/e2e/managed.test.ts).
 * @param {{ extension?: string | null, env?: Record<string, string | undefined> }} [options]
 * @returns {Promise<Launched>}
 */
export async function launchFirefox({ extension = null, env = undefined } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: FIREFOX_PREFS,
    ...(env && { env }),
  });
  const extensionId = extension ? await browser.installExtension(extension) : null;
  return { browser, extensionId };
}
