import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { filterHides, guardActions, isHostVisible } from '@/sidebar/guards/click-guard';
import { collectText } from '@/page/text/collect';
import { guardHost, MAX_REMOUNTS } from '@/sidebar/guards/host-guard';
import { recordsFromText, recordsFromTextSliced } from '@/page/mentions/mention-index';
import { removeStaleCopies } from '@/sidebar/guards/stale-copies';
import { contextGone } from '@/entrypoints/content/context-gone';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageScanner } from '@/page/index';
import { FakeHighlight, installHighlightApi, setBody, startScanner } from '../support/page';

/** Unit-level halves of the hostile-page protections (the e2e suite is tests/e2e/hostile-*). */

let running: PageScanner | undefined;
beforeEach(() => {
  installHighlightApi();
});
afterEach(() => {
  running?.stop();
  running = undefined;
  vi.unstubAllGlobals();
  document.documentElement.style.opacity = '';
  for (const el of [...document.documentElement.children])
    if (el !== document.head && el !== document.body) el.remove();
});

describe('scanner and our own host', () => {
  test('mounting or re-mounting our host under <html> does not rescan the page', async () => {
    setBody('<p>Rinvoq</p>');
    const under = await startScanner();
    running = under.scanner;
    const walker = vi.spyOn(document, 'createTreeWalker');
    for (let i = 0; i < 3; i++) {
      const host = document.createElement('jak-lens-host');
      document.documentElement.append(host);
      await new Promise((r) => setTimeout(r, 80));
      host.remove();
      await new Promise((r) => setTimeout(r, 80));
    }
    expect(walker).not.toHaveBeenCalled();
    expect(under.reports).toHaveLength(1);
  });
});

describe('highlights seen through Firefox Xray wrappers', () => {
  test('painting and repainting never iterate the Highlight object, and a page emptying it is repaired', async () => {
    class XrayHighlight extends FakeHighlight {
      override [Symbol.iterator](): SetIterator<AbstractRange> {
        throw new Error('Xray wrapping of iterators not supported.');
      }
      override values(): SetIterator<AbstractRange> {
        throw new Error('Xray wrapping of iterators not supported.');
      }
    }
    const registry = installHighlightApi();
    vi.stubGlobal('Highlight', XrayHighlight);
    setBody('<p>Rinvoq</p><p id="later"></p>');
    const under = await startScanner();
    running = under.scanner;
    document.getElementById('later')!.textContent = 'and Olumiant';
    await under.nextReport();
    const [name, highlight] = [...registry].find(([n]) => !n.endsWith('-flash'))!;
    expect(name).toMatch(/^jaklens-/);
    expect(highlight.size).toBe(2);
    Set.prototype.clear.call(highlight); // the page empties our Highlight object
    under.scanner.ensureRegistered();
    expect(highlight.size).toBe(2);
  });
});

describe('deep pages', () => {
  test('collects text nested 10,000 inline elements deep without overflowing the stack', () => {
    // Built top-down, one child at a time (happy-dom's own subtree insertion is recursive).
    const div = document.createElement('div');
    let el: Element = div;
    for (let i = 0; i < 10_000; i++) el = el.appendChild(document.createElement('span'));
    el.textContent = 'Rinvoq';
    expect(collectText(div).text).toBe('Rinvoq');
  });
});

describe('huge pages', () => {
  const page = () => {
    const rows = Array.from({ length: 400 }, (_, i) =>
      i % 3 === 0 ? `<p>Row ${i}: Rinvoq and <b>Dupi</b>xent</p>` : `<p>Row ${i}: no drug</p>`,
    );
    return collectText(setBody(rows.join('')));
  };
  const plain = (r: { records: { drugId: string; pieces: { node: Node; start: number }[] }[] }) =>
    r.records.map((m) => [m.drugId, m.pieces.map((p) => [p.node, p.start])]);

  test('matching in chunks cut at block separators finds exactly what one pass finds', async () => {
    const collected = page();
    const pauses = vi.fn(async () => true);
    const sliced = await recordsFromTextSliced(collected, 1000, pauses, 500);
    const whole = recordsFromText(collected, 1000);
    expect(plain(sliced!)).toEqual(plain(whole));
    expect(sliced!.capped).toBe(false);
    expect(pauses.mock.calls.length).toBeGreaterThan(10);
  });

  test.each([10, 268, 269, 500])(
    'keeps the cap of %i and says capped like one pass',
    async (cap) => {
      const collected = page();
      const sliced = await recordsFromTextSliced(collected, cap, async () => true, 500);
      const whole = recordsFromText(collected, cap);
      expect(plain(sliced!)).toEqual(plain(whole));
      expect(sliced!.capped).toBe(whole.capped);
    },
  );

  test('gives up when the pause says the scan is stale', async () => {
    expect(await recordsFromTextSliced(page(), 1000, async () => false, 500)).toBeNull();
  });
});

