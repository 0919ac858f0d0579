import { readFileSync } from 'node:fs';
import { fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import css from '@/components/styles/sidebar.css?inline';
import {
  createHostElement,
  isToggleShortcut,
  mountSidebarHost,
  randomTagName,
  shadowRootForTesting,
  type SidebarHost,
  type SidebarHostOptions,
} from '@/sidebar/mount';
import { createDataset, createReport } from '../support/factories';

let host: SidebarHost;
let options: SidebarHostOptions;

function mount(overrides: Partial<SidebarHostOptions> = {}) {
  options = {
    document,
    dataset: createDataset(),
    onScrollToMention: vi.fn(),
    onWidthChange: vi.fn(),
    onOpenSettings: vi.fn(),
    onCopy: vi.fn(),
    ...overrides,
  };
  host = mountSidebarHost(options);
  return host;
}

const root = () => shadowRootForTesting(host.element)!;
const byTestId = (id: string) => root().querySelector<HTMLElement>(`[data-testid="${id}"]`);
const visible = (el: Element | null) => !!el && !el.closest('[hidden]');
const pushCss = () =>
  document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');

beforeEach(() => {
  document.body.replaceChildren();
});
afterEach(() => {
  host?.destroy();
  vi.useRealTimers();
});

describe('sidebar host element', () => {
  test('is one element with a random custom-element name and a closed shadow root', () => {
    mount();
    expect(host.element.localName).toMatch(/^x-[a-z]{10}$/);
    expect(host.element.parentNode).toBe(document.documentElement);
    expect(host.element.shadowRoot).toBeNull();
    expect(host.element.attributes).toHaveLength(0);
    expect(document.querySelectorAll(host.element.localName)).toHaveLength(1);
  });

  test('can use an open shadow root for e2e builds', () => {
    mount({ shadowMode: 'open' });
    expect(host.element.shadowRoot?.querySelector('style')).not.toBeNull();
  });

  test('puts our styles, theme colours included, in a style element inside the shadow root', () => {
    mount();
    const style = root().querySelector('style')!;
    expect(style.textContent).toContain('.jl{--bg:#ffffff');
    expect(style.textContent).toContain(css);
  });

  test('the stylesheet isolates the host and adapts to motion and viewport preferences', () => {
    const source = readFileSync('components/styles/sidebar.css', 'utf8');
    expect(source).toMatch(/:host\s*\{\s*all: initial !important;/);
    expect(source).toContain('@media (prefers-reduced-motion: no-preference)');
    expect(source).toContain('@media (max-width: 499.98px)');
  });

  test('random names differ and are valid custom-element names', () => {
    const names = new Set(Array.from({ length: 20 }, randomTagName));
    expect(names.size).toBe(20);
    for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9]*-[a-z0-9-]*$/);
  });

  test('picks another name when the page has defined a custom element with that name', () => {
    customElements.define('x-taken', class extends HTMLElement {});
    const names = ['x-taken', 'x-free'];
    const { element } = createHostElement(document, () => names.shift()!);
    expect(element.localName).toBe('x-free');
  });

  test('picks another name when attachShadow fails', () => {
    const names = ['x-first', 'x-second'];
    const createElement = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation((name: string) => {
      const el = createElement(name);
      if (name === 'x-first')
        el.attachShadow = () => {
          throw new Error('NotSupportedError');
        };
      return el;
    });
    expect(createHostElement(document, () => names.shift()!).element.localName).toBe('x-second');
  });

  test('gives up after a bounded number of attempts', () => {
    vi.spyOn(document, 'createElement').mockImplementation(() => {
      throw new Error('broken');
    });
    expect(() => createHostElement(document)).toThrow(/could not create/);
  });

  test('reattaches after the page removes it, and only then', () => {
    mount();
    expect(host.reattach()).toBe(false);
    host.element.remove();
    expect(host.reattach()).toBe(true);
    expect(host.element.isConnected).toBe(true);
  });

  test('destroy removes the host and the push stylesheet, and later calls do nothing', () => {
    mount();
    host.setUi({ layout: 'push' });
    host.open();
    expect(pushCss()).toContain('margin-right');
    host.destroy();
    expect(host.element.isConnected).toBe(false);
    expect(pushCss()).toBe('');
    host.open();
    host.destroy();
    expect(host.reattach()).toBe(false);
  });
});

