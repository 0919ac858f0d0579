/**
 * The interface languages and the `language` setting's choices. Pure and table-free, so the
 * settings module (in every bundle) can list the choices without loading any translation.
 */

/** The languages JAK Lens's interface is written in; English is the source table. */
export const UI_LANGUAGES = ['en', 'de', 'es', 'fr', 'pt'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The `language` setting: "auto" follows the browser's interface language. */
export const LANGUAGE_CHOICES = ['auto', ...UI_LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The table to show: the chosen language, or for "auto" the browser's interface language
 * (`browser.i18n.getUILanguage()` or `navigator.language`, e.g. "pt-BR", "de_AT") by its primary
 * subtag, and English when the browser's language is not one of ours or is unknown.
 */
export function resolveLanguage(choice: LanguageChoice, browserLanguage?: string): UiLanguage {
  if (choice !== 'auto') return choice;
  const primary = (browserLanguage ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
  return isUiLanguage(primary) ? primary : 'en';
}