describe('click guard', () => {
  test.each([
    ['none', false],
    ['invert(1)', false],
    ['invert(1) hue-rotate(180deg)', false],
    ['grayscale(1) sepia(0.5)', false],
    ['opacity(0.01)', true],
    ['opacity(2%)', true],
    ['opacity(0.8)', false],
    ['brightness(0)', true],
    ['contrast(0.1)', true],
    ['blur(8px)', true],
    ['blur(1px)', false],
  ])('filter %s hides the sidebar: %s', (filter, hides) => {
    expect(filterHides(filter)).toBe(hides);
  });

  function mountGuarded() {
    const host = document.createElement('x-guarded');
    const shadow = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    shadow.append(button);
    document.documentElement.append(host);
    const blocked = vi.fn();
    guardActions(shadow, host, blocked);
    return { host, button, clicked, blocked };
  }

  test('drops untrusted events before they reach the sidebar', () => {
    const { button, clicked, blocked } = mountGuarded();
    button.click(); // script-made: isTrusted is false
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(clicked).not.toHaveBeenCalled();
    expect(blocked).toHaveBeenCalledTimes(2);
  });

  test('counts a host under a near-transparent <html> as not visible', () => {
    const { host } = mountGuarded();
    expect(isHostVisible(host)).toBe(true);
    document.documentElement.style.opacity = '0.05';
    expect(isHostVisible(host)).toBe(false);
  });

  test('counts a detached host as not visible', () => {
    const { host } = mountGuarded();
    host.remove();
    expect(isHostVisible(host)).toBe(false);
  });
});

describe('an orphaned copy after an extension reload', () => {
  test('is told it is invalid, without throwing, when reading runtime.id throws', () => {
    const ctx = new ContentScriptContext('content');
    const onInvalidated = vi.fn();
    ctx.onInvalidated(onInvalidated);
    expect(contextGone(ctx)).toBe(false);
    const id = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'id');
    Object.defineProperty(fakeBrowser.runtime, 'id', {
      configurable: true,
      get() {
        throw new Error('Extension context invalidated.');
      },
    });
    try {
      expect(() => ctx.isInvalid).toThrow(/invalidated/); // WXT's own check throws here
      expect(contextGone(ctx)).toBe(true);
      expect(contextGone(ctx)).toBe(true);
      expect(onInvalidated).toHaveBeenCalledOnce();
    } finally {
      if (id) Object.defineProperty(fakeBrowser.runtime, 'id', id);
      else delete (fakeBrowser.runtime as { id?: string }).id;
    }
  });
});

describe('leftovers of an earlier copy (Firefox add-on update)', () => {
  test('removes an old host, its highlights and its stylesheet, and nothing of the page', () => {
    const registry = installHighlightApi();
    const roots = new Map<Element, ShadowRoot>();
    const addHost = (name: string, inner: string) => {
      const el = document.createElement(name);
      const root = el.attachShadow({ mode: 'open' });
      setShadow(root, inner);
      roots.set(el, root);
      document.documentElement.append(el);
      return el;
    };
    const old = addHost('x-abcdefghij', '<style></style><div><div class="jl"></div></div>');
    const pages = addHost('x-klmnopqrst', '<style></style><p>the page widget</p>');
    registry.set(
      'jaklens-abc123',
      new (globalThis as unknown as { Highlight: new () => never }).Highlight(),
    );
    registry.set(
      'jaklens-abc123-flash',
      new (globalThis as unknown as { Highlight: new () => never }).Highlight(),
    );
    registry.set(
      'page-highlight',
      new (globalThis as unknown as { Highlight: new () => never }).Highlight(),
    );
    const ours = new CSSStyleSheet();
    ours.replaceSync('@media (min-width:500px){html{margin-right:380px !important}}'); // push mode
    const theirs = new CSSStyleSheet();
    theirs.replaceSync('p { color: blue; }');
    document.adoptedStyleSheets = [theirs, ours];

    removeStaleCopies(document, { shadowRootOf: (el) => roots.get(el) });

    expect(old.isConnected).toBe(false);
    expect(pages.isConnected).toBe(true);
    expect([...registry.keys()]).toEqual(['page-highlight']);
    expect(document.adoptedStyleSheets).toEqual([theirs]);
    document.adoptedStyleSheets = [];
  });
});

/** Fills a shadow root from markup without an innerHTML-style sink. */
function setShadow(root: ShadowRoot, markup: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body;
  root.replaceChildren(...[...parsed.childNodes].map((n) => document.importNode(n, true)));
}

describe('host guard', () => {
  /** Stage 1's host as the guard sees it (top-frame.ts passes the same shape). */
  function fakeHost(): { element: HTMLElement; reattach(): boolean } {
    const element = document.createElement('x-guarded-host');
    document.documentElement.append(element);
    return {
      element,
      reattach: () => {
        if (element.parentNode === document.documentElement) return false;
        document.documentElement.append(element);
        return true;
      },
    };
  }

  test('puts the host back under <html> when the page moves it into a hidden box', async () => {
    const host = fakeHost();
    const guard = guardHost(document, () => host);
    guard.start();
    setBody('<div id="box" hidden></div>');
    document.getElementById('box')!.append(host.element);
    await vi.waitFor(() => expect(host.element.parentNode).toBe(document.documentElement));
    guard.stop();
  });

  test('gives up after MAX_REMOUNTS removals in the window', async () => {
    const host = fakeHost();
    const guard = guardHost(document, () => host);
    guard.start();
    let removals = 0;
    for (let i = 0; i < MAX_REMOUNTS + 3; i++) {
      if (host.element.isConnected) {
        host.element.remove();
        removals++;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(removals).toBe(MAX_REMOUNTS + 1);
    expect(host.element.isConnected).toBe(false);
    guard.stop();
  });
});