describe('launcher and opening', () => {
  test('shows the launcher only when drugs were found and the sidebar is closed', () => {
    mount();
    expect(byTestId('launcher')).toBeNull();
    host.update(
      createReport([
        ['upadacitinib', 2],
        ['dupilumab', 1],
      ]),
    );
    expect(byTestId('launcher')?.textContent).toBe('JAK Lens · 2 drugs');
    fireEvent.click(byTestId('launcher')!);
    expect(host.isOpen()).toBe(true);
    expect(byTestId('launcher')).toBeNull();
    expect(visible(byTestId('sidebar'))).toBe(true);
  });

  test('a dismissed launcher stays away for this page', () => {
    mount();
    host.update(createReport([['upadacitinib', 2]]));
    fireEvent.click(root().querySelector('[aria-label="Hide JAK Lens on this page"]')!);
    expect(byTestId('launcher')).toBeNull();
    host.update(createReport([['upadacitinib', 3]]));
    expect(byTestId('launcher')).toBeNull();
  });

  test('opens at a drug with focus on its title, and Escape returns focus to the page', () => {
    mount();
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    host.update(createReport([['upadacitinib', 2]]));
    host.open({ drugId: 'upadacitinib' });
    expect(byTestId('drug-title')?.textContent).toBe('Upadacitinib');
    expect(root().activeElement).toBe(byTestId('drug-title'));
    fireEvent.keyDown(byTestId('drug-title')!, { key: 'Escape' });
    expect(host.isOpen()).toBe(false);
    expect(visible(byTestId('sidebar'))).toBe(false);
    expect(document.activeElement).toBe(button);
  });

  test('closing after opening from the launcher puts focus back on the launcher', () => {
    mount();
    host.update(createReport([['upadacitinib', 2]]));
    byTestId('launcher')!.focus();
    fireEvent.click(byTestId('launcher')!);
    fireEvent.click(byTestId('close')!);
    expect(root().activeElement).toBe(byTestId('launcher'));
  });

  test('opens search with the query filled in', () => {
    mount();
    host.open({ query: 'rinv' });
    expect((byTestId('search-input') as HTMLInputElement).value).toBe('rinv');
  });

  test('toggle opens and closes, keeping the view between', () => {
    mount();
    host.toggle();
    fireEvent.click(byTestId('tab-compare')!);
    host.toggle();
    expect(host.isOpen()).toBe(false);
    host.toggle();
    expect(visible(byTestId('compare'))).toBe(true);
  });

  test('autoOpen opens once on the first report with drugs, without taking focus', () => {
    mount();
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    host.setUi({ autoOpen: true });
    host.update(createReport([]));
    expect(host.isOpen()).toBe(false);
    host.update(createReport([['upadacitinib', 1]]));
    expect(host.isOpen()).toBe(true);
    expect(document.activeElement).toBe(button);
    host.close();
    host.update(createReport([['upadacitinib', 2]]));
    expect(host.isOpen()).toBe(false);
  });

  test('settings, copy and mention navigation reach the wiring', () => {
    mount();
    host.update(createReport([['upadacitinib', 2]]));
    host.open({ drugId: 'upadacitinib' });
    fireEvent.click(root().querySelector('[aria-label="JAK Lens settings"]')!);
    fireEvent.click(
      [...root().querySelectorAll('button')].find((b) => b.textContent === 'Copy citation')!,
    );
    fireEvent.click(root().querySelector('[aria-label="Next mention"]')!);
    expect(options.onOpenSettings).toHaveBeenCalledOnce();
    expect(options.onCopy).toHaveBeenCalledWith(expect.stringContaining('Dr Eingun James Song'));
    expect(options.onScrollToMention).toHaveBeenCalledWith('upadacitinib', 0);
    expect(root().querySelector('[role=status]')?.textContent).toBe('Mention 1 of 2');
  });
});

