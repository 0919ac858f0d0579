import { afterEach, describe, expect, test, vi } from 'vitest';
import { removeStaleCopies } from '@/sidebar/guards/stale-copies';
import { createHostElement } from '@/sidebar/host-element';
import { mountSidebarHost } from '@/sidebar/mount';
import { createPushLayout, PUSH_RULE } from '@/sidebar/push-layout';
import { createDataset } from '../support/factories';

const rules = () =>
  document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');

afterEach(() => {
  document.adoptedStyleSheets = [];
});

describe('push layout', () => {
  test('adopts one sheet beside the page’s own, updates it in place and removes only it', () => {
    const theirs = new CSSStyleSheet();
    theirs.replaceSync('p { color: blue; }');
    document.adoptedStyleSheets = [theirs];
    const push = createPushLayout(document);
    push.apply(true, 'right', 380);
    push.apply(true, 'left', 420);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(rules()).toMatch(/margin-left: 420px !important/);
    expect(rules()).not.toContain('margin-right');
    push.apply(false, 'left', 420);
    expect(document.adoptedStyleSheets).toEqual([theirs]);
  });

  test('PUSH_RULE recognises the rule as the browser serialises it', () => {
    createPushLayout(document).apply(true, 'right', 380);
    expect(rules()).toMatch(PUSH_RULE);
  });
});

describe('leftovers of an earlier copy', () => {
  test('the host and push sheet this code makes are what the stale-copy guard removes', () => {
    // The host as stage 1 makes it (top-frame.ts), the sidebar mounted into it (ui/wiring.ts).
    const { element, shadow } = createHostElement(document);
    document.documentElement.append(element);
    const old = mountSidebarHost({
      document,
      element,
      shadow,
      dataset: createDataset(),
      onOpenChange: vi.fn(),
      onScrollToMention: vi.fn(),
      onWidthChange: vi.fn(),
      onOpenSettings: vi.fn(),
      onCopy: vi.fn(),
    });
    old.setUi({ layout: 'push' });
    old.open();
    expect(rules()).not.toBe('');
    const removed = removeStaleCopies(document, {
      shadowRootOf: (el) => (el === element ? shadow : null),
    });
    expect(removed).toBe(2);
    expect(element.isConnected).toBe(false);
    expect(document.adoptedStyleSheets).toEqual([]);
    old.destroy();
  });
});
