/**
 * Run-time language switching. The browser's own i18n (`_locales`, `i18n.getMessage`) follows
 * the browser and cannot switch while running, so the interface reads the chosen table instead:
 * {@link setLanguage} copies that table into `strings` (core/strings.ts) in place, so every
 * consumer that reads `strings.x` at render time (and every nested group it kept a reference
 * to, such as `strings.reader`) shows the new language on its next render, and `plural()`
 * chooses forms by that language's rules.
 */
import { resolveLanguage, type LanguageChoice, type UiLanguage } from './languages';
import { de } from './locales/de';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { pt } from './locales/pt';
import type { Translation } from './locales/translation';
import { setStringsLanguage, strings } from './strings';

/** The English table as loaded, before any switch (the source of truth for every key). */
const english: Translation = structuredClone(strings);

/** Every language's table, English first. */
export const TRANSLATIONS: Readonly<Record<UiLanguage, Translation>> = {
  en: english,
  de,
  es,
  fr,
  pt,
};

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

/**
 * Makes `target` hold `source`, keeping every nested object's identity; a key the source lacks
 * takes English (`fallback`), and a key neither has (another language's extra plural form) goes.
 */
function fill(target: Node, source: Node, fallback: Node): void {
  for (const key of Object.keys(target)) {
    if (!(key in source) && !(key in fallback)) delete target[key];
  }
  for (const key of new Set([...Object.keys(fallback), ...Object.keys(source)])) {
    const base = fallback[key];
    const value = source[key] ?? base;
    if (isNode(value)) {
      const current = target[key];
      const node = isNode(current) ? current : (target[key] = {});
      fill(node as Node, value, isNode(base) ? base : {});
    } else {
      target[key] = value;
    }
  }
}

/**
 * Switches the interface to `choice` ("auto": the browser's language `browserLanguage`, else
 * English) and returns the language now shown, for the page's `lang` attribute.
 */
export function setLanguage(choice: LanguageChoice, browserLanguage?: string): UiLanguage {
  const lang = resolveLanguage(choice, browserLanguage);
  fill(
    strings as unknown as Node,
    TRANSLATIONS[lang] as unknown as Node,
    english as unknown as Node,
  );
  setStringsLanguage(lang);
  return lang;
}
