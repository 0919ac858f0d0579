import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer';
import { BROWSERS, launch, serveFolder, waitForPage } from './harness';

/**
 * The page baselines (tests/fixtures/pages) in real Chromium and Firefox with the built
 * extension: what the content script highlights must be exactly what the scan CLI's reviewed
 * baseline says, in document order. Then the live behaviours happy-dom cannot show: mutations,
 * shadow DOM and single-page navigation, all through the registry the page shares with us.
 */
const PAGES = resolve('tests/fixtures/pages');
const pages = readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort();

const expectedTexts = (page: string): string[] =>
  (
    JSON.parse(readFileSync(join(PAGES, page.replace(/\.html$/, '.expected.json')), 'utf8')) as {
      mentions: { text: string }[];
    }
  ).mentions.map((m) => m.text);

/** Texts of our main highlight (a `jaklens-*` name not ending in -flash), in range order. */
/** Our painted mentions in document order: the main highlight and the misspellings' dotted one. */
function ourHighlightTexts(): string[] {
  const ranges: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('jaklens-') || name.endsWith('-flash')) continue;
    for (const range of highlight) {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      ranges.push(r);
    }
  }
  // Ranges in different trees (a shadow root) cannot be compared: they keep the order painted.
  ranges.sort((a, b) => {
    try {
      return a.compareBoundaryPoints(Range.START_TO_START, b);
    } catch {
      return 0;
    }
  });
  return ranges.map((r) => r.toString());
}

function ourHighlightSize(): number {
  let n = 0;
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith('jaklens-')) n += highlight.size;
  return n;
}

describe.each(BROWSERS)('detection in %s', (name) => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(PAGES);
    browser = await launch(name);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Loads a baseline page and waits for at least `minimum` of our highlights (0: settle time). */
  async function open(name: string, minimum: number): Promise<void> {
    await page.goto(`${server.url}/${name}`);
    if (minimum === 0) {
      await new Promise((r) => setTimeout(r, 1500));
      return;
    }
    await page.waitForFunction(
      (n: number) => {
        let size = 0;
        for (const [key, h] of CSS.highlights) if (key.startsWith('jaklens-')) size += h.size;
        return size >= n;
      },
      { timeout: 10_000, polling: 50 },
      minimum,
    );
  }

  describe.each(pages)('baseline %s', (name) => {
    test('highlights exactly the reviewed mentions, in document order', async () => {
      const expected = expectedTexts(name);
      await open(name, expected.length);
      expect(await page.evaluate(ourHighlightTexts)).toEqual(expected);
    });
  });

  describe('live pages', () => {
    test('highlights a paragraph added after load', async () => {
      await open('none.html', 0);
      expect(await page.evaluate(ourHighlightSize)).toBe(0);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Later the clinic added Olumiant.';
        document.body.append(p);
      });
      await waitForPage(page, 'the added mention', () => {
        for (const [key, h] of CSS.highlights)
          if (key.startsWith('jaklens-') && h.size > 0) return true;
        return false;
      });
      expect(await page.evaluate(ourHighlightTexts)).toEqual(['Olumiant']);
    });

    test('highlights text in an open shadow root and drops removed mentions', async () => {
      await open('near-misses.html', 1);
      await page.evaluate(() => {
        const host = document.createElement('div');
        host.id = 'widget';
        host.attachShadow({ mode: 'open' }).textContent = 'Widget: Dupixent';
        document.body.append(host);
      });
      await waitForPage(page, 'the shadow mention', () => {
        for (const [key, h] of CSS.highlights)
          if (key.startsWith('jaklens-') && h.size === 2) return true;
        return false;
      });
      expect(await page.evaluate(ourHighlightTexts)).toEqual(['tralokinumab', 'Dupixent']);
      await page.evaluate(() => document.getElementById('widget')!.remove());
      await waitForPage(page, 'the removal', () => {
        for (const [key, h] of CSS.highlights)
          if (key.startsWith('jaklens-') && h.size === 1) return true;
        return false;
      });
    });

    test('rescans after a pushState navigation that replaces the content', async () => {
      await open('split-elements.html', 10);
      await page.evaluate(() => {
        history.pushState({}, '', '/next-article');
        // Like a router: the page's content goes, our sidebar host (a custom element) stays.
        for (const el of [...document.body.children]) if (!el.tagName.includes('-')) el.remove();
        const main = document.createElement('main');
        main.textContent = 'New article on Cibinqo.';
        document.body.append(main);
      });
      await waitForPage(page, 'the new page', () => {
        for (const [key, h] of CSS.highlights)
          if (key.startsWith('jaklens-') && h.size === 1) return true;
        return false;
      });
      expect(await page.evaluate(ourHighlightTexts)).toEqual(['Cibinqo']);
    });
  });
});
