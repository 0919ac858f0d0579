import { afterEach, describe, expect, test, vi } from 'vitest';
import type { DetectorConfig } from '@/core/detector-protocol';
import { EMPTY_REPORT } from '@/core/report';
import { defaultSettings, type Settings } from '@/core/settings';
import { detectorConfig } from '@/entrypoints/background/detector-config';
import { createTopFrame, type TopFrame } from '@/entrypoints/content/top-frame';
import { findDetectorLink, type UiLink } from '@/sidebar/stage-link';

const card = { drugId: 'upadacitinib', x: 10, y: 20 };
let controller: AbortController;
let top: TopFrame;

function topFrame(overrides: Partial<Settings>, url = 'https://journal.example/a') {
  controller = new AbortController();
  const config: DetectorConfig = detectorConfig({ ...defaultSettings(), ...overrides }, url, 'en');
  // Stage 2 never attaches here: the question asked is whether it is loaded at all.
  const ask = vi.fn((_message: unknown) => new Promise<unknown>(() => undefined));
  top = createTopFrame({
    document,
    signal: controller.signal,
    report: () => EMPTY_REPORT,
    config: () => config,
    scrollToMention: vi.fn(),
    send: vi.fn(),
    ask,
  });
  const loads = () => ask.mock.calls.filter(([m]) => (m as { type: string }).type === 'load-ui');
  return { loads };
}

afterEach(() => {
  top.remove();
  controller.abort();
});

describe('hovering a mention in the top frame', () => {
  test('loads the sidebar code when hover cards are on', () => {
    const { loads } = topFrame({});
    top.hover(card, 'pointer');
    expect(loads()).toHaveLength(1);
  });

  test('loads nothing for the pointer when hover cards are off, but does for keyboard focus', () => {
    const { loads } = topFrame({ hoverCards: false });
    top.hover(card, 'pointer');
    top.hover(null, 'pointer');
    expect(loads()).toHaveLength(0);
    top.hover(card, 'focus');
    expect(loads()).toHaveLength(1);
  });

  test('loads nothing for the pointer on a site without cards, but does for keyboard focus', () => {
    const { loads } = topFrame({ noCardSites: ['journal.example'] });
    top.hover(card, 'pointer');
    expect(loads()).toHaveLength(0);
    top.hover(card, 'focus');
    expect(loads()).toHaveLength(1);
  });

  test('the end of a hover loads nothing', () => {
    const { loads } = topFrame({});
    top.hover(null, 'pointer');
    top.hover(null, 'focus');
    expect(loads()).toHaveLength(0);
  });

  test('once the sidebar code is in, the pointer’s cards stay off and focus still reaches it', () => {
    const { loads } = topFrame({ hoverCards: false });
    top.hover(card, 'focus');
    expect(loads()).toHaveLength(1);
    const showHoverCard = vi.fn();
    const ui: UiLink = {
      update: vi.fn(),
      setSettings: vi.fn(),
      open: vi.fn(),
      toggle: vi.fn(),
      showHoverCard,
      reattached: vi.fn(),
      destroy: vi.fn(),
    };
    findDetectorLink()?.attach(ui);
    // The focus card asked for while loading is replayed.
    expect(showHoverCard).toHaveBeenLastCalledWith(card);
    top.hover({ ...card, drugId: 'dupilumab' }, 'pointer');
    expect(showHoverCard).toHaveBeenLastCalledWith(null);
    top.hover({ ...card, drugId: 'dupilumab' }, 'focus');
    expect(showHoverCard).toHaveBeenLastCalledWith({ ...card, drugId: 'dupilumab' });
  });
});
