/**
 * Single-page-app navigation detection from an isolated world, where `history.pushState` cannot
 * be wrapped (the page's History object is not ours to patch). Signals: popstate, hashchange,
 * the Navigation API's `navigatesuccess` where present (Chromium 102+, Firefox 147+), and a cheap
 * `location.href` comparison whenever the caller flushes DOM mutations (pushState routers
 * always re-render, so a changed URL is seen by the next flush).
 */

export interface UrlWatch {
  /** Compares the URL now; calls `onChange` and returns true if the page moved. */
  check(): boolean;
  stop(): void;
}

/**
 * The part of a URL that names a page: a plain `#section` jump is the same page, a hash route
 * (`#/inbox`, `#!/inbox`) is not.
 */
export function pageKey(href: string): string {
  const hash = href.indexOf('#');
  if (hash < 0) return href;
  return /^#!?\//.test(href.slice(hash)) ? href : href.slice(0, hash);
}

interface NavigationLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export function watchUrl(win: Window, onChange: () => void): UrlWatch {
  let last = pageKey(win.location.href);
  const check = () => {
    const now = pageKey(win.location.href);
    if (now === last) return false;
    last = now;
    onChange();
    return true;
  };
  const listener = () => void check();
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  win.addEventListener('popstate', listener);
  win.addEventListener('hashchange', listener);
  navigation?.addEventListener('navigatesuccess', listener);
  return {
    check,
    stop() {
      win.removeEventListener('popstate', listener);
      win.removeEventListener('hashchange', listener);
      navigation?.removeEventListener('navigatesuccess', listener);
    },
  };
}
