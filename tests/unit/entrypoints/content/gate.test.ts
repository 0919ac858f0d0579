/**
 * The gate (stage 1's declared part) driven for real on happy-dom with WXT's fake browser. The
 * background is a listener answering `get-config` with the real configuration builder and
 * recording `load-detector`; "injecting" the detector is what detector.js does: take the handoff.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ToBackground } from '@/core/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/core/settings';
import { detectorConfig } from '@/entrypoints/background/detector-config';
import { startGate } from '@/entrypoints/content/gate';
import { takeGateHandoff } from '@/entrypoints/content/handoff';
import { setBody } from '../../support/page';

let ctx: ContentScriptContext;
let settings: Settings;
let toBackground: ToBackground[];

const asked = (type: ToBackground['type']) => toBackground.filter((m) => m.type === type);
const fromUs = () => ({ id: fakeBrowser.runtime.id });
const toContent = async (message: unknown) => {
  const respond = vi.fn();
  await fakeBrowser.runtime.onMessage.trigger(message, fromUs(), respond);
  return respond;
};

function start(isTop = true): void {
  ctx = new ContentScriptContext('content');
  startGate(ctx, document, isTop);
}

beforeEach(() => {
  fakeBrowser.reset();
  settings = structuredClone(DEFAULT_SETTINGS) as Settings;
  toBackground = [];
  // The background: answers as the real one does (the fake's sendMessage does not pass answers on).
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const m = message as ToBackground;
    toBackground.push(m);
    if (m.type === 'get-config') return detectorConfig(settings, location.href, 'en');
    if (m.type === 'load-detector') return { ok: true };
    return undefined;
  });
});

afterEach(() => {
  ctx?.abort();
  vi.restoreAllMocks();
  takeGateHandoff();
  setBody('');
});

describe('the gate', () => {
  test('a page without drug names asks for no detector, answers the popup, and loads one once a name appears', async () => {
    setBody('<p>Weekend weather: sunny spells.</p>');
    start();
    await vi.waitFor(() => expect(asked('get-config')).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(asked('load-detector')).toHaveLength(0);
    const respond = await toContent({ type: 'get-report' });
    expect(respond).toHaveBeenCalledWith({
      drugs: [],
      totalMentions: 0,
      capped: false,
      uiLoaded: false,
      uiFailed: false,
    });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'On Rinvoq.' }));
    await vi.waitFor(() => expect(asked('load-detector')).toHaveLength(1));
  });

  test('a page naming a drug hands the detector its lifetime and configuration, then stops answering', async () => {
    setBody('<p>Patients on Dupixent.</p>');
    start();
    await vi.waitFor(() => expect(asked('load-detector')).toHaveLength(1));
    const handoff = takeGateHandoff()!;
    expect(handoff.ctx).toBe(ctx);
    expect(handoff.isTop).toBe(true);
    expect(handoff.config).toMatchObject({ enabled: true, highlightStyle: 'background' });
    expect(handoff.pending).toBeNull();
    handoff.stop();
    const respond = await toContent({ type: 'get-report' });
    expect(respond).not.toHaveBeenCalled();
  });

  test('a site switched off loads nothing, names or not', async () => {
    settings = { ...settings, siteMode: 'except-listed', sites: [location.hostname] };
    setBody('<p>Rinvoq and Dupixent.</p>');
    start();
    await vi.waitFor(() => expect(asked('get-config')).toHaveLength(1));
    await toContent({ type: 'open-sidebar', drugId: 'dupilumab' });
    await new Promise((r) => setTimeout(r, 20));
    expect(asked('load-detector')).toHaveLength(0);
  });

  test('a request before any name (the popup’s search) loads the detector and is handed over to replay', async () => {
    setBody('<p>Nothing here.</p>');
    start();
    await vi.waitFor(() => expect(asked('get-config')).toHaveLength(1));
    await toContent({ type: 'open-sidebar', query: 'jak inhibitors' });
    await vi.waitFor(() => expect(asked('load-detector')).toHaveLength(1));
    expect(takeGateHandoff()!.pending).toEqual({ type: 'open-sidebar', query: 'jak inhibitors' });
  });

  test('other frames’ reports make the top frame load its detector, with those reports', async () => {
    setBody('<p>A portal page.</p>');
    start();
    await vi.waitFor(() => expect(asked('get-config')).toHaveLength(1));
    const frames = [
      {
        frameId: 3,
        report: {
          drugs: [{ drugId: 'dupilumab', count: 1, forms: ['Dupixent'], context: 'on Dupixent' }],
          totalMentions: 1,
          capped: false,
        },
      },
    ];
    await toContent({ type: 'frame-reports', frames });
    await vi.waitFor(() => expect(asked('load-detector')).toHaveLength(1));
    expect(takeGateHandoff()!.frames).toEqual(frames);
  });

  test('in a frame, the shortcut goes to the top frame’s sidebar', async () => {
    setBody('<p>Nothing here.</p>');
    start(false);
    await vi.waitFor(() => expect(asked('get-config')).toHaveLength(1));
    await toContent({ type: 'toggle-sidebar' });
    await vi.waitFor(() => expect(asked('toggle-in-top')).toHaveLength(1));
    expect(asked('load-detector')).toHaveLength(0);
  });

  test('messages from another sender are ignored', async () => {
    setBody('<p>Nothing here.</p>');
    start();
    await vi.waitFor(() => expect(asked('get-config')).toHaveLength(1));
    const respond = vi.fn();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'get-report' }, { id: 'another' }, respond);
    expect(respond).not.toHaveBeenCalled();
  });
});
