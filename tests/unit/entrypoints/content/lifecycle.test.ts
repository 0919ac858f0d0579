/**
 * The content wiring (startJakLens) driven for real on happy-dom with WXT's fake browser: storage,
 * runtime messaging and the page lifetime signal are WXT's, the page adapter and the sidebar are
 * ours. Events made by script are untrusted, so the click guard would drop them (correctly);
 * these tests act through messages and storage instead.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ToBackground } from '@/core/messages';
import { startJakLens } from '@/entrypoints/content/lifecycle';
import { loadSettings, saveSettings } from '@/platform/settings-store';
import { HOST_TAG } from '@/sidebar/host-element';
import { installHighlightApi, setBody, type FakeHighlight } from '../../support/page';
import { captureShadowRoots } from '../../support/shadow-roots';

let ctx: ContentScriptContext;
let registry: Map<string, FakeHighlight>;
/** What reached the background, in order. */
let toBackground: ToBackground[];
/** Closed shadow roots made during the test, caught as they are made. */
let roots: ShadowRoot[];

const hosts = () =>
  [...document.documentElement.children].filter((el) => HOST_TAG.test(el.localName));
const shadow = () => roots.at(-1)!;
const sidebar = () => shadow().querySelector<HTMLElement>('[data-testid=sidebar]');
const lastReport = () => toBackground.filter((m) => m.type === 'report').at(-1);
const toContent = (message: unknown) => {
  const respond = vi.fn();
  return fakeBrowser.runtime.onMessage.trigger(message, {}, respond).then(() => respond);
};

function start(): void {
  ctx = new ContentScriptContext('content');
  startJakLens(ctx, document);
}

beforeEach(() => {
  fakeBrowser.reset();
  registry = installHighlightApi();
  toBackground = [];
  // The background: records what the content script sends it.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as ToBackground;
    if (m.type === 'report' || m.type === 'open-options') toBackground.push(m);
  });
  roots = captureShadowRoots();
});

afterEach(() => {
  ctx?.abort();
  vi.unstubAllGlobals();
  setBody('');
  document.adoptedStyleSheets = [];
});

describe('content wiring', () => {
  test('a page with a drug name is highlighted and reported to the background', async () => {
    setBody('<p>Patients on Rinvoq improved.</p>');
    start();
    await vi.waitFor(() =>
      expect(lastReport()).toMatchObject({
        report: { drugs: [{ drugId: 'upadacitinib', count: 1 }], totalMentions: 1 },
      }),
    );
    expect(hosts()).toHaveLength(1);
    const painted = [...registry.values()].reduce((n, h) => n + h.size, 0);
    expect(painted).toBe(1);
  });

  test('a page without drug names gets no host and an empty report', async () => {
    setBody('<p>Nothing to see.</p>');
    start();
    await vi.waitFor(() => expect(lastReport()).toBeDefined());
    expect(lastReport()).toMatchObject({ report: { drugs: [], totalMentions: 0 } });
    expect(hosts()).toHaveLength(0);
  });

  test('answers the popup’s get-report with the page’s report', async () => {
    setBody('<p>Rinvoq and Dupixent</p>');
    start();
    await vi.waitFor(() => expect(lastReport()?.type).toBe('report'));
    const respond = await toContent({ type: 'get-report' });
    expect(respond).toHaveBeenCalledWith(
      expect.objectContaining({ totalMentions: 2, capped: false }),
    );
  });

  test('a settings change in storage re-applies: theme to the sidebar, a disabled site tears down', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    const current = await loadSettings();
    await saveSettings({ ...current, theme: 'dark' });
    await vi.waitFor(() =>
      expect(shadow().querySelector<HTMLElement>('.jl')?.dataset.theme).toBe('dark'),
    );
    await saveSettings({ ...current, siteMode: 'except-listed', sites: [location.hostname] });
    await vi.waitFor(() => expect(hosts()).toHaveLength(0));
    expect(lastReport()).toMatchObject({ report: { drugs: [], totalMentions: 0 } });
    expect([...registry.values()].every((h) => h.size === 0)).toBe(true);
  });

  test('the toggle message opens and closes the sidebar; open-sidebar opens at a drug', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(sidebar()).toBeNull();
    await toContent({ type: 'toggle-sidebar' });
    expect(sidebar()?.hidden).toBe(false);
    await toContent({ type: 'toggle-sidebar' });
    expect(sidebar()?.hidden).toBe(true);
    await toContent({ type: 'open-sidebar', drugId: 'dupilumab' });
    expect(sidebar()?.hidden).toBe(false);
    expect(shadow().querySelector('[data-testid=drug-title]')?.textContent).toBe('Dupilumab');
  });

  test('ignores messages that are not for the content script, or malformed', async () => {
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    for (const raw of [
      { type: 'open-options' },
      { type: 'toggle-sidebar', x: 1 },
      'toggle-sidebar',
    ])
      expect(await toContent(raw)).not.toHaveBeenCalled();
    expect(sidebar()).toBeNull();
  });

  test('abort tears everything down: no host, no highlights, no listeners, no timers', async () => {
    const added: { type: string; signal?: AbortSignal }[] = [];
    const addEventListener = document.addEventListener.bind(document);
    vi.spyOn(document, 'addEventListener').mockImplementation((type, listener, options) => {
      added.push({ type, signal: typeof options === 'object' ? options.signal : undefined });
      addEventListener(type, listener, options);
    });
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const cleared = vi.spyOn(globalThis, 'clearInterval');
    setBody('<p>Rinvoq</p>');
    start();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    await toContent({ type: 'toggle-sidebar' });

    ctx.abort();

    expect(hosts()).toHaveLength(0);
    expect([...registry.values()].every((h) => h.size === 0)).toBe(true);
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(await toContent({ type: 'toggle-sidebar' })).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    expect(fakeBrowser.storage.sync.onChanged.hasListeners()).toBe(false);
    const ours = added.filter((a) =>
      ['keydown', 'pointermove', 'click', 'focusin'].includes(a.type),
    );
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((a) => a.signal?.aborted)).toBe(true);
    const registryTimer = intervals.mock.results.at(0)?.value;
    expect(cleared).toHaveBeenCalledWith(registryTimer);
    // A storage change after teardown changes nothing.
    await saveSettings({ ...(await loadSettings()), theme: 'dark' });
    expect(hosts()).toHaveLength(0);
  });
});
