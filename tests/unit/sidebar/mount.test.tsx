import { readFileSync } from 'node:fs';
import { fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import css from '@/components/styles/sidebar.css?inline';
import type { LauncherLabels } from '@/core/detector-protocol';
import type { PageReport } from '@/core/report';
import { HOVER_DELAY_MS } from '@/core/setting-enums';
import { strings } from '@/core/strings';
import { createHostElement } from '@/sidebar/host-element';
import { createLauncher, type Launcher } from '@/sidebar/launcher';
import { mountSidebarHost, type SidebarHost, type SidebarHostOptions } from '@/sidebar/mount';
import { createDataset, createReport } from '../support/factories';

const EN: LauncherLabels = {
  lang: 'en',
  region: strings.launcherLabel,
  one: strings.launcher.one,
  other: strings.launcher.other,
  dismiss: strings.dismissLauncher,
  uiFailed: strings.sidebarUnavailable,
};

let host: SidebarHost;
let options: SidebarHostOptions;
/** Stage 1's host element, its closed shadow root and the launcher in it. */
let element: HTMLElement;
let shadow: ShadowRoot;
let launcher: Launcher;

/**
 * Mounts the sidebar the way stage 1 and 2 do it together (entrypoints/content/top-frame.ts
 * makes the host and the launcher, entrypoints/ui/wiring.ts mounts into them): the launcher's
 * open goes to the sidebar, and the sidebar's open state hides the launcher.
 */
function mount(overrides: Partial<SidebarHostOptions> = {}) {
  ({ element, shadow } = createHostElement(document));
  launcher = createLauncher(document, shadow, EN, { onOpen: () => host.open() });
  document.documentElement.append(element);
  options = {
    document,
    element,
    shadow,
    dataset: createDataset(),
    onOpenChange: vi.fn((open: boolean) => launcher.setSidebarOpen(open)),
    onScrollToMention: vi.fn(),
    onWidthChange: vi.fn(),
    onOpenSettings: vi.fn(),
    onCopy: vi.fn(),
    ...overrides,
  };
  host = mountSidebarHost(options);
  return host;
}

/** What top-frame.ts does with each report: the launcher's count, then the sidebar's list. */
function show(report: PageReport): void {
  launcher.setCount(report.drugs.length);
  host.update(report);
}

const root = () => shadow;
const byTestId = (id: string) => root().querySelector<HTMLElement>(`[data-testid="${id}"]`);
const visible = (el: Element | null) => !!el && !el.closest('[hidden]');
const launcherShown = () => visible(byTestId('launcher'));
const pushCss = () =>
  document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');

beforeEach(() => {
  document.body.replaceChildren();
});
afterEach(() => {
  host?.destroy();
  element?.remove();
  vi.useRealTimers();
});

describe('in stage 1’s host', () => {
  test('renders into the host’s shadow root beside the launcher, adding nothing to the page', () => {
    mount();
    const added = [...document.documentElement.children].filter(
      (el) => el !== document.head && el !== document.body,
    );
    expect(added).toEqual([element]);
    expect(element.shadowRoot).toBeNull();
    expect(element.attributes).toHaveLength(0);
    expect(byTestId('launcher')).not.toBeNull();
    host.open();
    expect(visible(byTestId('sidebar'))).toBe(true);
  });

  test('puts our styles, theme colours included, in a style element inside the shadow root', () => {
    mount();
    const styles = [...root().querySelectorAll('style')].map((s) => s.textContent);
    expect(styles.some((t) => t?.includes('.jl{--bg:#ffffff') && t.includes(css))).toBe(true);
  });

  test('the stylesheet isolates the host and adapts to motion and viewport preferences', () => {
    const source = readFileSync('components/styles/sidebar.css', 'utf8');
    const base = readFileSync('components/styles/base.css', 'utf8');
    expect(source + base).toMatch(/:host\s*\{\s*all: initial !important;/);
    expect(source).toContain('@media (prefers-reduced-motion: no-preference)');
    expect(source).toContain('@media (max-width: 499.98px)');
  });

  test('relayout re-applies the push layout (after stage 1 put the host back)', () => {
    mount();
    host.setUi({ layout: 'push' });
    host.open();
    document.adoptedStyleSheets = [];
    host.relayout();
    expect(pushCss()).toContain('margin-right');
  });

  test('destroy removes the sidebar and the push stylesheet but leaves stage 1’s host and launcher', () => {
    mount();
    show(createReport([['upadacitinib', 1]]));
    host.setUi({ layout: 'push' });
    host.open();
    expect(pushCss()).toContain('margin-right');
    host.destroy();
    expect(pushCss()).toBe('');
    expect(byTestId('sidebar')).toBeNull();
    expect(root().querySelectorAll('style')).toHaveLength(1);
    expect(element.isConnected).toBe(true);
    expect(byTestId('launcher')).not.toBeNull();
    host.open();
    host.destroy();
    expect(byTestId('sidebar')).toBeNull();
  });
});

describe('launcher and opening', () => {
  test('the launcher opens the sidebar and hides while it is open', () => {
    mount();
    show(
      createReport([
        ['upadacitinib', 2],
        ['dupilumab', 1],
      ]),
    );
    expect(byTestId('launcher')?.textContent).toBe('JAK Lens · 2 drugs');
    expect(launcherShown()).toBe(true);
    fireEvent.click(byTestId('launcher')!);
    expect(host.isOpen()).toBe(true);
    expect(options.onOpenChange).toHaveBeenLastCalledWith(true);
    expect(launcherShown()).toBe(false);
    expect(visible(byTestId('sidebar'))).toBe(true);
    host.close();
    expect(options.onOpenChange).toHaveBeenLastCalledWith(false);
    expect(launcherShown()).toBe(true);
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
    show(createReport([['upadacitinib', 2]]));
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

  // Copying is being reworked with the citations (NoteCard); its pass-through is the App's.
  test('settings and mention navigation reach the wiring', () => {
    mount();
    host.update(createReport([['upadacitinib', 2]]));
    host.open({ drugId: 'upadacitinib' });
    fireEvent.click(root().querySelector('[aria-label="JAK Lens settings"]')!);
    fireEvent.click(root().querySelector('[aria-label="Next mention"]')!);
    expect(options.onOpenSettings).toHaveBeenCalledOnce();
    expect(options.onScrollToMention).toHaveBeenCalledWith('upadacitinib', 0);
    expect(root().querySelector('.jl:not(.jl-launcher) [role=status]')?.textContent).toBe(
      'Mention 1 of 2',
    );
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
    const jl = root().querySelector<HTMLElement>('.jl:not(.jl-launcher)')!;
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
    vi.advanceTimersByTime(HOVER_DELAY_MS.short - 1);
    expect(byTestId('hover-card')).toBeNull();
    vi.advanceTimersByTime(1);
    expect(byTestId('hover-card')?.textContent).toContain('Upadacitinib');
    host.showHoverCard(null);
    host.showHoverCard({ drugId: 'dupilumab', x: 10, y: 10 });
    host.showHoverCard(null);
    vi.advanceTimersByTime(1000);
    expect(byTestId('hover-card')).toBeNull();
  });

  test('waits the long delay when the setting says so', () => {
    vi.useFakeTimers();
    mount();
    host.setUi({ hoverDelay: 'long' });
    host.showHoverCard({ drugId: 'upadacitinib', x: 10, y: 10 });
    vi.advanceTimersByTime(HOVER_DELAY_MS.long - 1);
    expect(byTestId('hover-card')).toBeNull();
    vi.advanceTimersByTime(1);
    expect(byTestId('hover-card')).not.toBeNull();
  });

  test('“Don’t show cards on this site” closes the card and reaches the wiring', () => {
    vi.useFakeTimers();
    const onHideCardsOnSite = vi.fn();
    mount({ onHideCardsOnSite });
    host.showHoverCard({ drugId: 'upadacitinib', x: 10, y: 10 });
    vi.advanceTimersByTime(HOVER_DELAY_MS.short);
    fireEvent.click(byTestId('hover-card-hide-on-site')!);
    expect(byTestId('hover-card')).toBeNull();
    expect(onHideCardsOnSite).toHaveBeenCalledTimes(1);
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
