import { describe, expect, test, vi } from 'vitest';
import {
  BADGE_COLOR,
  LOOKUP_MENU_ID,
  badgeText,
  handleCommand,
  handleMenuClick,
  handleMessage,
  registerMenus,
  type BackgroundDeps,
} from '@/entrypoints/background/handlers';
import type { Mention } from '@/core/matcher/types';
import { parseDetectorConfig } from '@/core/detector-protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/core/settings';
import { strings } from '@/core/strings';

const KNOWN = new Set(['upadacitinib', 'dupilumab', 'ruxolitinib']);

/** A matcher stand-in that knows three names, so these tests do not depend on the dataset. */
function fakeFindMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const [surface, drugId] of [
    ['Rinvoq', 'upadacitinib'],
    ['upadacitinib', 'upadacitinib'],
    ['dupilumab', 'dupilumab'],
    ['unknownib', 'unknownib'],
  ] as const) {
    const start = text.indexOf(surface);
    if (start >= 0) mentions.push({ start, end: start + surface.length, drugId, surface });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The tab state in storage.session, as the real deps keep it (one value per tab). */
type Session = Map<number, unknown>;

/** Lets other queued work run, as a real storage round trip would. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function createDeps(over: Partial<BackgroundDeps> = {}, session: Session = new Map()) {
  const base = {
    setBadge: vi.fn(async (_tabId: number, _text: string, _color: string) => {}),
    sendToTab: vi.fn(async (_tabId: number, _message: unknown, _frameId?: number) => undefined),
    activeTabId: vi.fn(async (): Promise<number | undefined> => 42),
    openOptionsPage: vi.fn(async () => {}),
    createMenu: vi.fn(async (_item: { id: string }) => {}),
    removeAllMenus: vi.fn(async () => {}),
    findMentions: fakeFindMentions,
    isKnownDrug: (id: string) => KNOWN.has(id),
    loadSettings: vi.fn(async (): Promise<Settings> => DEFAULT_SETTINGS),
    useLanguage: vi.fn(() => 'en'),
    injectDetector: vi.fn(async () => true),
    injectUi: vi.fn(async () => true),
    readFrames: vi.fn(async (tabId: number) => {
      await tick();
      return structuredClone(session.get(tabId));
    }),
    writeFrames: vi.fn(async (tabId: number, state: unknown) => {
      await tick();
      session.set(tabId, structuredClone(state));
    }),
  } satisfies BackgroundDeps;
  // The overrides are mocks too (tests pass vi.fn), so the mock API stays.
  return { ...base, ...over } as typeof base;
}

const report = (...drugIds: string[]) => reportAt(1000, ...drugIds);
/** A frame's report message from a document that started at `timeOrigin`. */
const reportAt = (timeOrigin: number, ...drugIds: string[]) => ({
  type: 'report',
  timeOrigin,
  report: {
    drugs: drugIds.map((drugId) => ({ drugId, count: 2, forms: [], context: '' })),
    totalMentions: 2 * drugIds.length,
    capped: false,
  },
});

/** The badge texts set for a tab, in order. */
const badges = (deps: ReturnType<typeof createDeps>, tabId: number) =>
  deps.setBadge.mock.calls.filter(([id]) => id === tabId).map(([, text]) => text);
/** The frame-reports messages sent to a tab's top frame, as lists of frame ids. */
const relayed = (deps: ReturnType<typeof createDeps>) =>
  (
    deps.sendToTab.mock.calls as unknown as [
      number,
      { type: string; frames?: { frameId: number }[] },
    ][]
  )
    .filter(([, m]) => m.type === 'frame-reports')
    .map(([, m]) => m.frames!.map((f) => f.frameId));

describe('badge', () => {
  test.each([
    [[], ''],
    [['upadacitinib'], '1'],
    [['upadacitinib', 'dupilumab', 'ruxolitinib'], '3'],
    [['upadacitinib', 'upadacitinib'], '1'],
    [['upadacitinib', 'notadrug'], '1'],
  ])('a report of %j shows %j', (ids, text) => {
    expect(badgeText(report(...ids).report, (id) => KNOWN.has(id))).toBe(text);
  });

  test('a report from a tab sets that tab’s badge', async () => {
    const deps = createDeps();
    await handleMessage(report('upadacitinib', 'dupilumab'), { tab: { id: 7 } }, deps);
    expect(deps.setBadge).toHaveBeenCalledExactlyOnceWith(7, '2', BADGE_COLOR);
  });

  test('an empty report clears the badge', async () => {
    const deps = createDeps();
    await handleMessage(report(), { tab: { id: 7 } }, deps);
    expect(deps.setBadge).toHaveBeenCalledWith(7, '', BADGE_COLOR);
  });

  test('a report not sent from a tab is ignored', async () => {
    const deps = createDeps();
    await handleMessage(report('upadacitinib'), {}, deps);
    expect(deps.setBadge).not.toHaveBeenCalled();
  });

  test('a failing badge call (closed tab) does not reject', async () => {
    const deps = createDeps({
      setBadge: vi.fn(async () => Promise.reject(new Error('No tab with id: 7'))),
    });
    await expect(
      handleMessage(report('dupilumab'), { tab: { id: 7 } }, deps),
    ).resolves.toBeUndefined();
  });
});

describe('frames of a tab', () => {
  const top = { tab: { id: 7, url: 'https://example.org/a' }, frameId: 0 };
  const frame = (frameId: number) => ({ ...top, frameId });

  test('the badge counts the distinct drugs of every frame', async () => {
    const deps = createDeps();
    await handleMessage(reportAt(10, 'upadacitinib'), top, deps);
    await handleMessage(reportAt(11, 'dupilumab', 'upadacitinib'), frame(3), deps);
    await handleMessage(reportAt(12, 'ruxolitinib'), frame(5), deps);
    expect(badges(deps, 7)).toEqual(['1', '2', '3']);
  });

  test('the other frames’ reports are relayed to the top frame, in frame order', async () => {
    const deps = createDeps();
    await handleMessage(reportAt(10, 'upadacitinib'), top, deps);
    expect(relayed(deps)).toEqual([]);
    await handleMessage(reportAt(11, 'dupilumab'), frame(5), deps);
    await handleMessage(reportAt(11, 'ruxolitinib'), frame(3), deps);
    expect(relayed(deps)).toEqual([[5], [3, 5]]);
    expect(deps.sendToTab).toHaveBeenLastCalledWith(7, {
      type: 'frame-reports',
      frames: [
        { frameId: 3, report: reportAt(0, 'ruxolitinib').report },
        { frameId: 5, report: reportAt(0, 'dupilumab').report },
      ],
    });
  });

  test('a page whose only mentions are in its top frame sends no frame reports', async () => {
    const deps = createDeps();
    await handleMessage(reportAt(10, 'upadacitinib'), top, deps);
    await handleMessage(reportAt(10, 'dupilumab'), top, deps);
    expect(deps.sendToTab).not.toHaveBeenCalled();
  });

  test('an empty report removes its frame: from the badge and from the top frame’s list', async () => {
    const deps = createDeps();
    await handleMessage(reportAt(10, 'upadacitinib'), top, deps);
    await handleMessage(reportAt(11, 'dupilumab'), frame(3), deps);
    await handleMessage(reportAt(11), frame(3), deps);
    expect(badges(deps, 7)).toEqual(['1', '2', '1']);
    expect(relayed(deps)).toEqual([[3], []]);
  });

  test('a late report from the previous page is ignored', async () => {
    const deps = createDeps();
    await handleMessage(reportAt(20, 'upadacitinib'), top, deps);
    deps.setBadge.mockClear();
    await handleMessage(reportAt(11, 'dupilumab'), frame(3), deps);
    expect(deps.setBadge).not.toHaveBeenCalled();
    expect(relayed(deps)).toEqual([]);
  });

  test('the top frame of a new page drops the frames of the page before', async () => {
    const deps = createDeps();
    await handleMessage(reportAt(10, 'upadacitinib'), top, deps);
    await handleMessage(reportAt(11, 'dupilumab'), frame(3), deps);
    await handleMessage(reportAt(20, 'ruxolitinib'), top, deps);
    expect(badges(deps, 7).at(-1)).toBe('1');
    expect(relayed(deps).at(-1)).toEqual([]);
  });

  test('concurrent reports of one tab are all kept (applied one after another)', async () => {
    const session: Session = new Map();
    const deps = createDeps({}, session);
    const ids = [0, 1, 2, 3, 4, 5];
    await Promise.all(
      ids.map((id) => handleMessage(reportAt(10 + id, 'upadacitinib'), frame(id), deps)),
    );
    const stored = session.get(7) as { frames: Record<string, unknown> };
    expect(Object.keys(stored.frames).map(Number).sort()).toEqual(ids);
    expect(relayed(deps).at(-1)).toEqual([1, 2, 3, 4, 5]);
  });

  test('tabs keep their own frames and badges', async () => {
    const deps = createDeps();
    await Promise.all([
      handleMessage(reportAt(10, 'upadacitinib'), { tab: { id: 1 }, frameId: 0 }, deps),
      handleMessage(reportAt(10, 'dupilumab', 'ruxolitinib'), { tab: { id: 2 }, frameId: 0 }, deps),
    ]);
    expect(badges(deps, 1)).toEqual(['1']);
    expect(badges(deps, 2)).toEqual(['2']);
  });

  test('a stored state that is not ours (an older version’s) counts as a fresh tab', async () => {
    const deps = createDeps({}, new Map([[7, { frames: 'old' }]]));
    await handleMessage(reportAt(10, 'upadacitinib'), top, deps);
    expect(badges(deps, 7)).toEqual(['1']);
  });

  test('failing session storage does not make the report reject', async () => {
    const deps = createDeps({
      readFrames: vi.fn(async () => Promise.reject(new Error('quota'))),
      writeFrames: vi.fn(async () => Promise.reject(new Error('quota'))),
    });
    await expect(handleMessage(reportAt(10, 'dupilumab'), top, deps)).resolves.toBeUndefined();
    expect(badges(deps, 7)).toEqual(['1']);
  });
});

describe('get-config', () => {
  const ask = (deps: BackgroundDeps, url: string | undefined, frameId = 0) =>
    handleMessage({ type: 'get-config' }, { tab: { id: 7, url }, frameId }, deps);

  test('answers a configuration the detector accepts, with the launcher’s words', async () => {
    const deps = createDeps({ useLanguage: vi.fn(() => 'en') });
    const config = parseDetectorConfig(await ask(deps, 'https://example.org/'));
    expect(config).not.toBeNull();
    expect(config).toMatchObject({
      enabled: true,
      highlightStyle: DEFAULT_SETTINGS.highlightStyle,
      autoOpen: DEFAULT_SETTINGS.autoOpen,
      theme: DEFAULT_SETTINGS.theme,
      side: DEFAULT_SETTINGS.side,
      labels: {
        lang: 'en',
        one: strings.launcher.one,
        other: strings.launcher.other,
        dismiss: strings.dismissLauncher,
        uiFailed: strings.sidebarUnavailable,
      },
      settings: DEFAULT_SETTINGS,
    });
    expect(deps.useLanguage).toHaveBeenCalledWith(DEFAULT_SETTINGS);
  });

  test('whether it runs follows the tab’s site, for the top frame and every other frame', async () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      siteMode: 'except-listed',
      sites: ['blocked.example'],
    };
    const deps = createDeps({ loadSettings: vi.fn(async () => settings) });
    const enabled = async (url: string | undefined, frameId = 0) =>
      parseDetectorConfig(await ask(deps, url, frameId))?.enabled;
    expect(await enabled('https://blocked.example/page')).toBe(false);
    // A frame of a blocked page, whatever its own origin, is blocked too (the tab's url is the top's).
    expect(await enabled('https://news.blocked.example/page', 4)).toBe(false);
    expect(await enabled('https://example.org/')).toBe(true);
    expect(await enabled('https://example.org/', 4)).toBe(true);
  });

  test('a tab without a known address runs only where every site is on', async () => {
    const listed: Settings = { ...DEFAULT_SETTINGS, siteMode: 'only-listed', sites: ['a.example'] };
    const all = createDeps();
    const only = createDeps({ loadSettings: vi.fn(async () => listed) });
    expect(parseDetectorConfig(await ask(all, undefined))?.enabled).toBe(true);
    expect(parseDetectorConfig(await ask(only, undefined))?.enabled).toBe(false);
  });

  test('the drugs of a group switched off are disabled, the others not', async () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      groups: { ...DEFAULT_SETTINGS.groups, biologic: false },
    };
    const deps = createDeps({ loadSettings: vi.fn(async () => settings) });
    const config = parseDetectorConfig(await ask(deps, 'https://example.org/'));
    expect(config?.disabledDrugs).toContain('dupilumab');
    expect(config?.disabledDrugs).not.toContain('upadacitinib');
    const none = parseDetectorConfig(await ask(createDeps(), 'https://example.org/'));
    expect(none?.disabledDrugs).toEqual([]);
  });
});

