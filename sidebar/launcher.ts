/**
 * The launcher pill ("JAK Lens · 3 drugs") in plain DOM, without Preact: it is part of stage 1,
 * the detector that runs on every page (docs/design.md, "Two stages"), so it must cost a few
 * hundred bytes, not a UI framework. It lives in the shadow root of our one host element, which
 * stage 2 later reuses for the sidebar; the sidebar tells it when it opens and closes.
 *
 * Its words come with the settings from the background (`DetectorConfig.labels`), already in the
 * user's language, so the string table stays out of this bundle. Text is always set as text.
 */
import type { LauncherLabels } from '@/core/detector-protocol';
import { themeCss } from '@/components/theme';
import baseCss from '@/components/styles/base.css?inline';
import css from '@/components/styles/launcher.css?inline';

/** The launcher's cross: the same path as the sidebar's `dismiss` icon (IconButton). */
const DISMISS_PATH = 'M7 7l10 10M17 7 7 17';
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface LauncherOptions {
  onOpen(): void;
  onDismiss?(): void;
}

export interface Launcher {
  /** Distinct drugs found (the pill shows only for one or more). */
  setCount(drugs: number): void;
  setLabels(labels: LauncherLabels): void;
  setLook(look: { theme: string; side: string }): void;
  /** Hidden while the sidebar is open (it has its own close button). */
  setSidebarOpen(open: boolean): void;
  /** One line under the pill, e.g. that the sidebar cannot open on this page; null clears it. */
  setNotice(text: string | null): void;
  /** The pill's button, where focus returns when the sidebar closes. */
  readonly button: HTMLButtonElement;
}

function pluralFor(labels: LauncherLabels, n: number): string {
  let category = 'other';
  try {
    category = new Intl.PluralRules(labels.lang).select(n);
  } catch {
    // An unknown language tag: the "other" form reads fine.
  }
  const template = category === 'one' ? labels.one : labels.other;
  return template.replace('{n}', String(n));
}

/** Builds the pill into `shadow` (with its stylesheet); nothing shows until a count arrives. */
export function createLauncher(
  doc: Document,
  shadow: ShadowRoot,
  labels: LauncherLabels,
  options: LauncherOptions,
): Launcher {
  const style = doc.createElement('style');
  style.textContent = themeCss() + baseCss + css;
  const root = doc.createElement('div');
  root.className = 'jl jl-launcher';
  const aside = doc.createElement('aside');
  aside.className = 'launcher';
  aside.hidden = true;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'pill';
  button.dataset.testid = 'launcher';
  const logo = doc.createElement('span');
  logo.className = 'logo';
  logo.setAttribute('aria-hidden', 'true');
  const text = doc.createElement('span');
  button.append(logo, text);
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'pill-x';
  dismiss.dataset.testid = 'launcher-dismiss';
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', DISMISS_PATH);
  svg.append(path);
  dismiss.append(svg);
  const notice = doc.createElement('p');
  notice.className = 'launcher-notice';
  notice.setAttribute('role', 'status');
  notice.hidden = true;
  aside.append(button, dismiss, notice);
  root.append(aside);
  shadow.append(style, root);

  let count = 0;
  let dismissed = false;
  let sidebarOpen = false;
  let current = labels;

  const render = () => {
    text.textContent = pluralFor(current, count);
    aside.setAttribute('aria-label', current.region);
    dismiss.setAttribute('aria-label', current.dismiss);
    dismiss.title = current.dismiss;
    aside.hidden = count <= 0 || dismissed || sidebarOpen;
  };

  button.addEventListener('click', () => options.onOpen());
  dismiss.addEventListener('click', () => {
    dismissed = true;
    render();
    options.onDismiss?.();
  });
  render();

  return {
    button,
    setCount(drugs) {
      count = drugs;
      render();
    },
    setLabels(next) {
      current = next;
      render();
    },
    setLook({ theme, side }) {
      root.dataset.theme = theme;
      root.dataset.side = side;
    },
    setSidebarOpen(open) {
      sidebarOpen = open;
      render();
    },
    setNotice(line) {
      notice.textContent = line ?? '';
      notice.hidden = line === null;
      // A notice is worth showing even where the pill was dismissed.
      if (line !== null) dismissed = false;
      render();
    },
  };
}
