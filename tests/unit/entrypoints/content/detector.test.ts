/**
 * Stage 1 and stage 2 driven for real on happy-dom with WXT's fake browser: the gate
 * (entrypoints/content/gate.ts) asks a background that is the real handlers.ts and
 * detector-config.ts over fake storage; `load-detector` and `load-ui` run the detector and UI
 * entrypoints' own `main`, which is what `scripting.executeScript` of detector.js and ui.js does.
 * happy-dom has no layout: the click guard (which checks where a click lands) is left out, and
 * the browser's caret-from-point is stubbed to point into a mention's text. Pointer events and
 * the shortcut are marked trusted, as the browser's are.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseDetectorStatus, type ToBackground } from '@/core/messages';
import type { ToContent } from '@/core/detector-protocol';
import type { PageReport } from '@/core/report';
import { SIDEBAR_WIDTH } from '@/core/settings';
import { strings } from '@/core/strings';
import { handleMessage, ANSWERED, type BackgroundDeps } from '@/entrypoints/background/handlers';
import { startGate } from '@/entrypoints/content/gate';
import detectorScript from '@/entrypoints/detector';
import uiScript from '@/entrypoints/ui';
import { applyLanguage } from '@/platform/language';
import { loadSettings, saveSettings } from '@/platform/settings-store';
import { HOST_TAG } from '@/sidebar/host-element';
import { findDetectorLink } from '@/sidebar/stage-link';
import { installHighlightApi, setBody, type FakeHighlight } from '../../support/page';
import { captureShadowRoots } from '../../support/shadow-roots';

vi.mock('@/sidebar/guards/click-guard', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/sidebar/guards/click-guard')>()),
  guardActions: () => () => {},
}));

const TAB = 5;
let ctx: ContentScriptContext;
let registry: Map<string, FakeHighlight>;
let roots: ShadowRoot[];
/** What reached the background from this document, in order. */
let toBackground: ToBackground[];
/** What the background sent to frames other than this document, with the frame id. */
let toOtherFrames: [number, ToContent][];
let session: Map<number, unknown>;
let uiRuns: number;
let refuseUi: boolean;
/** The frame id the browser gives this document's messages. */
let ownFrame: number;

const hosts = () =>
  [...document.documentElement.children].filter((el) => HOST_TAG.test(el.localName));
const shadow = () => roots.at(-1)!;
const inShadow = (id: string) => shadow()?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const sidebar = () => inShadow('sidebar');
const launcherText = () => inShadow('launcher')?.textContent;
const launcherShown = () => !!inShadow('launcher') && !inShadow('launcher')!.closest('[hidden]');
const painted = () => [...registry.values()].reduce((n, h) => n + h.size, 0);
const reports = () =>
  toBackground.filter((m): m is Extract<ToBackground, { type: 'report' }> => m.type === 'report');

/** From this extension (the background, the popup) to this document, as the browser delivers it. */
async function toContent(message: unknown, sender: unknown = { id: fakeBrowser.runtime.id }) {
  const respond = vi.fn();
  await fakeBrowser.runtime.onMessage.trigger(message, sender as { id?: string }, respond);
  return respond;
}

async function status() {
  const respond = await toContent({ type: 'get-report' });
  return parseDetectorStatus(respond.mock.calls[0]?.[0]);
}

const deps: BackgroundDeps = {
  setBadge: async () => {},
  async sendToTab(_tabId, message, frameId = 0) {
    if (frameId === ownFrame) await toContent(message);
    else toOtherFrames.push([frameId, message]);
  },
  activeTabId: async () => TAB,
  openOptionsPage: async () => {},
  createMenu: async () => {},
  removeAllMenus: async () => {},
  findMentions: () => [],
  isKnownDrug: () => true,
  loadSettings,
  useLanguage: (settings) => applyLanguage(settings.language, undefined),
  async injectDetector() {
    detectorScript.main();
    return true;
  },
  async injectUi() {
    if (refuseUi) throw new Error('Cannot access contents of the page.');
    uiRuns += 1;
    uiScript.main();
    return true;
  },
  readFrames: async (tabId) => structuredClone(session.get(tabId)),
  async writeFrames(tabId, state) {
    session.set(tabId, structuredClone(state));
  },
};