describe('loading the stages', () => {
  test('load-ui injects the sidebar into the top frame of the asking tab and answers ok', async () => {
    const deps = createDeps();
    expect(await handleMessage({ type: 'load-ui' }, { tab: { id: 7 }, frameId: 0 }, deps)).toEqual({
      ok: true,
    });
    expect(deps.injectUi).toHaveBeenCalledExactlyOnceWith(7);
  });

  test.each([
    ['from a frame other than the top', { tab: { id: 7 }, frameId: 2 }],
    ['from no tab', {}],
  ])('load-ui is refused %s', async (_, sender) => {
    const deps = createDeps();
    expect(await handleMessage({ type: 'load-ui' }, sender, deps)).toEqual({ ok: false });
    expect(deps.injectUi).not.toHaveBeenCalled();
  });

  test('load-ui answers not ok when the page refuses the injection', async () => {
    const deps = createDeps({
      injectUi: vi.fn(async () => Promise.reject(new Error('Cannot access contents of the page'))),
    });
    expect(await handleMessage({ type: 'load-ui' }, { tab: { id: 7 }, frameId: 0 }, deps)).toEqual({
      ok: false,
    });
  });

  test('load-detector injects the detector into the asking frame', async () => {
    const deps = createDeps();
    expect(
      await handleMessage({ type: 'load-detector' }, { tab: { id: 7 }, frameId: 3 }, deps),
    ).toEqual({ ok: true });
    expect(deps.injectDetector).toHaveBeenCalledExactlyOnceWith(7, 3);
  });
});