describe('layout settings', () => {
  test('push mode narrows the page with an adopted stylesheet while open', () => {
    mount();
    const before = document.documentElement.getAttribute('style');
    host.setUi({ layout: 'push', width: 400 });
    expect(pushCss()).toBe('');
    host.open();
    expect(pushCss()).toMatch(/min-width: ?500px[\s\S]*margin-right: 400px !important/);
    host.setUi({ side: 'left' });
    expect(pushCss()).toContain('margin-left: 400px');
    host.close();
    expect(pushCss()).toBe('');
    expect(document.documentElement.getAttribute('style')).toBe(before);
  });

  test('overlay mode adds no stylesheet to the page', () => {
    mount();
    host.open();
    expect(pushCss()).toBe('');
  });

  test('theme, side and width reach the root inside the shadow root', () => {
    mount();
    host.setUi({ theme: 'dark', side: 'left', width: 5000 });
    const jl = root().querySelector<HTMLElement>('.jl')!;
    expect(jl.dataset.theme).toBe('dark');
    expect(jl.dataset.side).toBe('left');
    expect(jl.style.getPropertyValue('--w')).toBe('720px');
  });

  test('keyboard resizing is reported for the wiring to remember', () => {
    mount();
    host.open();
    fireEvent.keyDown(root().querySelector('[role=separator]')!, { key: 'ArrowLeft' });
    expect(options.onWidthChange).toHaveBeenCalledWith(376);
    expect(root().querySelector('[role=separator]')?.getAttribute('aria-valuenow')).toBe('376');
  });
});

describe('hover card', () => {
  test('appears after a short dwell and not if the hover ends first', () => {
    vi.useFakeTimers();
    mount();
    host.showHoverCard({ drugId: 'upadacitinib', x: 10, y: 10 });
    vi.advanceTimersByTime(299);
    expect(byTestId('hover-card')).toBeNull();
    vi.advanceTimersByTime(1);
    expect(byTestId('hover-card')?.textContent).toContain('Upadacitinib');
    host.showHoverCard(null);
    host.showHoverCard({ drugId: 'dupilumab', x: 10, y: 10 });
    host.showHoverCard(null);
    vi.advanceTimersByTime(1000);
    expect(byTestId('hover-card')).toBeNull();
  });

  test('stays while the pointer is on it and closes with Escape anywhere', () => {
    vi.useFakeTimers();
    mount();
    host.showHoverCard({ drugId: 'upadacitinib', x: 10, y: 10 });
    vi.advanceTimersByTime(300);
    fireEvent.pointerEnter(byTestId('hover-card')!);
    host.showHoverCard(null);
    vi.advanceTimersByTime(1000);
    expect(byTestId('hover-card')).not.toBeNull();
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(byTestId('hover-card')).toBeNull();
  });

  test('“Open notes” opens the sidebar at the drug and hides the card', () => {
    vi.useFakeTimers();
    mount();
    host.showHoverCard({ drugId: 'dupilumab', x: 10, y: 10 });
    vi.advanceTimersByTime(300);
    fireEvent.click(
      [...root().querySelectorAll('button')].find((b) => b.textContent === 'Open notes')!,
    );
    expect(host.isOpen()).toBe(true);
    expect(byTestId('hover-card')).toBeNull();
    expect(byTestId('drug-title')?.textContent).toBe('Dupilumab');
  });
});

describe('isToggleShortcut', () => {
  const key = (init: Partial<KeyboardEvent>) =>
    ({
      altKey: false,
      shiftKey: false,
      ctrlKey: false,
      metaKey: false,
      code: '',
      key: '',
      ...init,
    }) as KeyboardEvent;
  test.each([
    ['Alt+Shift+J', key({ altKey: true, shiftKey: true, code: 'KeyJ', key: 'J' }), true],
    [
      'Alt+Shift+J on macOS (Ô)',
      key({ altKey: true, shiftKey: true, code: 'KeyJ', key: 'Ô' }),
      true,
    ],
    ['Alt+J', key({ altKey: true, code: 'KeyJ', key: 'j' }), false],
    [
      'Ctrl+Alt+Shift+J',
      key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyJ', key: 'J' }),
      false,
    ],
    ['Alt+Shift+K', key({ altKey: true, shiftKey: true, code: 'KeyK', key: 'K' }), false],
  ])('%s → %s', (_name, event, expected) => {
    expect(isToggleShortcut(event)).toBe(expected);
  });
});
