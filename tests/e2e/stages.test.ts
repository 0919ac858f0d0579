import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer';
import { launchDriver, type ExtensionDriver } from './driver';
import {
  BROWSERS,
  FIXTURES,
  mentionPoint,
  serveFolder,
  shownDrugTitle,
  sidebarRoot,
  waitForPage,
  waitForSidebar,
  waitForValue,
} from './harness';

/**
 * The two stages (docs/design.md, "Two stages"), in both browsers: an ordinary page gets only the
 * gate; the sidebar's code is evaluated only once it is wanted; frames are scanned in their own
 * frame and merged into the top frame's one sidebar and the badge.
 */
describe.each(BROWSERS)('two-stage content script in %s', (name) => {
  let ext: ExtensionDriver;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let cross: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    server = await serveFolder(FIXTURES);
    cross = await serveFolder(FIXTURES);
    ext = await launchDriver(name);
    // Firefox reaches the extension's context through a sidebar it opens: on a page of its own,
    // so the pages under test keep their sidebar code unloaded.
    const door = await ext.browser.newPage();
    await door.goto(`${server.url}/surfaces.html`);
    await waitForPage(door, 'highlights', () => CSS.highlights.size > 0);
    await ext.connect(door);
  });

  afterAll(async () => {
    await ext?.browser.close();
    await server?.close();
    await cross?.close();
  });

  /** The content script's answer to the popup's question, for `page`'s tab. */
  async function status(page: Page): Promise<{ drugs: { drugId: string }[]; uiLoaded: boolean }> {
    const tabId = await ext.tabIdOf(page);
    return ext.evaluate(
      (api, tab) => api.tabs.sendMessage(tab, { type: 'get-report' }, { frameId: 0 }),
      tabId,
    );
  }

  /**
   * Chromium only: evaluates `expression` in our content scripts' isolated world of the top
   * frame (CDP lists it as an execution context named after the extension).
   */
  async function inIsolatedWorld(page: Page, expression: string): Promise<unknown> {
    const session = await page.createCDPSession();
    const contexts: { id: number; name: string; auxData?: { frameId?: string } }[] = [];
    session.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
    await session.send('Runtime.enable');
    const { frameTree } = await session.send('Page.getFrameTree');
    const world = contexts.find(
      (c) => c.name === 'JAK Lens' && c.auxData?.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error('No JAK Lens isolated world in the top frame');
    const { result } = await session.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      returnByValue: true,
    });
    await session.detach();
    return result.value;
  }

  test('an ordinary page gets only the gate: no detector, no host, no sidebar code', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.url}/no-drugs.html`);
    await page.bringToFront();
    const answer = await waitForValue(
      'the gate answers',
      () => status(page).catch(() => null),
      (s) => s !== null,
    );
    expect(answer).toMatchObject({ drugs: [], uiLoaded: false });
    const hosts = await page.evaluate(
      () =>
        [...document.documentElement.children].filter((el) => el.localName.includes('-')).length,
    );
    expect(hosts).toBe(0);
    if (name === 'chromium') {
      const world = await inIsolatedWorld(
        page,
        `({ gate: '__jakLensFrame' in globalThis, detector: '__jakLensDetector' in globalThis })`,
      );
      expect(world).toEqual({ gate: true, detector: false });
    }
    await page.close();
  });

  test('the sidebar code is evaluated only once wanted: the first hover on a mention loads it', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.url}/surfaces.html`);
    await page.bringToFront();
    await waitForPage(page, 'highlights', () => CSS.highlights.size > 0);
    await (await sidebarRoot(page)).waitForSelector('[data-testid=launcher]', { visible: true });
    expect((await status(page)).uiLoaded).toBe(false);
    // In the isolated world: the detector's link is there, and its shadow root holds only the
    // launcher (stage 2 adds the sidebar's root beside it).
    const roots = `globalThis.__jakLensDetector.shadow.querySelectorAll('.jl').length`;
    if (name === 'chromium') expect(await inIsolatedWorld(page, roots)).toBe(1);

    const point = (await mentionPoint(page, 'dupilumab'))!;
    await page.mouse.move(point.x, point.y);
    await waitForValue(
      'the sidebar code loaded',
      () => status(page),
      (s) => s.uiLoaded,
    );
    await (await sidebarRoot(page)).waitForSelector('[data-testid=hover-card]', { visible: true });
    if (name === 'chromium') expect(await inIsolatedWorld(page, roots)).toBe(2);
    await page.close();
  });

  /** A viewport point of `frame`'s mention `text`, in the top page's coordinates. */
  async function pointInFrame(frame: Frame, text: string): Promise<{ x: number; y: number }> {
    const inner = await waitForValue(
      `${text} highlighted in the frame`,
      () => mentionPoint(frame as unknown as Page, text),
      (p) => p !== null,
    );
    const box = (await (await frame.frameElement())!.boundingBox())!;
    return { x: box.x + inner!.x, y: box.y + inner!.y };
  }

  test('frames: each scanned in its own frame, merged into the one sidebar and the badge; a click in a frame opens the top sidebar there', async () => {
    const page = await ext.browser.newPage();
    await page.goto(`${server.url}/frames.html?cross=${cross.port}`);
    await page.bringToFront();
    const merged = ['upadacitinib', 'abrocitinib', 'dupilumab', 'tralokinumab'];
    const answer = await waitForValue(
      'every frame reported',
      () => status(page),
      (s) => s.drugs.length === merged.length,
    );
    expect(answer.drugs.map((d) => d.drugId)).toEqual(merged);
    const tabId = await ext.tabIdOf(page);
    expect(await ext.evaluate((api, tab) => api.action.getBadgeText({ tabId: tab }), tabId)).toBe(
      '4',
    );
    // Only the top document has our host.
    for (const frame of page.mainFrame().childFrames()) {
      const hosts = await frame.evaluate(
        () => [...document.querySelectorAll('*')].filter((el) => el.localName.includes('-')).length,
      );
      expect(hosts).toBe(0);
    }

    const frames = page.mainFrame().childFrames();
    const same = frames.find((f) => f.url().includes(server.url))!;
    const other = frames.find((f) => f.url().includes(`:${cross.port}/`))!;
    const point = await pointInFrame(same, 'abrocitinib');
    await page.mouse.click(point.x, point.y);
    await waitForSidebar(page, true);
    expect(await shownDrugTitle(page)).toBe('Abrocitinib');

    // Abrocitinib is named once in each of two frames: next/previous walks them, and the frame
    // that has the mention flashes it (its own highlight, in its own document).
    const flashing = (frame: Frame) =>
      frame.evaluate(() =>
        [...CSS.highlights.entries()].some(([n, h]) => n.endsWith('-flash') && h.size > 0),
      );
    const next = (await (await sidebarRoot(page)).$('button[aria-label="Next mention"]'))!;
    const flashed: Frame[] = [];
    for (let step = 0; step < 2; step++) {
      await next.click();
      const frame = await waitForValue(
        'a frame flashes the mention',
        async () => ((await flashing(same)) ? same : (await flashing(other)) ? other : null),
        (f) => f !== null && !flashed.includes(f),
      );
      flashed.push(frame!);
      await waitForValue(
        'the flash ends',
        () => flashing(frame!),
        (on) => !on,
      );
    }
    expect(new Set(flashed)).toEqual(new Set([same, other]));
    // The one sidebar lists every frame's drugs, the srcdoc frame's tralokinumab included.
    const root = await sidebarRoot(page);
    await (await root.$('button.back'))!.click();
    await root.waitForSelector('[data-testid=page-drug]', { visible: true });
    const listed = await root.$$eval('[data-testid=page-drug]', (rows) =>
      rows.map((r) => r.getAttribute('data-drug-id')),
    );
    expect(listed).toEqual(merged);
    await page.close();
  });
});
