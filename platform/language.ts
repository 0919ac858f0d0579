/**
 * The interface language for a page of ours (popup, options, reader) or the in-page sidebar:
 * the `language` setting resolved against the browser's interface language, applied to the one
 * string table (core/locale.ts) and to the element's `lang` attribute, so screen readers,
 * hyphenation and spell-checking use the language shown.
 */
import { browser } from 'wxt/browser';
import type { LanguageChoice, UiLanguage } from '@/core/languages';
import { setLanguage } from '@/core/locale';

/** The browser's interface language ("de", "pt-BR"), or undefined where it cannot be read. */
function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || navigator.language;
  } catch {
    return typeof navigator === 'undefined' ? undefined : navigator.language;
  }
}

/**
 * Switches `strings` to `choice` and marks `element` (by default the page's root) with the
 * language now shown; returns it. Call before rendering, and again when the setting changes.
 */
export function applyLanguage(
  choice: LanguageChoice,
  element: HTMLElement | undefined = globalThis.document?.documentElement,
): UiLanguage {
  const lang = setLanguage(choice, browserLanguage());
  if (element) element.lang = lang;
  return lang;
}