describe('routing between frames', () => {
  const frame3 = { tab: { id: 7 }, frameId: 3 };

  test('a click on a mention in a frame opens the top frame’s sidebar at its drug', async () => {
    const deps = createDeps();
    await handleMessage({ type: 'open-in-top', drugId: 'dupilumab' }, frame3, deps);
    expect(deps.sendToTab).toHaveBeenCalledExactlyOnceWith(
      7,
      { type: 'open-sidebar', drugId: 'dupilumab' },
      0,
    );
  });

  test('the shortcut in a frame toggles the top frame’s sidebar', async () => {
    const deps = createDeps();
    await handleMessage({ type: 'toggle-in-top' }, frame3, deps);
    expect(deps.sendToTab).toHaveBeenCalledExactlyOnceWith(7, { type: 'toggle-sidebar' }, 0);
  });

  test('scroll-frame asks that frame to scroll its own mention', async () => {
    const deps = createDeps();
    await handleMessage(
      { type: 'scroll-frame', frameId: 5, drugId: 'upadacitinib', index: 2 },
      { tab: { id: 7 }, frameId: 0 },
      deps,
    );
    expect(deps.sendToTab).toHaveBeenCalledExactlyOnceWith(
      7,
      { type: 'scroll-to-mention', drugId: 'upadacitinib', index: 2 },
      5,
    );
  });

  test('routing from no tab sends nothing, and a missing receiver does not reject', async () => {
    const deps = createDeps({
      sendToTab: vi.fn(async () => Promise.reject(new Error('Receiving end does not exist.'))),
    });
    expect(handleMessage({ type: 'toggle-in-top' }, {}, deps)).toBeUndefined();
    await expect(
      handleMessage({ type: 'open-in-top', drugId: 'dupilumab' }, frame3, deps),
    ).resolves.toBeUndefined();
  });
});