/** A report of another frame of the tab, through the real background. */
function frameReports(frameId: number, report: PageReport) {
  return handleMessage(
    { type: 'report', report, timeOrigin: performance.timeOrigin + 1 },
    { tab: { id: TAB, url: location.href }, frameId },
    deps,
  );
}

function start(isTop = true): void {
  ownFrame = isTop ? 0 : 2;
  ctx = new ContentScriptContext('content');
  startGate(ctx, document, isTop);
}

/** Until the gate has asked for, and had, its configuration (nothing to observe in between). */
async function configured(): Promise<void> {
  await vi.waitFor(() => expect(toBackground.map((m) => m.type)).toContain('get-config'));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** What the browser's caretPositionFromPoint answers from now on: `offset` into `text`. */
function pointAt(text: Node, offset: number): void {
  Object.defineProperty(document, 'caretPositionFromPoint', {
    configurable: true,
    value: () => ({ offsetNode: text, offset }),
  });
}

/** A trusted pointer event on `target` at (10, 10). */
function pointer(target: Element, type: 'click' | 'pointermove'): void {
  const init = { bubbles: true, cancelable: true, button: 0, clientX: 10, clientY: 10 };
  const event =
    type === 'click'
      ? new MouseEvent(type, init)
      : new PointerEvent(type, { ...init, pointerType: 'mouse' });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** The mention "Rinvoq" in `<p id="m">`, with the browser's hit-test pointing into it. */
function pointAtRinvoq(): Element {
  const p = document.getElementById('m')!;
  pointAt(p.firstChild!, 2);
  return p;
}

/** Alt+Shift+J as the browser delivers it (trusted). */
function pressShortcut(): void {
  const event = new KeyboardEvent('keydown', {
    key: 'J',
    code: 'KeyJ',
    altKey: true,
    shiftKey: true,
    bubbles: true,
    cancelable: true,
  });
  Object.defineProperty(event, 'isTrusted', { value: true });
  document.body.dispatchEvent(event);
}

const dupilumab = (count: number): PageReport => ({
  drugs: [{ drugId: 'dupilumab', count, forms: ['Dupixent'], context: '' }],
  totalMentions: count,
  capped: false,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubEnv('FIREFOX', '');
  registry = installHighlightApi();
  roots = captureShadowRoots();
  toBackground = [];
  toOtherFrames = [];
  session = new Map();
  uiRuns = 0;
  refuseUi = false;
  // The background: the real handlers, for messages from this document (the browser's sender).
  fakeBrowser.runtime.onMessage.addListener((raw: unknown, sender: unknown, sendResponse) => {
    if ((sender as { id?: string }).id) return undefined; // to a content script, not to us
    toBackground.push(raw as ToBackground);
    const result = handleMessage(
      raw,
      { tab: { id: TAB, url: location.href }, frameId: ownFrame },
      deps,
    );
    const type = (raw as { type?: string }).type ?? '';
    if (!result || !ANSWERED.has(type)) return undefined;
    void result.then(sendResponse);
    return true;
  });
});

afterEach(() => {
  ctx?.abort();
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  setBody('');
  document.adoptedStyleSheets = [];
});

describe('before a mention', () => {
  test('a page without drug names gets no host, no detector and no UI', async () => {
    setBody('<p>Nothing to see here.</p>');
    start();
    await configured();
    expect(toBackground.map((m) => m.type)).not.toContain('load-detector');
    expect(hosts()).toHaveLength(0);
    expect(await status()).toMatchObject({ drugs: [], uiLoaded: false, uiFailed: false });
  });

  test('text that arrives later with a drug name brings the detector in', async () => {
    setBody('<p>Nothing yet.</p>');
    start();
    await vi.waitFor(() => expect(toBackground.map((m) => m.type)).toContain('get-config'));
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Rinvoq' }));
    await vi.waitFor(() => expect(launcherText()).toBe('JAK Lens · 1 drug'));
  });
});

describe('a page that names a drug', () => {
  test('is highlighted, reported, and gets the launcher with a count, but no UI code', async () => {
    setBody('<p>Patients on Rinvoq or Dupixent improved.</p>');
    start();
    await vi.waitFor(() => expect(launcherText()).toBe('JAK Lens · 2 drugs'));
    expect(launcherShown()).toBe(true);
    expect(hosts()).toHaveLength(1);
    expect(painted()).toBe(2);
    expect(reports().at(-1)?.report).toMatchObject({ totalMentions: 2 });
    expect(uiRuns).toBe(0);
    expect(sidebar()).toBeNull();
    expect(await status()).toMatchObject({ totalMentions: 2, uiLoaded: false, uiFailed: false });
  });

  test('open-sidebar loads the UI and opens at the drug', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(launcherText()).toBeDefined());
    await toContent({ type: 'open-sidebar', drugId: 'upadacitinib' });
    await vi.waitFor(() => expect(inShadow('drug-title')?.textContent).toBe('Upadacitinib'));
    expect(sidebar()?.hidden).toBe(false);
    expect(launcherShown()).toBe(false);
    expect(await status()).toMatchObject({ uiLoaded: true, uiFailed: false });
    expect(uiRuns).toBe(1);
  });

  test('the popup’s open on a page the gate found nothing on loads both stages and opens', async () => {
    setBody('<p>Nothing here.</p>');
    start();
    await configured();
    await toContent({ type: 'open-sidebar', drugId: 'upadacitinib' });
    await vi.waitFor(() => expect(inShadow('drug-title')?.textContent).toBe('Upadacitinib'));
    expect(toBackground.map((m) => m.type)).toEqual(
      expect.arrayContaining(['load-detector', 'load-ui']),
    );
    expect(uiRuns).toBe(1);
  });

  test('open-sidebar sent before the configuration arrived is kept and replayed', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await toContent({ type: 'open-sidebar', drugId: 'dupilumab' });
    await vi.waitFor(() => expect(inShadow('drug-title')?.textContent).toBe('Dupilumab'));
    expect(uiRuns).toBe(1);
  });

  test('the launcher loads the UI and opens the sidebar; later toggles need no reload', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(launcherShown()).toBe(true));
    inShadow('launcher')!.click();
    await vi.waitFor(() => expect(sidebar()?.hidden).toBe(false));
    await toContent({ type: 'toggle-sidebar' });
    expect(sidebar()?.hidden).toBe(true);
    await toContent({ type: 'toggle-sidebar' });
    expect(sidebar()?.hidden).toBe(false);
    expect(uiRuns).toBe(1);
  });

  test('a click on a mention loads the UI and opens the sidebar at its drug', async () => {
    setBody('<p id="m">Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(launcherShown()).toBe(true));
    pointer(pointAtRinvoq(), 'click');
    await vi.waitFor(() => expect(inShadow('drug-title')?.textContent).toBe('Upadacitinib'));
    expect(uiRuns).toBe(1);
  });

  test('the pointer on a mention loads the UI and its hover card shows', async () => {
    setBody('<p id="m">Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(launcherShown()).toBe(true));
    pointer(pointAtRinvoq(), 'pointermove');
    await vi.waitFor(() => expect(uiRuns).toBe(1));
    await vi.waitFor(() => expect(inShadow('hover-card')?.textContent).toContain('Upadacitinib'));
    expect(sidebar()?.hidden ?? true).toBe(true);
  });

  test('keyboard focus on a mention loads the UI and its hover card shows', async () => {
    setBody('<p><a id="link" href="#notes">Rinvoq</a></p>');
    start();
    await vi.waitFor(() => expect(launcherShown()).toBe(true));
    document.getElementById('link')!.focus();
    await vi.waitFor(() => expect(uiRuns).toBe(1));
    await vi.waitFor(() => expect(inShadow('hover-card')?.textContent).toContain('Upadacitinib'));
  });

  test('the shortcut loads the UI and opens the sidebar', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(launcherShown()).toBe(true));
    pressShortcut();
    await vi.waitFor(() => expect(sidebar()?.hidden).toBe(false));
    expect(uiRuns).toBe(1);
  });

  test('a page that refuses the UI gets one line under the launcher, and nothing throws', async () => {
    refuseUi = true;
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(launcherShown()).toBe(true));
    await toContent({ type: 'open-sidebar', drugId: 'upadacitinib' });
    await vi.waitFor(() =>
      expect(shadow().querySelector('[role=status]')?.textContent).toBe(strings.sidebarUnavailable),
    );
    expect(sidebar()).toBeNull();
    expect(await status()).toMatchObject({ uiLoaded: false, uiFailed: true });
  });

  test('ignores messages from another sender, and malformed ones', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(launcherShown()).toBe(true));
    const other = { id: 'another-extension-id' };
    expect(await toContent({ type: 'get-report' }, other)).not.toHaveBeenCalled();
    await toContent({ type: 'open-sidebar', drugId: 'upadacitinib' }, other);
    await toContent({ type: 'toggle-sidebar', x: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(toBackground.map((m) => m.type)).not.toContain('load-ui');
    expect(sidebar()).toBeNull();
  });
});

