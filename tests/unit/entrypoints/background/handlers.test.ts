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

function createDeps(over: Partial<BackgroundDeps> = {}): BackgroundDeps {
  return {
    setBadge: vi.fn(async () => {}),
    sendToTab: vi.fn(async () => undefined),
    activeTabId: vi.fn(async () => 42),
    openOptionsPage: vi.fn(async () => {}),
    createMenu: vi.fn(async () => {}),
    removeAllMenus: vi.fn(async () => {}),
    findMentions: fakeFindMentions,
    isKnownDrug: (id) => KNOWN.has(id),
    ...over,
  };
}

const report = (...drugIds: string[]) => ({
  type: 'report',
  report: {
    drugs: drugIds.map((drugId) => ({ drugId, count: 2, forms: [], context: '' })),
    totalMentions: 2 * drugIds.length,
    capped: false,
  },
});

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
    expect(deps.createMenu).toHaveBeenCalledExactlyOnceWith({
      id: LOOKUP_MENU_ID,
      title: 'Look up ‘%s’ in JAK Lens',
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
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
