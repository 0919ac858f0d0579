#!/usr/bin/env node
/**
 * `npm run demo`: builds the extension, serves the bundled journal-club page from 127.0.0.1 and
 * opens Chromium with JAK Lens loaded. With a display: a normal window, until you close it.
 * Without one (or with --headless): opens the sidebar at the first highlighted drug, saves a
 * screenshot and prints its path.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer';
import { BrowserNotFoundError, CHROMIUM_ARGS, findChromium } from './lib/find-browser.mjs';
import { serveFolder } from './lib/static-server.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const dark = process.argv.includes('--dark');
const shot = resolve(
  process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? '.output/demo.png',
);

let executablePath;
try {
  executablePath = findChromium();
} catch (error) {
  if (error instanceof BrowserNotFoundError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
const server = await serveFolder(resolve('scripts/demo'));
const url = `${server.url}/journal-club.html`;

const browser = await puppeteer.launch({
  executablePath,
  headless,
  pipe: true,
  enableExtensions: true,
  defaultViewport: headless ? { width: 1280, height: 860 } : null,
  args: CHROMIUM_ARGS,
});
await browser.installExtension(resolve('.output/chrome-mv3'));
const page = await browser.newPage();
if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
await page.goto(url);
console.log(`Demo page: ${url}`);

if (!headless) {
  console.log('Chromium is open with JAK Lens loaded; close the window to finish.');
  browser.on('disconnected', () => server.close().then(() => process.exit(0)));
} else {
  // Highlights live in CSS.highlights, a registry the page can read: click the first mention.
  const point = await page.waitForFunction(
    () => {
      for (const [, highlight] of CSS.highlights) {
        for (const r of highlight) {
          // Our highlights hold StaticRanges: make a Range to measure.
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const rect = range.getBoundingClientRect();
          if (rect.width > 0) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
        }
      }
      return null;
    },
    { timeout: 15_000, polling: 100 },
  );
  const { x, y } = await point.jsonValue();
  await page.mouse.click(x, y);
  await new Promise((r) => setTimeout(r, 700));
  mkdirSync(resolve(shot, '..'), { recursive: true });
  await page.screenshot({ path: shot });
  console.log(`Screenshot with the sidebar open: ${shot}`);
  await browser.close();
  await server.close();
}