describe('messages', () => {
  test.each([
    ['a malformed report', { type: 'report', report: { drugs: 'x' } }],
    ['an unknown type', { type: 'hack' }],
    ['a message meant for the content script', { type: 'get-report' }],
    ['a string', 'report'],
    ['null', null],
  ])('ignores %s without answering', (_, raw) => {
    const deps = createDeps();
    expect(handleMessage(raw, { tab: { id: 1 } }, deps)).toBeUndefined();
    expect(deps.setBadge).not.toHaveBeenCalled();
    expect(deps.sendToTab).not.toHaveBeenCalled();
    expect(deps.openOptionsPage).not.toHaveBeenCalled();
  });

  test('open-options opens the options page', async () => {
    const deps = createDeps();
    await handleMessage({ type: 'open-options' }, {}, deps);
    expect(deps.openOptionsPage).toHaveBeenCalledOnce();
  });
});

describe('context menu', () => {
  test('registers one selection item on web pages, replacing any earlier one', async () => {
    const deps = createDeps();
    await registerMenus(deps);
    expect(deps.removeAllMenus).toHaveBeenCalledOnce();
    // The PDF reader's entries are created beside it (reader-handlers.test.ts).
    expect(deps.createMenu).toHaveBeenCalledWith({
      id: LOOKUP_MENU_ID,
      title: 'Look up ‘%s’ in JAK Lens',
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
    const lookups = deps.createMenu.mock.calls.filter(([item]) => item.id === LOOKUP_MENU_ID);
    expect(lookups).toHaveLength(1);
  });

  test.each([
    ['Rinvoq', { type: 'open-sidebar', drugId: 'upadacitinib' }],
    ['  switched from dupilumab to upadacitinib ', { type: 'open-sidebar', drugId: 'dupilumab' }],
    ['unknownib then Rinvoq', { type: 'open-sidebar', drugId: 'upadacitinib' }],
    ['JAK inhibitor\n  acne', { type: 'open-sidebar', query: 'JAK inhibitor acne' }],
    ['x'.repeat(500), { type: 'open-sidebar', query: 'x'.repeat(100) }],
  ])('a click on the selection %j sends %j to the tab', async (selectionText, message) => {
    const deps = createDeps();
    await handleMenuClick({ menuItemId: LOOKUP_MENU_ID, selectionText }, { id: 5 }, deps);
    expect(deps.sendToTab).toHaveBeenCalledExactlyOnceWith(5, message);
  });

  test.each([
    ['another menu item', { menuItemId: 'other', selectionText: 'Rinvoq' }, { id: 5 }],
    ['a blank selection', { menuItemId: LOOKUP_MENU_ID, selectionText: '   ' }, { id: 5 }],
    ['no tab', { menuItemId: LOOKUP_MENU_ID, selectionText: 'Rinvoq' }, undefined],
    [
      'a non-tab (devtools) click',
      { menuItemId: LOOKUP_MENU_ID, selectionText: 'Rinvoq' },
      { id: -1 },
    ],
  ])('sends nothing for %s', async (_, info, tab) => {
    const deps = createDeps();
    await handleMenuClick(info, tab, deps);
    expect(deps.sendToTab).not.toHaveBeenCalled();
  });

  test('a tab without our content script does not make the click reject', async () => {
    const deps = createDeps({
      sendToTab: vi.fn(async () => Promise.reject(new Error('Receiving end does not exist.'))),
    });
    await expect(
      handleMenuClick({ menuItemId: LOOKUP_MENU_ID, selectionText: 'Rinvoq' }, { id: 5 }, deps),
    ).resolves.toBeUndefined();
  });
});

describe('keyboard command', () => {
  test('toggle-sidebar toggles the sidebar in the tab it came from', async () => {
    const deps = createDeps();
    await handleCommand('toggle-sidebar', { id: 9 }, deps);
    expect(deps.sendToTab).toHaveBeenCalledExactlyOnceWith(9, { type: 'toggle-sidebar' });
    expect(deps.activeTabId).not.toHaveBeenCalled();
  });

  test('toggle-sidebar without a tab uses the active tab', async () => {
    const deps = createDeps();
    await handleCommand('toggle-sidebar', undefined, deps);
    expect(deps.sendToTab).toHaveBeenCalledExactlyOnceWith(42, { type: 'toggle-sidebar' });
  });

  test('another command does nothing', async () => {
    const deps = createDeps();
    await handleCommand('_execute_action', { id: 9 }, deps);
    expect(deps.sendToTab).not.toHaveBeenCalled();
  });

  test.each([
    ['there is no active tab', { activeTabId: vi.fn(async () => undefined) }],
    [
      'the tab query fails',
      { activeTabId: vi.fn(async () => Promise.reject(new Error('no window'))) },
    ],
    [
      'the tab cannot receive',
      { sendToTab: vi.fn(async () => Promise.reject(new Error('no receiver'))) },
    ],
  ])('resolves quietly when %s', async (_, over) => {
    await expect(
      handleCommand('toggle-sidebar', undefined, createDeps(over)),
    ).resolves.toBeUndefined();
  });
});