describe('frames', () => {
  test('other frames’ reports merge into the launcher count and the sidebar’s list', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(launcherText()).toBe('JAK Lens · 1 drug'));
    await frameReports(3, dupilumab(2));
    await vi.waitFor(() => expect(launcherText()).toBe('JAK Lens · 2 drugs'));
    await toContent({ type: 'open-sidebar' });
    await vi.waitFor(() =>
      expect(shadow().querySelectorAll('[data-testid=page-drug]').length).toBe(2),
    );
    expect(await status()).toMatchObject({ totalMentions: 3 });
  });

  test('a frame’s mentions bring the detector into a top page that names no drug', async () => {
    setBody('<p>Nothing here.</p>');
    start();
    await vi.waitFor(() => expect(toBackground.map((m) => m.type)).toContain('get-config'));
    await frameReports(3, dupilumab(1));
    await vi.waitFor(() => expect(launcherText()).toBe('JAK Lens · 1 drug'));
  });

  test('next/previous reaching another frame’s mention asks that frame to scroll it', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(launcherText()).toBeDefined());
    await frameReports(3, dupilumab(2));
    await vi.waitFor(() => expect(launcherText()).toBe('JAK Lens · 2 drugs'));
    findDetectorLink()!.scrollToMention('dupilumab', 1);
    await vi.waitFor(() =>
      expect(toOtherFrames).toContainEqual([
        3,
        { type: 'scroll-to-mention', drugId: 'dupilumab', index: 1 },
      ]),
    );
    expect(toBackground).toContainEqual({
      type: 'scroll-frame',
      frameId: 3,
      drugId: 'dupilumab',
      index: 1,
    });
  });

  test('a subframe never makes a host; its shortcut toggles the top frame’s sidebar', async () => {
    setBody('<p>Rinvoq</p>');
    start(false);
    await vi.waitFor(() => expect(reports().at(-1)?.report.totalMentions).toBe(1));
    expect(painted()).toBe(1);
    expect(hosts()).toHaveLength(0);
    pressShortcut();
    await vi.waitFor(() => expect(toBackground.map((m) => m.type)).toContain('toggle-in-top'));
    expect(toOtherFrames).toContainEqual([0, { type: 'toggle-sidebar' }]);
    expect(toBackground.map((m) => m.type)).not.toContain('load-ui');
    expect(hosts()).toHaveLength(0);
  });

  test('a click on a mention in a subframe opens the top frame’s sidebar at its drug', async () => {
    setBody('<p id="m">Rinvoq</p>');
    start(false);
    await vi.waitFor(() => expect(reports().at(-1)?.report.totalMentions).toBe(1));
    pointer(pointAtRinvoq(), 'click');
    await vi.waitFor(() =>
      expect(toOtherFrames).toContainEqual([0, { type: 'open-sidebar', drugId: 'upadacitinib' }]),
    );
    expect(toBackground).toContainEqual({ type: 'open-in-top', drugId: 'upadacitinib' });
    expect(hosts()).toHaveLength(0);
  });

  test('a subframe that goes away sends an empty report', async () => {
    setBody('<p>Rinvoq</p>');
    start(false);
    await vi.waitFor(() => expect(reports().at(-1)?.report.totalMentions).toBe(1));
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(reports().at(-1)?.report).toMatchObject({ drugs: [] }));
  });
});

