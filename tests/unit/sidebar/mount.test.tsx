import { readFileSync } from 'node:fs';
import { fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import css from '@/components/styles/sidebar.css?inline';
import { HOST_TAG } from '@/sidebar/host-element';
import { mountSidebarHost, type SidebarHost, type SidebarHostOptions } from '@/sidebar/mount';
import { HOVER_DELAY_MS } from '@/sidebar/store';
import { createDataset, createReport } from '../support/factories';

let host: SidebarHost;
let options: SidebarHostOptions;
/** The host's closed shadow root, caught as it is made: production code keeps no handle to it. */
let shadow: ShadowRoot;

function mount(overrides: Partial<SidebarHostOptions> = {}) {
  const attachShadow = vi.spyOn(Element.prototype, 'attachShadow');
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
  shadow = attachShadow.mock.results.at(-1)!.value as ShadowRoot;
  attachShadow.mockRestore();
  return host;
}

const root = () => shadow;
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
    expect(host.element.localName).toMatch(HOST_TAG);
    expect(host.element.parentNode).toBe(document.documentElement);
    expect(host.element.shadowRoot).toBeNull();
    expect(host.element.attributes).toHaveLength(0);
    expect(document.querySelectorAll(host.element.localName)).toHaveLength(1);
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

  test('closing and reopening keeps the view between', () => {
    mount();
    host.open();
    fireEvent.click(byTestId('tab-compare')!);
    host.close();
    expect(host.isOpen()).toBe(false);
    expect(visible(byTestId('sidebar'))).toBe(false);
    host.open();
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
    host.setUi({ layout: 'push', sidebarWidth: 400 });
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
    host.setUi({ theme: 'dark', side: 'left', sidebarWidth: 500 });
    const jl = root().querySelector<HTMLElement>('.jl')!;
    expect(jl.dataset.theme).toBe('dark');
    expect(jl.dataset.side).toBe('left');
    expect(jl.style.getPropertyValue('--w')).toBe('500px');
  });

  test('keyboard resizing is reported for the wiring to remember', () => {
    mount();
    host.setUi({ sidebarWidth: 360 });
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
    vi.advanceTimersByTime(HOVER_DELAY_MS - 1);
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
