import { afterEach, describe, expect, test, vi } from 'vitest';
import type { LauncherLabels } from '@/core/detector-protocol';
import { strings } from '@/core/strings';
import { createLauncher, type Launcher } from '@/sidebar/launcher';
import { axeViolations } from '../support/axe';

/** The English words the background sends (detector-config.ts, launcherLabels). */
const EN: LauncherLabels = {
  lang: 'en',
  region: strings.launcherLabel,
  one: strings.launcher.one,
  other: strings.launcher.other,
  dismiss: strings.dismissLauncher,
  uiFailed: strings.sidebarUnavailable,
};

let host: HTMLElement;
let shadow: ShadowRoot;

function launcher(labels: LauncherLabels = EN, onOpen = vi.fn(), onDismiss = vi.fn()): Launcher {
  host = document.createElement('div');
  document.body.append(host);
  // Open so the test can look in; the real host's root is closed (host-element.ts).
  shadow = host.attachShadow({ mode: 'open' });
  return createLauncher(document, shadow, labels, { onOpen, onDismiss });
}

const aside = () => shadow.querySelector<HTMLElement>('aside')!;
const pill = () => shadow.querySelector<HTMLButtonElement>('[data-testid=launcher]')!;
const dismiss = () => shadow.querySelector<HTMLButtonElement>('[data-testid=launcher-dismiss]')!;
const notice = () => shadow.querySelector<HTMLElement>('[role=status]')!;

afterEach(() => host?.remove());

describe('launcher', () => {
  test('is hidden until drugs are found, and again when none are', () => {
    const l = launcher();
    expect(aside().hidden).toBe(true);
    l.setCount(2);
    expect(aside().hidden).toBe(false);
    l.setCount(0);
    expect(aside().hidden).toBe(true);
  });

  test.each([
    [1, 'JAK Lens · 1 drug'],
    [3, 'JAK Lens · 3 drugs'],
  ])('says how many drugs were found (%i)', (n, text) => {
    launcher().setCount(n);
    expect(pill().textContent).toBe(text);
  });

  test('picks the plural form with the language’s own rules', () => {
    // French counts 0 and 1 as "one"; English only 1.
    const l = launcher({ ...EN, lang: 'fr', one: '{n} médicament', other: '{n} médicaments' });
    l.setCount(1);
    expect(pill().textContent).toBe('1 médicament');
    l.setCount(2);
    expect(pill().textContent).toBe('2 médicaments');
    l.setLabels({ ...EN, lang: 'xx-invalid-tag-!!' });
    l.setCount(1);
    expect(pill().textContent).toBe('JAK Lens · 1 drugs');
  });

  test('opens on a click, and a dismissed launcher stays away for the page', () => {
    const onOpen = vi.fn();
    const onDismiss = vi.fn();
    const l = launcher(EN, onOpen, onDismiss);
    l.setCount(2);
    pill().click();
    expect(onOpen).toHaveBeenCalledOnce();
    dismiss().click();
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(aside().hidden).toBe(true);
    l.setCount(5);
    l.setSidebarOpen(true);
    l.setSidebarOpen(false);
    expect(aside().hidden).toBe(true);
  });

  test('is hidden while the sidebar is open', () => {
    const l = launcher();
    l.setCount(2);
    l.setSidebarOpen(true);
    expect(aside().hidden).toBe(true);
    l.setSidebarOpen(false);
    expect(aside().hidden).toBe(false);
  });

  test('a notice line shows under the pill, even after it was dismissed, and can be cleared', () => {
    const l = launcher();
    l.setCount(1);
    dismiss().click();
    l.setNotice(EN.uiFailed);
    expect(aside().hidden).toBe(false);
    expect(notice().hidden).toBe(false);
    expect(notice().textContent).toBe(strings.sidebarUnavailable);
    l.setNotice(null);
    expect(notice().hidden).toBe(true);
    expect(notice().textContent).toBe('');
  });

  test('sets every word as text, never as markup', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const l = launcher({ ...EN, one: `${markup} {n}`, other: `${markup} {n}`, dismiss: markup });
    l.setCount(1);
    l.setNotice(markup);
    expect(shadow.querySelector('img')).toBeNull();
    expect(pill().textContent).toBe(`${markup} 1`);
    expect(notice().textContent).toBe(markup);
    expect(dismiss().getAttribute('aria-label')).toBe(markup);
  });

  test('names its region and its dismiss button, and follows new labels', () => {
    const l = launcher();
    l.setCount(1);
    expect(aside().getAttribute('aria-label')).toBe(strings.launcherLabel);
    expect(dismiss().getAttribute('aria-label')).toBe(strings.dismissLauncher);
    expect(dismiss().title).toBe(strings.dismissLauncher);
    l.setLabels({ ...EN, region: 'JAK Lens Starter', dismiss: 'Ausblenden' });
    expect(aside().getAttribute('aria-label')).toBe('JAK Lens Starter');
    expect(dismiss().getAttribute('aria-label')).toBe('Ausblenden');
  });

  test('takes the theme and side on its root', () => {
    const l = launcher();
    l.setLook({ theme: 'dark', side: 'left' });
    const root = shadow.querySelector<HTMLElement>('.jl')!;
    expect(root.dataset).toMatchObject({ theme: 'dark', side: 'left' });
  });

  test('has no axe violations while shown', async () => {
    launcher().setCount(2);
    expect(await axeViolations(shadow.querySelector<HTMLElement>('.jl')!)).toEqual([]);
  });
});