describe('settings and teardown', () => {
  test('switching the site off removes the host, the highlights and the report', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    await toContent({ type: 'open-sidebar' });
    await vi.waitFor(() => expect(sidebar()?.hidden).toBe(false));
    const current = await loadSettings();
    await saveSettings({ ...current, siteMode: 'only-listed', sites: ['elsewhere.example'] });
    await vi.waitFor(() => expect(hosts()).toHaveLength(0));
    expect(painted()).toBe(0);
    expect(reports().at(-1)?.report).toMatchObject({ drugs: [], totalMentions: 0 });
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  test('a site switched off stays off when another frame’s report still arrives', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    const current = await loadSettings();
    await saveSettings({ ...current, siteMode: 'only-listed', sites: ['elsewhere.example'] });
    await vi.waitFor(() => expect(hosts()).toHaveLength(0));
    await toContent({ type: 'frame-reports', frames: [{ frameId: 3, report: dupilumab(1) }] });
    expect(hosts()).toHaveLength(0);
    expect(await status()).toMatchObject({ drugs: [], uiLoaded: false });
  });

  test('auto-open loads the UI and opens the sidebar once drugs are found', async () => {
    await saveSettings({ ...(await loadSettings()), autoOpen: true });
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(sidebar()?.hidden).toBe(false));
    expect(uiRuns).toBe(1);
  });

  test('ending the page lifetime removes everything and unpublishes the link', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    await toContent({ type: 'open-sidebar' });
    await vi.waitFor(() => expect(sidebar()?.hidden).toBe(false));
    expect(findDetectorLink()).not.toBeNull();

    ctx.abort();

    expect(hosts()).toHaveLength(0);
    expect(painted()).toBe(0);
    expect(findDetectorLink()).toBeNull();
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(await toContent({ type: 'get-report' })).not.toHaveBeenCalled();
    await saveSettings({ ...(await loadSettings()), theme: 'dark' });
    expect(hosts()).toHaveLength(0);
  });

  test('the page putting our host elsewhere gets it back under <html>, sidebar and all', async () => {
    setBody('<p>Rinvoq</p><div id="box"></div>');
    start();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    await toContent({ type: 'open-sidebar' });
    await vi.waitFor(() => expect(sidebar()?.hidden).toBe(false));
    const host = hosts()[0]!;
    document.getElementById('box')!.append(host);
    await vi.waitFor(() => expect(host.parentNode).toBe(document.documentElement));
    expect(sidebar()?.hidden).toBe(false);
  });
});

describe('sidebar width', () => {
  test('resizing saves the width once, after the handle rests, and shows the width saved', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    await toContent({ type: 'open-sidebar' });
    const handle = () => shadow().querySelector<HTMLElement>('[role=separator]');
    await vi.waitFor(() => expect(handle()).not.toBeNull());
    const sets = vi.spyOn(fakeBrowser.storage.sync, 'set');
    for (const key of ['Home', 'ArrowLeft', 'End']) {
      handle()!.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
      );
    }
    await vi.waitFor(
      async () => expect((await loadSettings()).sidebarWidth).toBe(SIDEBAR_WIDTH.max),
      {
        timeout: 5000,
      },
    );
    expect(sets).toHaveBeenCalledOnce();
    expect(handle()?.getAttribute('aria-valuenow')).toBe(String(SIDEBAR_WIDTH.max));
  });
});
